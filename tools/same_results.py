"""Check that two checkouts give the same results: `run()`, the CSV files and `reviews explain`.

Dump what one checkout gives over every labelled corpus (run it with that checkout's Python,
from that checkout's folder), then compare two dumps:

    .venv/bin/python -m tools.same_results dump /tmp/after          # in the changed checkout
    ../main/.venv/bin/python -m tools.same_results dump /tmp/before # in the other one
    python -m tools.same_results compare /tmp/before /tmp/after

A dump holds, per corpus: every `run()` result (the seconds a file took and its mtime left
out), read in worker processes and in this process; verdicts.csv and problems.csv as the
`reviews` command writes them; and the `explain` text of every Word file.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CORPORA = ["tests/corpus", "tests/corpus_hand", "inputs/samples", "tests/heldout",
           *sorted(str(p) for p in Path("tests/blind").glob("*") if p.is_dir())]
CSV_FILES = ("verdicts.csv", "problems.csv")


def _result(r) -> dict:
    d = dataclasses.asdict(r)
    d.pop("seconds")
    d.pop("mtime")
    return d


def dump(dest: Path) -> None:
    """Write what this checkout gives over every corpus into ``dest``."""
    from pipeline.config import DEFAULT_REGISTER
    from pipeline.explain import analyse_path, explain_text
    from pipeline.register import load_register
    from pipeline.run import WORD_SUFFIXES, run

    register = load_register(DEFAULT_REGISTER, "lv")
    for corpus in CORPORA:
        out = dest / corpus.replace("/", "_")
        out.mkdir(parents=True, exist_ok=True)
        for name, jobs in (("results-workers.json", 2), ("results-here.json", 0)):
            with tempfile.TemporaryDirectory() as tmp:
                outcome = run(Path(corpus), Path(tmp), DEFAULT_REGISTER, jobs=jobs, use_cache=False, progress=False,
                              write=False)
            results = sorted((_result(r) for r in outcome.results), key=lambda d: d["file"])
            (out / name).write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pipeline", "run", corpus, "-o", tmp, "-q", "--no-cache"],
                           check=False, stdout=subprocess.DEVNULL)
            for name in CSV_FILES:
                (out / name).write_bytes((Path(tmp) / name).read_bytes())
        texts = {}
        for path in sorted(p for p in Path(corpus).rglob("*") if p.suffix.lower() in WORD_SUFFIXES):
            try:
                texts[str(path)] = explain_text(path, register, "lv", analyse_path(path, register))
            except Exception as exc:  # the command says the file is unreadable: compare the reason
                texts[str(path)] = f"{type(exc).__name__}: {exc}"
        (out / "explain.json").write_text(json.dumps(texts, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{corpus}: {len(results)} results, {len(texts)} explained", file=sys.stderr)


def compare(a: Path, b: Path) -> int:
    """Return 0 when the two dumps are identical file by file, else print what differs and return 1."""
    names = sorted({p.relative_to(a) for p in a.rglob("*") if p.is_file()}
                   | {p.relative_to(b) for p in b.rglob("*") if p.is_file()})
    differ = [n for n in names if not (a / n).exists() or not (b / n).exists()
              or (a / n).read_bytes() != (b / n).read_bytes()]
    for n in differ:
        print(f"differs: {n}")
    print(f"{len(names) - len(differ)} of {len(names)} files identical")
    return 1 if differ or not names else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(Path(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
