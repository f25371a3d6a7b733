"""Measure extraction against a labelled corpus: ``python -m tools.evaluate tests/corpus``.

The corpus folder holds ``*.docx`` files; the labels, ``expected.csv`` (file, qualification,
document, verdict, expert, date, lki_level) and optionally ``expected_problems.csv`` (file, code),
sit in it or in a sibling folder ``<corpus>_expected`` (``inputs/samples_expected``).
The report gives precision and recall per verdict class, the accuracy of each metadata
field, and lists every wrong case. The command exits 1 when verdict accuracy is below
``TARGET`` or any verdict was read from a distractor (a verdict where none is expected,
or evidence that is a purpose, instruction or history sentence).
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.records import UNKNOWN, VERDICTS, VerdictRow
from pipeline.register import Register
from pipeline.textnorm import key

TARGET = 0.98
FIELDS = ("qualification", "expert", "date", "lki_level")


@dataclass
class Report:
    """The outcome of one evaluation run."""

    rows: int = 0
    correct: int = 0
    confusion: Counter = field(default_factory=Counter)  # (expected, predicted) -> count
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    wrong: list[str] = field(default_factory=list)
    false_rows: int = 0  # rows for a document the review gives no verdict on, or under a wrong qualification
    distractor_hits: list[str] = field(default_factory=list)
    problems: list[int] = field(default_factory=lambda: [0, 0])  # found, expected
    files: int = 0
    seconds: float = 0.0

    @property
    def accuracy(self) -> float:
        """Return the share of expected rows whose verdict was read correctly."""
        return self.correct / self.rows if self.rows else 0.0

    def field_accuracy(self, name: str) -> float:
        """Return the share of expected rows whose field ``name`` (expert, date, …) was read correctly."""
        ok, total = self.fields[name]
        return ok / total if total else 0.0

    def precision_recall(self, verdict: str) -> tuple[float, float, int]:
        """Return (precision, recall, support) for one verdict class."""
        tp = self.confusion[(verdict, verdict)]
        predicted = sum(n for (_, p), n in self.confusion.items() if p == verdict)
        support = sum(n for (e, _), n in self.confusion.items() if e == verdict)
        return (tp / predicted if predicted else 1.0), (tp / support if support else 1.0), support

    @property
    def passed(self) -> bool:
        """Return True when the targets are met."""
        return self.accuracy >= TARGET and not self.distractor_hits

    def __str__(self) -> str:
        lines = [
            f"files: {self.files}, expected rows: {self.rows}, "
            f"{1000 * self.seconds / max(self.files, 1):.1f} ms per file (read + extract, one process)",
            f"verdict accuracy: {self.accuracy:.4f} ({self.correct}/{self.rows}), target {TARGET}",
            "",
            f"{'verdict':<20}{'precision':>10}{'recall':>10}{'support':>9}",
        ]
        for v in VERDICTS:
            p, r, n = self.precision_recall(v)
            lines.append(f"{v:<20}{p:>10.3f}{r:>10.3f}{n:>9}")
        lines.append("")
        for name, (ok, total) in self.fields.items():
            lines.append(f"{name + ' accuracy:':<26}{self.field_accuracy(name):.4f} ({ok}/{total})")
        found, expected = self.problems
        if expected:
            lines.append(f"{'expected problems found:':<26}{found / expected:.4f} ({found}/{expected})")
        lines.append(f"false rows: {self.false_rows}")
        lines.append(f"verdicts from distractors: {len(self.distractor_hits)}")
        lines += [f"  {d}" for d in self.distractor_hits]
        if self.wrong:
            lines += ["", f"wrong cases ({len(self.wrong)}):"] + [f"  {w}" for w in self.wrong]
        lines.append("")
        lines.append("PASS" if self.passed else "FAIL")
        return "\n".join(lines)


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _distractor_phrases() -> list[str]:
    """Return folded openings of known distractor sentences (from the generator, if present)."""
    try:
        from tools.synth import phrases
    except ImportError:
        return []
    texts = list(phrases.PURPOSE) + list(phrases.INSTRUCTIONS) + list(phrases.HISTORY) + list(phrases.COMMENTS)
    return [key(t.split("{")[0])[:40] for t in texts if len(key(t.split("{")[0])) >= 12]


def _pair(expected: list[dict], predicted: list[VerdictRow]) -> list[tuple[dict, VerdictRow | None]]:
    """Pair each expected row with the predicted row for the same qualification and document."""
    by_key = {(key(r.qualification), r.document): r for r in predicted}
    single = len({e["qualification"] for e in expected}) == 1
    by_doc: dict[str, list[VerdictRow]] = defaultdict(list)
    for r in predicted:
        by_doc[r.document].append(r)
    pairs = []
    for e in expected:
        row = by_key.get((key(e["qualification"]), e["document"]))
        if row is None and single and len(by_doc[e["document"]]) == 1:
            row = by_doc[e["document"]][0]
        pairs.append((e, row))
    return pairs


CORPUS_META = frozenset({"expected.csv", "expected_problems.csv", "layouts.csv", "README.md"})


def corpus_files(corpus_dir: Path) -> list[str]:
    """Return the files of the corpus (relative, ``/``-separated), without its label files."""
    return sorted(
        p.relative_to(corpus_dir).as_posix()
        for p in corpus_dir.rglob("*")
        if p.is_file() and p.relative_to(corpus_dir).as_posix() not in CORPUS_META
    )


DOCUMENT_SUFFIXES = (".docx", ".doc")


def is_document_name(name: str) -> bool:
    """Return True if ``name`` looks like a review document (helper files such as scripts do not count)."""
    return name.lower().endswith(DOCUMENT_SUFFIXES)


def labels_dir_for(corpus_dir: Path) -> Path:
    """Return where the labels of ``corpus_dir`` are: in it, or beside it in ``<name>_expected``."""
    corpus_dir = Path(corpus_dir)
    if (corpus_dir / "expected.csv").exists():
        return corpus_dir
    return corpus_dir.with_name(corpus_dir.name + "_expected")


def evaluate(corpus_dir: Path, register: Register, labels_dir: Path | None = None) -> Report:
    """Process every file of ``corpus_dir`` as a run does and compare the result with the labels."""
    from pipeline.config import Limits
    from pipeline.pool import process_file
    from pipeline.run import settle_batch

    corpus_dir = Path(corpus_dir)
    labels = Path(labels_dir) if labels_dir else labels_dir_for(corpus_dir)
    expected = _read_csv(labels / "expected.csv")
    by_file: dict[str, list[dict]] = defaultdict(list)
    for row in expected:
        by_file[row["file"]].append(row)
    problems_by_file: dict[str, set[str]] = defaultdict(set)
    for p in _read_csv(labels / "expected_problems.csv"):
        problems_by_file[p["file"]].add(p["code"])
    distractors = _distractor_phrases()
    limits = Limits.from_env()
    report = Report()
    started = time.perf_counter()
    labelled = set(by_file) | set(problems_by_file)
    files = [f for f in corpus_files(corpus_dir) if f in labelled or is_document_name(f)]
    results = [process_file(str(corpus_dir / f), f, register, limits) for f in files]
    report.seconds = time.perf_counter() - started
    settle_batch(results)
    for result in results:
        report.files += 1
        _score_file(report, result.file, by_file.get(result.file, []), result.verdicts, distractors)
        wanted, codes = problems_by_file[result.file], {p.code for p in result.problems}
        report.problems[0] += len(wanted & codes)
        report.problems[1] += len(wanted)
        for code in sorted(wanted - codes):
            got = ", ".join(sorted(codes)) or "none"
            report.wrong.append(f"{result.file}: expected problem {code} not reported (got {got})")
    return report


def _score_file(report: Report, file: str, expected: list[dict], predicted: list[VerdictRow],
                distractors: list[str]) -> None:
    pairs = _pair(expected, predicted)
    used = {id(r) for _, r in pairs if r is not None}
    for e, r in pairs:
        report.rows += 1
        got = r.verdict if r else "(missing)"
        report.confusion[(e["verdict"], got)] += 1
        if got == e["verdict"]:
            report.correct += 1
        else:
            evidence = f" <- {r.method}: {r.evidence[:120]!r}" if r and r.evidence else ""
            report.wrong.append(f"{file} {e['qualification']}/{e['document']}: expected {e['verdict']}, got {got}{evidence}")
            if e["verdict"] == UNKNOWN and r is not None and r.verdict != UNKNOWN:
                report.false_rows += 1
                report.distractor_hits.append(f"{file} {e['document']}: {r.evidence[:100]!r}")
        for name in FIELDS:
            report.fields[name][1] += 1
            value = getattr(r, name) if r else ""
            same = key(value) == key(e.get(name, "")) if name == "qualification" else value == e.get(name, "")
            if same:
                report.fields[name][0] += 1
            else:
                report.wrong.append(f"{file} {e['document']}: {name} expected {e.get(name, '')!r}, got {value!r}")
    for r in predicted:
        if id(r) in used:
            continue
        report.confusion[("(none)", r.verdict)] += 1
        report.false_rows += 1
        report.wrong.append(f"{file} {r.qualification}/{r.document}: unexpected row {r.verdict}")
        if r.verdict != UNKNOWN:
            report.distractor_hits.append(f"{file} {r.document}: invented {r.verdict}: {r.evidence[:100]!r}")
    for r in predicted:
        if r.verdict != UNKNOWN and any(d in key(r.evidence) for d in distractors):
            report.distractor_hits.append(f"{file} {r.document}: evidence is a distractor: {r.evidence[:100]!r}")


def main(argv: list[str] | None = None) -> int:
    """Evaluate ``CORPUS [LABELS]`` named on the command line; exit 1 below target, 2 without labels."""
    from pipeline.config import DEFAULT_REGISTER
    from pipeline.register import load_register

    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0]) if args else Path("tests/corpus")
    labels = Path(args[1]) if len(args) > 1 else labels_dir_for(corpus)
    if not (labels / "expected.csv").exists():
        print(f"no expected.csv in {labels} (usage: python -m tools.evaluate CORPUS [LABELS_DIR])", file=sys.stderr)
        return 2
    report = evaluate(corpus, load_register(DEFAULT_REGISTER), labels)
    print(report)
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
