"""The stage calendar, and consolidation by it: the newest review stands, reports rank below reviews,
one person is one expert, and experts who disagree within a stage are flagged in one short line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from pipeline.config import DEFAULT_STAGES
from pipeline.consolidate import consolidate, count_experts, expert_identities, register_frame, verdicts_frame
from pipeline.errors import UsageError
from pipeline.messages import note_message
from pipeline.outputs import write_outputs
from pipeline.records import FileResult, RunInfo, VerdictRow
from pipeline.register import Qualification, Register
from pipeline.stages import Calendar, Stage, choose_period, load_calendar

REGISTER = Register([
    Qualification("mēbeļu galdnieks", "Kokrūpniecība", "4"),
    Qualification("elektromontieris", "Enerģētika", "3"),
])
CALENDAR = Calendar((
    Stage(4, dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    Stage(5, dt.date(2026, 4, 1), dt.date(2026, 7, 31)),
), "test")


def row(file, qualification, document, verdict, expert, date, method="rule"):
    q = REGISTER.lookup(qualification)
    return VerdictRow(file=file, qualification=qualification, document=document, verdict=verdict, expert=expert,
                      date=date, sector=q.sector if q else "", lki_level=q.lki_level if q else "",
                      method=method, in_register=q is not None)


def review(file, *rows, mtime=0.0):
    """Return a FileResult of verdict rows given as (qualification, document, verdict, expert, date[, method])."""
    return FileResult(file=file, mtime=mtime, verdicts=[row(file, *r) for r in rows])


def tables(*results, calendar=CALENDAR):
    return consolidate(verdicts_frame(list(results)), register_frame(REGISTER), calendar)


def doc(t, qualification, document):
    return t["documents"].set_index(["qualification", "document"]).loc[(qualification, document)]


def notes(t, qualification, lang="lv"):
    status = t["status"].set_index("qualification")
    return [note_message(c, p, lang) for c, p in status.loc[qualification, "notes"]]


# --- the calendar ----------------------------------------------------------------------------------


def test_the_shipped_calendar_holds_the_seed_stages():
    calendar = load_calendar(DEFAULT_STAGES)
    assert calendar.number(4) == Stage(4, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert calendar.number(5) == Stage(5, dt.date(2026, 4, 1), dt.date(2026, 7, 31))


def test_a_july_review_is_in_stage_5_not_a_sixth_quarter():
    period = choose_period(CALENDAR, ["2026-03-02", "2026-07-14"], dt.date(2026, 8, 20))
    assert period.stage.number == 5
    assert (period.start, period.end, period.as_of) == (dt.date(2026, 4, 1), dt.date(2026, 7, 31),
                                                       dt.date(2026, 7, 31))


def test_stage_and_as_of_choose_the_period():
    dates = ["2026-02-01", "2026-05-04"]
    four = choose_period(CALENDAR, dates, dt.date(2026, 5, 20), stage=4)
    assert (four.stage.number, four.as_of, four.planned.number, four.planned_is_last) == (
        4, dt.date(2026, 3, 31), 5, True)
    mid = choose_period(CALENDAR, dates, dt.date(2026, 5, 20), as_of=dt.date(2026, 5, 10))
    assert (mid.stage.number, mid.as_of) == (5, dt.date(2026, 5, 10))
    running = choose_period(CALENDAR, dates, dt.date(2026, 5, 20))
    assert (running.stage.number, running.as_of) == (5, dt.date(2026, 5, 20))
    with pytest.raises(UsageError, match="stage 9 is not in the stage calendar"):
        choose_period(CALENDAR, dates, dt.date(2026, 5, 20), stage=9)


def test_a_date_outside_every_stage_gets_no_invented_stage():
    period = choose_period(CALENDAR, ["2026-09-03"], dt.date(2026, 9, 10))
    assert period.stage is None and period.planned is None
    assert (period.start, period.end) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))


def test_coordinators_edit_the_calendar_as_excel_saves_it(tmp_path):
    path = tmp_path / "stages.csv"
    path.write_bytes("\ufeffStage;Start;End\r\n4;2026-01-01;2026-03-31\r\n5;2026-04-01;2026-08-31\r\n"
                     .encode("utf-8"))
    calendar = load_calendar(path)
    assert calendar.holding(dt.date(2026, 8, 15)).number == 5


@pytest.mark.parametrize("text,message", [
    ("stage,start,end\n4,2026-01-01,2026-03-31\n5,1.04.2026,2026-07-31\n", "row 3: dates must be written YYYY-MM-DD"),
    ("stage,start,end\n4,2026-01-01,2026-04-30\n5,2026-04-01,2026-07-31\n", "stages 4 and 5 overlap"),
    ("stage,start,end\nIV,2026-01-01,2026-03-31\n", "row 2: stage 'IV' is not a whole number"),
    ("stage,end\n4,2026-03-31\n", "missing column(s) start"),
    ("stage,start,end\n4,2026-03-31,2026-01-01\n", "ends (2026-01-01) before it starts"),
])
def test_a_broken_calendar_is_refused_naming_the_row(tmp_path, text, message):
    path = tmp_path / "stages.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as err:
        load_calendar(path)
    assert message in str(err.value) and str(path) in str(err.value)


# --- the newest review stands ------------------------------------------------------------------------


def test_a_re_review_by_another_expert_in_a_later_stage_replaces_the_earlier_without_a_dispute():
    t = tables(
        review("old.docx", ("mēbeļu galdnieks", "MIP", "not_supported", "Kristīne Lāce", "2026-02-10")),
        review("new.docx", ("mēbeļu galdnieks", "MIP", "supported", "Andris Ozols", "2026-05-04")),
    )
    mip = doc(t, "mēbeļu galdnieks", "MIP")
    assert mip["verdict"] == "supported" and not mip["disagreement"]
    assert set(mip["experts"]) == {"Kristīne Lāce", "Andris Ozols"}
    current = dict(zip(t["reviews"]["file"], t["reviews"]["current"], strict=True))
    assert current == {"old.docx": False, "new.docx": True}  # the older one is history in Atzinumi
    assert not any("vienisprātis" in n for n in notes(t, "mēbeļu galdnieks"))


def test_experts_who_differ_within_one_stage_are_flagged_in_one_short_line():
    t = tables(
        review("a.docx", ("elektromontieris", "MIP", "not_supported", "Kristīne Lāce", "2026-02-10"),
               ("elektromontieris", "PKE", "supported", "Kristīne Lāce", "2026-02-10")),
        review("b.docx", ("elektromontieris", "MIP", "supported", "Andris Ozols", "2026-03-04"),
               ("elektromontieris", "PKE", "supported", "Andris Ozols", "2026-03-04")),
    )
    mip = doc(t, "elektromontieris", "MIP")
    assert mip["verdict"] == "supported" and mip["disagreement"]  # the newest stands, and it is flagged
    assert notes(t, "elektromontieris") == ["MIP – eksperti nav vienisprātis: Ozols: atbalstāms; Lāce: nav atbalstāms"]
    assert notes(t, "elektromontieris", "en") == ["MIP – experts disagree: Ozols: supported; Lāce: not supported"]
    assert not doc(t, "elektromontieris", "PKE")["disagreement"]


def test_two_reviews_of_one_day_that_differ_keep_the_more_cautious_verdict():
    t = tables(
        review("a.docx", ("elektromontieris", "MIP", "supported", "Andris Ozols", "2026-03-04"), mtime=900),
        review("b.docx", ("elektromontieris", "MIP", "needs_corrections", "Zane Lāce", "2026-03-04"), mtime=100),
    )
    assert doc(t, "elektromontieris", "MIP")["verdict"] == "needs_corrections"


def test_without_a_calendar_any_difference_between_experts_is_flagged():
    t = tables(
        review("old.docx", ("mēbeļu galdnieks", "MIP", "not_supported", "Kristīne Lāce", "2026-02-10")),
        review("new.docx", ("mēbeļu galdnieks", "MIP", "supported", "Andris Ozols", "2026-05-04")),
        calendar=None,
    )
    assert doc(t, "mēbeļu galdnieks", "MIP")["disagreement"]


# --- a progress report is a lower-precedence source ----------------------------------------------------


def report_file(file="Kopsavilkums_2026_Q1.docx", date="2026-04-09", mip="needs_corrections", pke="supported"):
    return review(file, ("mēbeļu galdnieks", "MIP", mip, "", date, "summary"),
                  ("mēbeļu galdnieks", "PKE", pke, "", date, "summary"),
                  ("elektromontieris", "MIP", "supported", "", date, "summary"))


def test_an_old_progress_report_never_overrides_or_disputes_the_experts_review():
    t = tables(
        report_file(date="2026-04-02", mip="needs_corrections"),
        review("a.docx", ("mēbeļu galdnieks", "MIP", "supported", "Andris Ozols", "2026-05-04"),
               ("mēbeļu galdnieks", "PKE", "supported", "Andris Ozols", "2026-05-04")),
    )
    mip = doc(t, "mēbeļu galdnieks", "MIP")
    assert (mip["verdict"], mip["disagreement"], mip["source"]) == ("supported", False, "review")
    assert mip["experts"] == ("Andris Ozols",)  # the report is no extra "eksperts nav norādīts"
    assert t["status"].set_index("qualification").loc["mēbeļu galdnieks", "status"] == "done"
    assert notes(t, "mēbeļu galdnieks") == []


def test_a_newer_report_still_ranks_below_the_experts_review():
    t = tables(
        review("a.docx", ("mēbeļu galdnieks", "MIP", "not_supported", "Andris Ozols", "2026-03-04")),
        report_file(date="2026-04-09", mip="supported"),
    )
    mip = doc(t, "mēbeļu galdnieks", "MIP")
    assert (mip["verdict"], mip["disagreement"]) == ("not_supported", False)


def test_a_report_stands_for_a_document_no_expert_review_in_the_folder_covers():
    t = tables(report_file(), review("a.docx", ("mēbeļu galdnieks", "MIP", "supported", "Andris Ozols", "2026-05-04")))
    assert doc(t, "elektromontieris", "MIP")[["verdict", "source"]].tolist() == ["supported", "report"]
    reviews = t["reviews"]
    standing = reviews[(reviews["qualification"] == "elektromontieris")]
    assert standing["current"].tolist() == [True]


def test_the_atzinumi_sheet_marks_a_reports_rows(tmp_path):
    run = RunInfo(started="2026-05-10T10:00:00", input_dir="", output_dir=str(tmp_path), version="test")
    results = [report_file(), review("a.docx", ("mēbeļu galdnieks", "MIP", "supported", "Andris Ozols", "2026-05-04"))]
    written = write_outputs(results, tmp_path, REGISTER, run)
    ws = openpyxl.load_workbook(written.paths["summary.xlsx"])["Atzinumi"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]
    experts = {(r["Fails"], r["Kvalifikācija"], r["Dokuments"]): r["Eksperts"] for r in rows}
    assert experts[("Kopsavilkums_2026_Q1.docx", "mēbeļu galdnieks", "MIP")] == "(no kopsavilkuma ziņojuma)"
    assert experts[("a.docx", "mēbeļu galdnieks", "MIP")] == "Andris Ozols"


# --- one person, one expert -------------------------------------------------------------------------


def test_names_are_one_person_across_case_diacritics_spacing_and_order():
    names = ["Guntis Zariņš", "guntis  ZARINS", "Zarins Guntis", "Kristīne Lāce", "Lāce Kristīne", "Lace  kristine",
             "Andris Ozols"]
    assert count_experts(names) == 3
    ids = expert_identities(names)
    assert len({ids[n] for n in names[:3]}) == 1 and len({ids[n] for n in names[3:6]}) == 1


def test_a_surname_alone_joins_the_one_person_it_fits_and_stays_apart_when_two_fit():
    assert count_experts(["Guntis Zariņš", "Zarins", "G. Zariņš"]) == 1
    assert count_experts(["Guntis Zariņš", "Laura Zariņa", "Zariņš"]) == 2
    assert count_experts(["Jānis Bērziņš", "Anna Bērziņa", "Pēteris Bērziņš", "Bērziņš"]) == 4  # two Bērziņš fit


def test_the_same_person_under_two_spellings_is_a_re_review_not_a_dispute(tmp_path):
    t = tables(
        review("a.docx", ("mēbeļu galdnieks", "MIP", "not_supported", "Zarins Guntis", "2026-02-10")),
        review("b.docx", ("mēbeļu galdnieks", "MIP", "supported", "Guntis Zariņš", "2026-03-04")),
    )
    mip = doc(t, "mēbeļu galdnieks", "MIP")
    assert (mip["verdict"], mip["disagreement"], mip["experts"]) == ("supported", False, ("Guntis Zariņš",))
    run = RunInfo(started="2026-05-10T10:00:00", input_dir="", output_dir=str(tmp_path), version="test")
    results = [review("a.docx", ("mēbeļu galdnieks", "MIP", "supported", "Zarins", "2026-02-10")),
               review("b.docx", ("elektromontieris", "MIP", "supported", "Guntis Zariņš", "2026-03-04")),
               review("c.docx", ("elektromontieris", "PKE", "supported", "Lāce Kristīne", "2026-03-04")),
               review("d.docx", ("mēbeļu galdnieks", "PKE", "supported", "Kristīne Lāce", "2026-03-05"))]
    written = write_outputs(results, tmp_path, REGISTER, run)
    about = dict(openpyxl.load_workbook(written.paths["summary.xlsx"])["Par"].iter_rows(values_only=True))
    assert about["Eksperti"] == 2


def test_report_command_rejects_a_stage_the_calendar_does_not_hold(tmp_path: Path):
    from click.testing import CliRunner

    from pipeline.cli import main

    run = RunInfo(started="2026-05-10T10:00:00", input_dir="", output_dir=str(tmp_path), version="test")
    write_outputs([review("a.docx", ("elektromontieris", "MIP", "supported", "A B", "2026-03-04"))],
                  tmp_path, REGISTER, run)
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--stage", "9"])
    assert result.exit_code == 2 and "stage 9 is not in the stage calendar" in result.output
    both = CliRunner().invoke(main, ["report", str(tmp_path), "--stage", "4", "--as-of", "2026-03-31"])
    assert both.exit_code == 2 and "--stage or --as-of" in both.output
    assert "Traceback" not in result.output + both.output
