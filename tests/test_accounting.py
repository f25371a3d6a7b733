"""The accounting invariant, as a property: every input file is in the outputs as often as it should be.

Over random folders of good, broken and mutated reviews, ``hostile.assert_accounted``
must hold (see there).
"""

from __future__ import annotations

import functools
import random
import tempfile
from pathlib import Path

import hostile
import pytest
from conftest import narrative_review
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import DEFAULT_REGISTER
from pipeline.errors import UsageError
from pipeline.run import WORD_SUFFIXES, run

FOLDERS = ("", "Enerģētika/", "Kokrūpniecība/2026 Q1/")
NAMES = ("a.docx", "a - Copy.docx", "Atzinums Ā (1).docx", "b.DOCX", "~$a.docx", "piezīmes.txt", "bez paplašinājuma",
         ".slēpts.docx")
KINDS = ("good", "good", "other_good", "third_good", "truncated", "empty", "text", "lock", "encrypted",
         "xml_mutant", "zip_mutant", "garbage")


@functools.cache
def good_reviews() -> tuple[bytes, bytes, bytes]:
    """Return three different valid reviews (built once per session)."""
    return (
        narrative_review(),
        narrative_review("Elektromontieris", mip="MIP saturs nav atbalstāms.", expert="Jānis Bērziņš"),
        narrative_review("Motorzāģa operators", mip="Vērtējums: pēc precizējumu veikšanas virzāms saskaņošanai."),
    )


def content(kind: str, seed: int) -> bytes:
    """Return the bytes of a file of ``kind``; ``seed`` drives any randomness."""
    good, other, third = good_reviews()
    rng = random.Random(seed)
    return {
        "good": lambda: good,
        "other_good": lambda: other,
        "third_good": lambda: third,
        "truncated": lambda: hostile.truncated(rng.choice((good, other)), rng.uniform(0.05, 0.95)),
        "empty": lambda: b"",
        "text": lambda: "Zvanīt Jānim otrdien.\n".encode(),
        "lock": lambda: hostile.word_lock_file(),
        "encrypted": lambda: hostile.encrypted_ole(),
        "xml_mutant": lambda: hostile.mutate_xml(rng, rng.choice((good, other)))[1],
        "zip_mutant": lambda: hostile.mutate_zip(rng, rng.choice((good, other)))[1],
        "garbage": lambda: rng.randbytes(rng.randint(1, 3000)),
    }[kind]()


entries = st.lists(
    st.tuples(st.sampled_from(FOLDERS), st.sampled_from(NAMES), st.sampled_from(KINDS), st.integers(0, 2**32 - 1)),
    max_size=8,
    unique_by=lambda e: e[0] + e[1],
)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(entries)
def test_every_file_is_accounted_for(spec):
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        folder.mkdir()
        for sub, name, kind, seed in spec:
            path = folder / sub / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content(kind, seed))
        if not any(name.lower().endswith(WORD_SUFFIXES) for _, name, _, _ in spec):
            with pytest.raises(UsageError):  # no Word file at all: exit 2, the last outputs untouched
                run(folder, out, DEFAULT_REGISTER, jobs=0, use_cache=False, progress=False)
            return
        outcome = run(folder, out, DEFAULT_REGISTER, jobs=0, use_cache=False, progress=False)
        hostile.assert_accounted(folder, out, outcome)
        assert outcome.exit_code == (0 if all(r.readable for r in outcome.results) else 1)


def test_the_invariant_catches_a_lost_file(tmp_path):
    """A run that drops a file from its results must fail the check (the check can fail)."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a.docx").write_bytes(good_reviews()[0])
    (folder / "b.docx").write_bytes(b"")
    outcome = run(folder, out, DEFAULT_REGISTER, jobs=0, use_cache=False, progress=False)
    hostile.assert_accounted(folder, out, outcome)
    (folder / "c.docx").write_bytes(good_reviews()[1])  # on disk, but not in this run's outputs
    with pytest.raises(AssertionError, match="no phantom file"):
        hostile.assert_accounted(folder, out, outcome)
