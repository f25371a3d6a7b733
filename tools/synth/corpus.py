"""Write many generated reviews to a folder together with the rows a reader should produce."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable
from pathlib import Path

from tools.synth.layouts import LAYOUTS, VerdictDeck, make_spec, render
from tools.synth.spec import ReviewSpec

ROW_COLUMNS = ("file", "qualification", "document", "verdict", "expert", "date", "lki_level")
PROBLEM_COLUMNS = ("file", "code")
MANIFEST_COLUMNS = ("file", "layout", "traps")

#: Layout mix of the benchmark corpus (relative weights).
BENCH_WEIGHTS = {
    "narrative_lines": 6, "narrative_table": 5, "form_mark": 4, "checkbox_glyph": 3, "checkbox_sym": 3,
    "checkbox_sdt": 3, "checkbox_formfield": 3, "strike": 3, "tracked_changes": 3, "textbox": 3,
    "messy_runs": 3, "multi_qualification": 2, "summary": 1, "no_verdict": 1, "unregistered": 1,
    "form_unmarked": 1, "form_conflict": 1,
}

#: Files per layout in the labelled evaluation corpus (tests/corpus).
EVAL_PLAN = {
    "narrative_lines": 12, "narrative_table": 10, "form_mark": 9, "checkbox_glyph": 7, "checkbox_sym": 7,
    "checkbox_sdt": 7, "checkbox_formfield": 7, "strike": 8, "tracked_changes": 8, "textbox": 7,
    "messy_runs": 9, "multi_qualification": 5, "summary": 3, "no_verdict": 3, "unregistered": 4,
    "form_unmarked": 2, "form_conflict": 2,
}


class Collected:
    """The expected rows, problems and layout manifest of written files."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.problems: list[dict[str, str]] = []
        self.manifest: list[dict[str, str]] = []

    def add(self, file: str, spec: ReviewSpec, rows: bool = True) -> None:
        """Record what a correct reader finds in ``file`` made from ``spec``."""
        if rows:
            self.rows += spec.expected_rows(file)
            self.problems += [{"file": file, "code": c} for c in spec.problems]
        traps = " ".join(sorted(spec.traps))
        self.manifest.append({"file": file, "layout": spec.layout, "traps": traps})

    def write(self, out_dir: Path, manifest: bool = True) -> None:
        """Write expected.csv, expected_problems.csv and (with ``manifest``) layouts.csv into ``out_dir``."""
        write_csv(out_dir / "expected.csv", ROW_COLUMNS, self.rows)
        write_csv(out_dir / "expected_problems.csv", PROBLEM_COLUMNS, self.problems)
        if manifest:
            write_csv(out_dir / "layouts.csv", MANIFEST_COLUMNS, self.manifest)


def write_csv(path: Path, columns: Iterable[str], rows: list[dict[str, str]]) -> None:
    """Write ``rows`` as UTF-8 CSV sorted by file (then the other columns), LF line ends."""
    columns = tuple(columns)
    ordered = sorted(rows, key=lambda r: tuple(r.get(c, "") for c in columns))
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(ordered)


def generate_corpus(out_dir: Path | str, n: int, seed: int = 0, pool: str = "samples") -> list[dict[str, str]]:
    """Write ``n`` reviews of mixed layouts into ``out_dir`` and return the expected verdict rows.

    Made for the benchmark: files are flat ``review_00001.docx``...; the same
    seed gives the same bytes.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    deck = VerdictDeck(rng)
    names = list(BENCH_WEIGHTS)
    picks = rng.choices(names, weights=[BENCH_WEIGHTS[k] for k in names], k=n)
    rows: list[dict[str, str]] = []
    for i, layout in enumerate(picks, 1):
        spec = make_spec(layout, rng, deck, pool)
        name = f"review_{i:05d}.docx"
        (out / name).write_bytes(render(spec))
        rows += spec.expected_rows(name)
    return rows


def build_eval_corpus(out_dir: Path | str, seed: int = 20260331) -> Collected:
    """Write the labelled evaluation corpus (``eval`` phrasing pool) with its expected CSVs."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.docx"):
        old.unlink()
    rng = random.Random(seed)
    deck = VerdictDeck(rng)
    collected = Collected()
    plan = [layout for layout, count in EVAL_PLAN.items() for _ in range(count)]
    assert set(plan) == set(LAYOUTS), "every layout must be in the evaluation corpus"
    rng.shuffle(plan)
    for i, layout in enumerate(plan, 1):
        spec = make_spec(layout, rng, deck, pool="eval", variant=i)
        name = f"c{i:03d}_{layout}.docx"
        (out / name).write_bytes(render(spec))
        collected.add(name, spec)
    collected.write(out)
    return collected
