"""read_blocks remembers what it read per part text: a remembered part reads as a fresh one."""

from __future__ import annotations

from dataclasses import astuple

import pytest
from review_docs import para

from pipeline.nlp.findings import part_cache, read_blocks, reusable


def read(nlp, blocks, *, fresh: bool = False):
    """Return read_blocks over every block as plain tuples (cues included), optionally with an
    empty part cache."""
    if fresh:
        part_cache(nlp).clear()
    findings, distractors = read_blocks(nlp, blocks, list(range(len(blocks))))
    return [astuple(f) for f in findings], [astuple(d) for d in distractors]


@pytest.fixture(autouse=True)
def _empty_cache(nlp):
    part_cache(nlp).clear()
    yield
    part_cache(nlp).clear()


def test_same_review_read_twice(nlp):
    blocks = [para("Ievads: atbalstāms.", 0), para("MIP saturs ir atbalstāms un virzāms saskaņošanai.", 1),
              para("PKE saturs nav atbalstāms; nepieciešami precizējumi.", 2)]
    first = read(nlp, blocks, fresh=True)
    assert len(part_cache(nlp)._items) == 3
    assert read(nlp, blocks) == first
    assert [f[0] for f in first[0]] == [0, 1, 2]


def test_part_at_another_block_and_offset(nlp):
    option = "PKE saturs nav atbalstāms"
    one = [para(f"MIP saturs ir atbalstāms / {option}", 0)]
    other = [para("Eksperts: Ilze Kalniņa", 0), para("Atzinums.", 1), para("Cits teksts.", 2), para(option, 3)]
    read(nlp, one, fresh=True)
    assert part_cache(nlp).get(option) is not None
    remembered = read(nlp, other)
    assert remembered == read(nlp, other, fresh=True)
    (finding,) = remembered[0]
    assert finding[0] == 3 and finding[7] == "paragraph 4"
    # and back: first seen whole, then as the second option of a block
    assert read(nlp, one) == read(nlp, one, fresh=True)
    offsets = [f[8] for f in read(nlp, one)[0]]
    assert offsets[-1] > len("MIP saturs ir atbalstāms / ")


def test_distractors_of_a_part_without_a_decisive_cue(nlp):
    instruction = para("Atzīmējiet atbilstošo: pēc precizējumu veikšanas.", 0)
    assert read(nlp, [instruction], fresh=True) == ([], [])
    review = [instruction, para("MIP saturs ir atbalstāms.", 1)]
    remembered = read(nlp, review)
    assert remembered == read(nlp, review, fresh=True)
    assert [d[:2] for d in remembered[1]] == [(0, "instruction")]


def test_parts_with_edge_whitespace_are_read_afresh(nlp):
    """Whitespace at the start of a part belongs to its first sentence only at the start of the text."""
    assert not reusable(" MIP saturs ir atbalstāms.") and not reusable("MIP saturs ir atbalstāms. ")
    blocks = [para(" MIP saturs ir atbalstāms.", 0)]
    alone = read(nlp, blocks, fresh=True)
    after = read(nlp, [para("Ievads: atbalstāms.", 0), *blocks])
    assert list(part_cache(nlp)._items) == ["Ievads: atbalstāms."]
    assert alone[0][0][10] == 0 and after[0][-1][10] == 1  # sent_start
    assert alone[0][0][1:10] == after[0][-1][1:10]
