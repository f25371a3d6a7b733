"""Measure the reader over a folder of .docx files: problems, recovered text, speed against the floor.

Run ``python -m tools.measure_reader [DIR]`` (default: ``../shared/corpus/real``).
The floor for a file is the least any reader must do: unzip the main part and
parse it with ``lxml.etree.fromstring``.  Each timing is the best of three.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from pipeline.config import PROJECT_DIR
from pipeline.errors import ReadError
from pipeline.reader import read_path

DEFAULT_DIR = PROJECT_DIR.parent / "shared" / "corpus" / "real"
REPEAT = 3


def floor_seconds(path: Path) -> float | None:
    """Return the best time to unzip and parse the main document part, or None if that fails."""
    best = None
    for _ in range(REPEAT):
        start = time.perf_counter()
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
                name = "word/document.xml" if "word/document.xml" in names else next(
                    n for n in names if re.fullmatch(r"word/document\d*\.xml", n))
                etree.fromstring(zf.read(name))
        except Exception:
            return None
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def reader_seconds(path: Path):
    """Return ``(best time, document or ReadError)`` for reading ``path``."""
    best, result = None, None
    for _ in range(REPEAT):
        start = time.perf_counter()
        try:
            result = read_path(path)
        except ReadError as exc:
            result = exc
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def _words(text: str) -> set[str]:
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return set(re.findall(r"\w+", re.sub("[\ue000-\uf8ff]", " ", text).lower()))


def python_docx_words(path: Path) -> set[str] | None:
    """Return the words python-docx sees in body paragraphs and table cells, or None."""
    import docx

    try:
        d = docx.Document(str(path))
        texts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                texts.extend(cell.text for cell in row.cells)
    except Exception:
        return None
    return _words("\n".join(texts))


def measure(folder: Path) -> dict:
    """Return the figures for every .docx under ``folder``."""
    files = sorted(folder.rglob("*.docx"))
    problems: Counter[str] = Counter()
    recovered, read_ok = [], 0
    ratios, reader_total, floor_total = [], 0.0, 0.0
    for path in files:
        seconds, result = reader_seconds(path)
        if isinstance(result, ReadError):
            problems[result.code] += 1
            continue
        read_ok += 1
        body_words = _words("\n".join(b.text for b in result.blocks))
        theirs = python_docx_words(path)
        if theirs is not None and body_words - theirs:
            recovered.append(path.name)
        floor = floor_seconds(path)
        if floor:
            ratios.append(seconds / floor)
            reader_total += seconds
            floor_total += floor
    return {
        "files": len(files),
        "read": read_ok,
        "problems": dict(problems),
        "recovered": recovered,
        "reader_total": reader_total,
        "floor_total": floor_total,
        "median_ratio": statistics.median(ratios) if ratios else 0.0,
        "ratio_total": reader_total / floor_total if floor_total else 0.0,
        "timed": len(ratios),
    }


def main(argv: list[str]) -> int:
    """Print the figures for the folder given on the command line."""
    folder = Path(argv[0]) if argv else DEFAULT_DIR
    if not folder.is_dir():
        print(f"no such folder: {folder}", file=sys.stderr)
        return 2
    m = measure(folder)
    print(f"folder: {folder}")
    print(f"files: {m['files']}  read: {m['read']}  problems: {m['problems'] or 'none'}")
    print(f"files where the reader recovers body text python-docx misses: {len(m['recovered'])}")
    print(f"  {', '.join(m['recovered'][:15])}{' ...' if len(m['recovered']) > 15 else ''}")
    print(f"read time (best of {REPEAT}) over {m['timed']} files: reader {m['reader_total']:.3f} s, "
          f"floor (unzip + lxml parse of the main part) {m['floor_total']:.3f} s")
    print(f"reader/floor: total {m['ratio_total']:.2f}x, median per document {m['median_ratio']:.2f}x, "
          f"mean per document {m['reader_total'] / max(m['timed'], 1) * 1000:.2f} ms "
          f"vs floor {m['floor_total'] / max(m['timed'], 1) * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
