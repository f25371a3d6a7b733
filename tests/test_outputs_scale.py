"""write_outputs at the scale of 20,000 reviews: it completes, the workbook opens and holds every row.

The results are built in code (no .docx), like a run's FileResults: two verdicts per
review, a few recommendations, some problems, text that needs escaping.  Nothing
here asserts a time (the machines are shared and noisy); the times are printed.
"""

from __future__ import annotations

import random
import resource
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from lxml import etree

from pipeline.config import DEFAULT_REGISTER
from pipeline.outputs import write_outputs
from pipeline.records import FileResult, Problem, Recommendation, RunInfo, VerdictRow
from pipeline.register import load_register
from pipeline.workbook import MAX_LINKS

REVIEWS = 20_000
EXPERTS = ["Ilze Kalniņa", "Jānis Bērziņš", "Anna Ozola", "Pēteris Liepa", "Māra Vītola", "Andris Kalns",
           "Laura Zariņa", "Edgars Krūmiņš", "Inese Priede", "", "Valdis Egle", "Dace Sproģe"]
VERDICTS = ["supported", "needs_corrections", "not_supported", "unknown"]
EVIDENCE = [
    "{doc} saturs ir atbalstāms un virzāms saskaņošanai.",
    "{doc} saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai, ņemot vērā ieteikumus "
    "par moduļu apjomu, mācību rezultātu formulējumiem un vērtēšanas kritērijiem.",
    "☒ Neatbalstu {doc} virzīšanu saskaņošanai",
    '=SUM(A1:A3) "{doc}" <nav> & nav\nnoteikts',
    "  {doc}: lēmums ar atstarpēm  ",
]
RECOMMENDATIONS = [
    "Ieteicams aktualizēt izmantojamās literatūras sarakstu.",
    "Vēlams iekļaut vairāk darba vidē balstītu mācību piemēru un praktisko uzdevumu, kas atbilst nozares "
    "standartam un profesionālās kvalifikācijas prasībām.",
    "Precizēt moduļa “Darba drošība” apjomu & vērtēšanas kritērijus <2. daļa>.",
]


def scale_results(n: int = REVIEWS, seed: int = 7) -> list[FileResult]:
    """Return ``n`` review results as a run would give them, from the real register."""
    rng = random.Random(seed)
    register = list(load_register(DEFAULT_REGISTER))
    results = []
    for i in range(n):
        file = f"{i % 40:02d} nozare/atzinums {i:05d}.docx"
        if i % 97 == 0:
            results.append(FileResult(file=file, size=0, problems=[Problem(file, "empty", "0 bytes")]))
            continue
        q = register[rng.randrange(len(register))]
        name, sector, level, known = q.name, q.sector, q.lki_level, True
        if i % 211 == 0:
            name, sector, level, known = f"nezināma kvalifikācija {i % 13}", "", "", False
        expert = rng.choice(EXPERTS)
        date = f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}" if i % 17 else ""
        verdicts = [
            VerdictRow(file, name, doc, rng.choice(VERDICTS), expert, date, level, sector,
                       rng.choice(EVIDENCE).format(doc=doc), f"tabula 1, rinda {2 + k}", "rule",
                       round(rng.random(), 3), known)
            for k, doc in enumerate(("MIP", "PKE"))
        ]
        recs = [Recommendation(file, name, "MIP/PKE", expert, rng.choice(RECOMMENDATIONS), f"¶ {k + 3}")
                for k in range(rng.randrange(1, 6))]
        problems = [Problem(file, "unknown_qualification", "not in register")] if not known else []
        results.append(FileResult(file=file, size=40_000, mtime=1_770_000_000.0 + i, sha256=f"{i:064x}",
                                  verdicts=verdicts, recommendations=recs, problems=problems))
    return results


def sheet_rows(path: Path) -> dict[str, tuple[int, int]]:
    """Return ``{sheet part: (rows, hyperlinks)}``, parsing every sheet's XML (well-formed, as Excel needs)."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    counts = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not name.startswith("xl/worksheets/sheet"):
                continue
            rows = links = 0
            with z.open(name) as fh:
                for _event, element in etree.iterparse(fh, tag=(f"{ns}row", f"{ns}hyperlink")):
                    if element.tag == f"{ns}row":
                        rows += 1
                    else:
                        links += 1
                    element.clear()
            counts[name] = (rows, links)
    return counts


@pytest.mark.slow  # ~1-2 min: 40,000 verdict rows and 60,000 recommendations written and parsed back
def test_twenty_thousand_reviews(tmp_path):
    built = time.perf_counter()
    results = scale_results()
    verdicts = sum(len(r.verdicts) for r in results)
    recommendations = sum(len(r.recommendations) for r in results)
    problems = sum(len(r.problems) for r in results)
    assert verdicts > 39_000 and recommendations > 55_000
    run = RunInfo(started="2026-04-02T09:30:00", input_dir=str(tmp_path / "in"), output_dir=str(tmp_path / "out"),
                  version="scale", files=len(results), seconds=42.0, register=str(DEFAULT_REGISTER))
    register = load_register(DEFAULT_REGISTER)

    started = time.perf_counter()
    written = write_outputs(results, tmp_path / "out", register, run)
    cold = time.perf_counter() - started
    assert not written.failed
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{len(results)} reviews, {verdicts} verdicts, {recommendations} recommendations: results built in "
          f"{started - built:.1f} s, write_outputs {cold:.2f} s; peak RSS {peak:.0f} MB")

    csv_rows = (tmp_path / "out" / "verdicts.csv").read_bytes().count(b"\r\n") - 1
    assert csv_rows >= verdicts  # quoted line breaks inside evidence add a few

    path = written.paths["summary.xlsx"]
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.sheetnames == ["Pārskats", "Kopsavilkums", "Atzinumi", "Ieteikumi", "Nozares", "Problēmas", "Par"]
    header, first = wb["Atzinumi"].iter_rows(min_row=1, max_row=2, values_only=True)
    assert header[:4] == ("Fails", "Kvalifikācija", "Dokuments", "Lēmums")
    assert first[0] == "00 nozare/atzinums 00040.docx" and first[3] in ("atbalstāms", "ar precizējumiem",
                                                                          "nav atbalstāms", "nav noteikts")
    wb.close()

    parts = sheet_rows(path)
    assert parts["xl/worksheets/sheet3.xml"][0] == verdicts + 1
    assert parts["xl/worksheets/sheet4.xml"][0] == recommendations + 1
    assert parts["xl/worksheets/sheet6.xml"][0] == problems + 1
    assert 0 < parts["xl/worksheets/sheet3.xml"][1] <= MAX_LINKS


@pytest.mark.parametrize("n", [1, 3])
def test_small_scale_results_are_well_formed(tmp_path, n):
    results = scale_results(n * 100)
    run = RunInfo(started="2026-04-02T09:30:00", input_dir="", output_dir=str(tmp_path), version="scale",
                  files=len(results))
    written = write_outputs(results, tmp_path, load_register(DEFAULT_REGISTER), run, lang="en")
    assert not written.failed
    wb = openpyxl.load_workbook(written.paths["summary.xlsx"])
    ws = wb["Reviews"]
    evidence = [c.value for c in ws["G"][1:]]
    assert '=SUM(A1:A3) "MIP" <nav> & nav\nnoteikts' in evidence or '=SUM(A1:A3) "PKE" <nav> & nav\nnoteikts' in evidence
    assert any(v.startswith("  ") and v.endswith("  ") for v in evidence)  # spaces kept at both ends
    assert ws["A2"].hyperlink is None  # without an input folder there is nothing to link to
