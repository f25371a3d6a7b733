"""Consolidation: newest review wins, the most conservative verdict stands, statuses per qualification."""

from __future__ import annotations

import pandas as pd

from pipeline.consolidate import (
    consolidate,
    document_verdicts,
    latest_reviews,
    most_conservative,
    register_frame,
    status_of,
    verdicts_frame,
)
from pipeline.records import FileResult, VerdictRow
from pipeline.register import Qualification, Register

REGISTER = Register([
    Qualification("mēbeļu galdnieks", "Kokrūpniecība", "4"),
    Qualification("motorzāģa operators", "Kokrūpniecība", "3"),
    Qualification("elektromontieris", "Enerģētika", "3"),
])


def result(file, *rows, mtime=0.0):
    """Return a FileResult with verdict rows given as (qualification, document, verdict, expert, date)."""
    return FileResult(file=file, mtime=mtime, verdicts=[
        VerdictRow(file=file, qualification=q, document=d, verdict=v, expert=e, date=dt,
                   sector=REGISTER.lookup(q).sector if REGISTER.lookup(q) else "",
                   in_register=REGISTER.lookup(q) is not None)
        for q, d, v, e, dt in rows
    ])


def tables(*results):
    return consolidate(verdicts_frame(list(results)), register_frame(REGISTER))


def status_row(t, name):
    return t["status"].set_index("qualification").loc[name]


def test_newest_review_by_date_wins_for_the_same_expert():
    t = tables(
        result("old.docx", ("mēbeļu galdnieks", "MIP", "not_supported", "Ilze Kalniņa", "2026-02-01"), mtime=900),
        result("new.docx", ("mēbeļu galdnieks", "MIP", "supported", "Ilze  kalniņa", "2026-03-01"), mtime=100),
    )
    docs = t["documents"].set_index(["qualification", "document"])
    assert docs.loc[("mēbeļu galdnieks", "MIP"), "verdict"] == "supported"
    assert not docs.loc[("mēbeļu galdnieks", "MIP"), "disagreement"]
    current = dict(zip(t["reviews"]["file"], t["reviews"]["current"], strict=True))
    assert current == {"new.docx": True, "old.docx": False}


def test_file_mtime_breaks_a_tie_on_the_same_date():
    v = verdicts_frame([
        result("a.docx", ("elektromontieris", "PKE", "needs_corrections", "Jānis", "2026-03-01"), mtime=200),
        result("b.docx", ("elektromontieris", "PKE", "supported", "Jānis", "2026-03-01"), mtime=100),
    ])
    assert list(latest_reviews(v)["file"]) == ["a.docx"]


def test_a_review_without_a_date_counts_as_oldest():
    v = verdicts_frame([
        result("undated.docx", ("elektromontieris", "PKE", "not_supported", "Jānis", ""), mtime=999),
        result("dated.docx", ("elektromontieris", "PKE", "supported", "Jānis", "2026-01-05"), mtime=1),
    ])
    assert list(latest_reviews(v)["verdict"]) == ["supported"]


def test_experts_disagreeing_the_newest_review_stands_and_every_expert_is_listed_newest_first():
    t = tables(
        result("a.docx", ("elektromontieris", "MIP", "supported", "Anna Ozola", "2026-03-01")),
        result("b.docx", ("elektromontieris", "MIP", "needs_corrections", "Jānis Bērziņš", "2026-03-02")),
        result("c.docx", ("elektromontieris", "MIP", "not_supported", "Zane Lāce", "2026-03-03")),
    )
    docs = document_verdicts(latest_reviews(t["reviews"].drop(columns="current")))
    row = docs.iloc[0]
    assert row["verdict"] == "not_supported" and row["disagreement"]
    assert [e for e, _ in row["opinions"]] == ["Zane Lāce", "Jānis Bērziņš", "Anna Ozola"]
    notes = status_row(t, "elektromontieris")["notes"]
    assert notes[0][0] == "disagreement"


def test_unnamed_reviewers_are_not_merged_into_one_expert():
    v = verdicts_frame([
        result("a.docx", ("elektromontieris", "MIP", "supported", "", "2026-03-01")),
        result("b.docx", ("elektromontieris", "MIP", "not_supported", "", "2026-03-02")),
    ])
    assert len(latest_reviews(v)) == 2


def test_most_conservative_order():
    assert most_conservative(["supported", "needs_corrections"]) == "needs_corrections"
    assert most_conservative(["needs_corrections", "not_supported", "supported"]) == "not_supported"
    assert most_conservative(["not_supported", "unknown"]) == "unknown"
    assert most_conservative([]) == "unknown"


def test_status_per_qualification():
    assert status_of(["", ""]) == "not_started"
    assert status_of(["supported", ""]) == "in_progress"
    assert status_of(["supported", "not_supported"]) == "in_progress"
    assert status_of(["supported", "unknown"]) == "in_progress"
    assert status_of(["needs_corrections", "supported"]) == "done"


def test_every_register_qualification_has_a_row_and_unknown_ones_are_added():
    t = tables(
        result("a.docx", ("motorzāģa operators", "MIP", "supported", "A", "2026-03-01"),
               ("motorzāģa operators", "PKE", "needs_corrections", "A", "2026-03-01")),
        result("x.docx", ("robotikas tehniķis", "MIP", "supported", "B", "2026-03-04")),
    )
    status = t["status"]
    assert list(status["qualification"]) == [
        "mēbeļu galdnieks", "motorzāģa operators", "elektromontieris", "robotikas tehniķis"]
    assert list(status["status"]) == ["not_started", "done", "not_started", "in_progress"]
    robot = status_row(t, "robotikas tehniķis")
    assert not robot["in_register"]
    assert [c for c, _ in robot["notes"]] == ["not_in_register", "missing"]
    assert status_row(t, "motorzāģa operators")["last_date"] == "2026-03-01"


def test_sector_counts_count_document_verdicts_and_statuses():
    t = tables(
        result("a.docx", ("motorzāģa operators", "MIP", "supported", "A", "2026-03-01"),
               ("motorzāģa operators", "PKE", "needs_corrections", "A", "2026-03-01")),
        result("b.docx", ("elektromontieris", "MIP", "not_supported", "B", "2026-03-01")),
    )
    sectors = t["sectors"].set_index("sector")
    assert sectors.loc["Kokrūpniecība", ["supported", "needs_corrections", "done", "not_started", "total"]].tolist() \
        == [1, 1, 1, 1, 2]
    assert sectors.loc["Enerģētika", ["not_supported", "in_progress"]].tolist() == [1, 1]


def test_consolidation_does_not_change_its_input():
    v = verdicts_frame([result("a.docx", ("elektromontieris", "MIP", "supported", "A", "2026-03-01"))])
    before = v.copy()
    consolidate(v, register_frame(REGISTER))
    pd.testing.assert_frame_equal(v, before)


def test_no_verdicts_at_all_gives_every_qualification_not_started():
    t = tables()
    assert set(t["status"]["status"]) == {"not_started"}
    assert t["reviews"].empty and t["documents"].empty
