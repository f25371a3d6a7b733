"""Seeded fuzzing of the reader, the extractor and the batch with mutated reviews.

Case ``i`` is always built from ``random.Random(BASE_SEED + i)``, so a failure
names the seed that rebuilds it::

    rng = random.Random(seed); op, data = mutate_case(rng, bases())

The loop stops after ``CASES`` cases or ``SECONDS`` seconds, whichever comes
first, so the suite stays bounded on a slow machine.
"""

from __future__ import annotations

import functools
import random
import time
import zipfile
from pathlib import Path

import hostile
import pytest
from conftest import narrative_review

from pipeline.config import DEFAULT_REGISTER, SAMPLES_DIR, Limits
from pipeline.errors import ReadError
from pipeline.extract import extract
from pipeline.reader import read_path
from pipeline.records import UNREADABLE_CODES, ReviewDocument
from pipeline.register import load_register
from pipeline.run import run

BASE_SEED = 1729
CASES = 2000
SECONDS = 15.0
MIN_CASES = 300  # fewer than this means the machine is too slow for the test to say much
#: Exception types that, named in a ReadError's detail, mean a bug in the reader
#: was caught and relabelled ``corrupt`` rather than a damaged file recognised.
PROGRAMMING_ERRORS = ("AttributeError", "TypeError", "KeyError", "IndexError", "NameError",
                      "UnboundLocalError", "AssertionError", "ZeroDivisionError")


@functools.cache
def bases() -> tuple[bytes, ...]:
    """Return the valid reviews mutations start from: a python-docx one and the synthetic samples."""
    samples = [
        p.read_bytes() for p in sorted(SAMPLES_DIR.rglob("*.docx"))
        if zipfile.is_zipfile(p) and "bojats" not in p.name
    ]
    return (narrative_review(), *samples)


def mutate_case(rng: random.Random, sources: tuple[bytes, ...]) -> tuple[str, bytes]:
    """Return ``(operations, bytes)``: one to three XML- or zip-level mutations of a random base."""
    data, ops = rng.choice(sources), []
    for step in range(rng.choice((1, 1, 1, 2, 3))):
        mutate = hostile.mutate_xml if rng.random() < 0.5 else hostile.mutate_zip
        try:
            op, data = mutate(rng, data)
        except Exception:
            if step == 0:
                raise  # a valid base must always mutate
            break  # an earlier mutation broke the zip or the XML: no further edit is possible
        ops.append(op)
    return "+".join(ops), data


@pytest.mark.slow
def test_reader_and_extractor_raise_nothing_but_read_errors(tmp_path):
    register = load_register(DEFAULT_REGISTER)
    sources = bases()
    assert len(sources) > 5
    path = tmp_path / "mutant.docx"
    failures, outcomes = [], {}
    started = time.monotonic()
    done = 0
    for done in range(1, CASES + 1):  # noqa: B007 (done is read after the loop)
        seed = BASE_SEED + done
        ops, data = mutate_case(random.Random(seed), sources)
        path.write_bytes(data)
        try:
            doc = read_path(path, Limits())
            assert isinstance(doc, ReviewDocument)
            extract(doc, "mutant.docx", register)
            outcome = "read"
        except ReadError as exc:
            outcome = exc.code
            if exc.code not in UNREADABLE_CODES:
                failures.append(f"seed {seed} ({ops}): code {exc.code!r} is not a read failure")
            if any(name in exc.detail for name in PROGRAMMING_ERRORS):
                failures.append(f"seed {seed} ({ops}): a reader bug reported as {exc.code}: {exc.detail}")
        except Exception as exc:  # noqa: BLE001 (the point: nothing else may escape)
            failures.append(f"seed {seed} ({ops}): {type(exc).__name__}: {exc}")
            outcome = "escaped"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if time.monotonic() - started > SECONDS:
            break
    assert not failures, "\n".join(failures[:20])
    assert done >= MIN_CASES, f"only {done} cases in {SECONDS} s"
    assert outcomes.get("read", 0) > done // 10, f"mutations too destructive to test extraction: {outcomes}"
    assert outcomes.get("corrupt", 0) > done // 10, f"mutations too gentle to test error paths: {outcomes}"


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_batch_over_mutants_crashes_no_worker(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    sources = bases()
    for i in range(60):
        seed = BASE_SEED + 100_000 + i
        ops, data = mutate_case(random.Random(seed), sources)
        (folder / f"m{i:02d}_{seed}_{ops}.docx").write_bytes(data)
    (folder / "good.docx").write_bytes(sources[0])
    outcome = run(folder, out, DEFAULT_REGISTER, jobs=2, use_cache=False, progress=False,
                  limits=Limits(seconds_per_file=30))
    hostile.assert_accounted(folder, out, outcome)
    crashed = [(r.file, p.code, p.detail) for r in outcome.results for p in r.problems
               if p.code in {"worker_crash", "timeout"}]
    assert not crashed, crashed
    assert any(r.readable and r.verdicts for r in outcome.results if r.file != "good.docx")


def test_mutations_are_reproducible():
    sources = bases()
    first = [mutate_case(random.Random(BASE_SEED + i), sources) for i in range(20)]
    again = [mutate_case(random.Random(BASE_SEED + i), sources) for i in range(20)]
    assert first == again
    assert len({data for _ops, data in first}) > 15, "different seeds give different files"


def test_every_mutation_operator_changes_the_file():
    good = bases()[0]
    for op in hostile.XML_MUTATIONS:
        assert hostile.mutate_xml(random.Random(3), good, op)[1] != good, op
    for op in hostile.ZIP_MUTATIONS:
        assert hostile.mutate_zip(random.Random(3), good, op)[1] != good, op


def test_wrong_crc_is_caught_by_the_reader(tmp_path):
    path = tmp_path / "crc.docx"
    path.write_bytes(hostile.mutate_zip(random.Random(1), bases()[0], "crc")[1])
    with pytest.raises(ReadError) as info:
        read_path(Path(path))
    assert info.value.code == "corrupt"
