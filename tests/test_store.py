"""Run history: each run kept in reviews.sqlite, what changed reported to the coordinator."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from pipeline.outputs import write_outputs
from pipeline.records import FileResult, Problem, RunInfo, VerdictRow
from pipeline.register import Qualification, Register
from pipeline.store import history_text, latest_run

REGISTER = Register([Qualification("mēbeļu galdnieks", "Kokrūpniecība", "4")])


def run(started: str) -> RunInfo:
    return RunInfo(started=started, input_dir="in", output_dir="out", version="t", files=2)


def results(mip: str, pke: str | None, broken: bool) -> list[FileResult]:
    rows = [VerdictRow("a.docx", "mēbeļu galdnieks", "MIP", mip, "Ilze Kalniņa", "2026-03-01")]
    if pke:
        rows.append(VerdictRow("b.docx", "mēbeļu galdnieks", "PKE", pke, "Jānis Bērziņš", "2026-03-05"))
    out = [FileResult(file="a.docx", verdicts=rows[:1], mtime=1.0)]
    if pke:
        out.append(FileResult(file="b.docx", verdicts=rows[1:], mtime=2.0))
    if broken:
        out.append(FileResult(file="c.docx", problems=[Problem("c.docx", "corrupt", "bad zip")]))
    return out


def test_changes_since_the_previous_run(tmp_path):
    first = write_outputs(results("not_supported", None, True), tmp_path, REGISTER, run("2026-03-02T10:00:00"))
    assert first.changes.previous is None
    assert first.changes.lines() == ["Pirmā reize: iepriekšējo rezultātu nav."]

    second = write_outputs(results("supported", "needs_corrections", False), tmp_path, REGISTER,
                           run("2026-03-06T10:00:00"))
    lines = second.changes.lines()
    assert lines[0] == "Salīdzinot ar 2026-03-02 10:00:00:"
    assert "mēbeļu galdnieks: statuss procesā → pabeigta" in lines
    assert "mēbeļu galdnieks, MIP (Ilze Kalniņa): lēmums nav atbalstāms → atbalstāms (a.docx)" in lines
    assert "Jauns atzinums: mēbeļu galdnieks, PKE – ar precizējumiem (Jānis Bērziņš; b.docx)" in lines
    assert "Atrisināta problēma: c.docx – corrupt" in lines

    third = write_outputs(results("supported", "needs_corrections", False), tmp_path, REGISTER,
                          run("2026-03-07T10:00:00"))
    assert not third.changes
    assert third.changes.lines("en") == ["Nothing changed since 2026-03-06 10:00:00."]


def test_history_text_lists_recent_runs_newest_first(tmp_path):
    write_outputs(results("not_supported", None, True), tmp_path, REGISTER, run("2026-03-02T10:00:00"))
    write_outputs(results("supported", None, True), tmp_path, REGISTER, run("2026-03-03T10:00:00"))
    write_outputs(results("supported", None, False), tmp_path, REGISTER, run("2026-03-04T10:00:00"))
    text = history_text(tmp_path, "en", runs=2)
    blocks = text.split("\n\n")
    assert len(blocks) == 2
    assert blocks[0].startswith("2026-03-04 10:00:00 (2 files)")
    assert "Resolved problem: c.docx – corrupt" in blocks[0]
    assert "verdict not supported → supported" in blocks[1]
    assert "First run" not in text  # the oldest shown run is still compared with the one before it


def test_history_of_an_empty_folder(tmp_path):
    assert history_text(tmp_path, "lv") == "Šajā mapē nav saglabātu palaišanu."


def test_history_tables_live_beside_the_cache_tables_without_touching_them(tmp_path):
    db = tmp_path / "reviews.sqlite"
    with closing(sqlite3.connect(db)) as con, con:
        con.execute("CREATE TABLE cache_results (sha256 TEXT, version TEXT, result BLOB)")
        con.execute("INSERT INTO cache_results VALUES ('x', 'v', x'00')")
    write_outputs(results("supported", None, False), tmp_path, REGISTER, run("2026-03-02T10:00:00"))
    with closing(sqlite3.connect(db)) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert con.execute("SELECT count(*) FROM cache_results").fetchone() == (1,)
    assert {t for t in tables if not t.startswith("sqlite_")} == {
        "cache_results", "history_runs", "history_verdicts", "history_problems", "history_status"}


def test_latest_run_gives_back_the_stored_frames(tmp_path):
    write_outputs(results("supported", "needs_corrections", True), tmp_path, REGISTER, run("2026-03-02T10:00:00"))
    info, verdicts, problems = latest_run(tmp_path / "reviews.sqlite")
    assert info.started == "2026-03-02T10:00:00"
    assert sorted(verdicts["verdict"]) == ["needs_corrections", "supported"]
    assert list(problems["code"]) == ["corrupt"]


def test_an_unusable_store_does_not_stop_the_outputs(tmp_path):
    (tmp_path / "reviews.sqlite").mkdir()  # cannot be opened, nor is it a damaged file to move aside
    written = write_outputs(results("supported", None, False), tmp_path, REGISTER, run("2026-03-02T10:00:00"))
    assert "reviews.sqlite" in written.failed
    assert {"verdicts.csv", "problems.csv", "summary.xlsx", "report.docx"} <= set(written.paths)


def test_changes_between_large_runs_are_exact(tmp_path):
    """Thousands of rows each run: only the rows that differ are reported, in key order."""
    import pandas as pd

    from pipeline.store import record_run

    def frame(verdicts: dict[int, str]) -> pd.DataFrame:
        rows = [{"file": f"f{i:05d}.docx", "qualification": "mēbeļu galdnieks", "document": doc, "verdict": v,
                 "expert": "Ilze Kalniņa", "date": "", "lki_level": "4", "sector": "", "evidence": "",
                 "location": "", "method": "rule", "confidence": 0.9, "in_register": True, "mtime": 0.0}
                for i, v in verdicts.items() for doc in ("MIP", "PKE")]
        return pd.DataFrame(rows)

    def problems(files: list[str]) -> pd.DataFrame:
        return pd.DataFrame({"file": files, "code": ["corrupt"] * len(files), "detail": [""] * len(files),
                             "params": [()] * len(files)})

    status = pd.DataFrame({"qualification": ["mēbeļu galdnieks"], "sector": [""], "mip": [""], "pke": [""],
                           "status": ["in_progress"]})
    old = {i: "supported" for i in range(5000)}
    new = {**{i: "supported" for i in range(1, 5000)}, 17: "not_supported", 5000: "unknown"}
    db = tmp_path / "reviews.sqlite"
    record_run(db, run("2026-03-01T10:00:00"), frame(old), problems(["a.docx", "b.docx"]), status)
    changes = record_run(db, run("2026-03-02T10:00:00"), frame(new), problems(["b.docx", "c.docx"]), status)
    assert [(code, p.get("file"), p.get("document"), p.get("old"), p.get("new")) for code, p in changes.items] == [
        ("verdict", "f00017.docx", "MIP", "supported", "not_supported"),
        ("verdict", "f00017.docx", "PKE", "supported", "not_supported"),
        ("new_review", "f05000.docx", "MIP", None, "unknown"),
        ("new_review", "f05000.docx", "PKE", None, "unknown"),
        ("removed_review", "f00000.docx", "MIP", None, None),
        ("removed_review", "f00000.docx", "PKE", None, None),
        ("new_problem", "c.docx", None, None, None),
        ("resolved_problem", "a.docx", None, None, None),
    ]
