"""The records' quick ``__init__``: the same objects as the one ``dataclass`` writes, still frozen."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from pipeline.nlp.findings import Finding
from pipeline.records import Block, CellRef, FileResult, Mark, VerdictRow, quick_init


@dataclass(frozen=True, slots=True)
class _Plain:
    name: str
    size: int = 3
    tags: tuple[str, ...] = ()
    seen: list[str] = field(default_factory=list)


@quick_init
@dataclass(frozen=True, slots=True)
class _Quick:
    name: str
    size: int = 3
    tags: tuple[str, ...] = ()
    seen: list[str] = field(default_factory=list)


@pytest.mark.parametrize("args, kwargs", [
    (("a",), {}),
    (("a", 5), {"tags": ("x",)}),
    ((), {"name": "b", "seen": ["y"], "size": 0}),
])
def test_the_quick_init_makes_what_the_dataclass_init_makes(args, kwargs):
    plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
    assert dataclasses.astuple(plain) == dataclasses.astuple(quick)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.name = "changed"


def test_a_default_factory_gives_each_object_its_own_value():
    first, second = _Quick("a"), _Quick("b")
    first.seen.append("x")
    assert second.seen == []


def test_missing_or_unknown_arguments_fail_as_with_the_dataclass_init():
    with pytest.raises(TypeError, match="name"):
        _Quick()
    with pytest.raises(TypeError, match="colour"):
        _Quick("a", colour="red")
    with pytest.raises(TypeError):
        _Quick("a", 1, (), [], "one too many")


def test_classes_it_cannot_copy_are_refused():
    with pytest.raises(TypeError, match="not a plain frozen slotted"):
        quick_init(dataclass(frozen=True)(type("NoSlots", (), {"__annotations__": {"a": int}})))

    @dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self):
            if self.a < 0:
                raise ValueError

    with pytest.raises(TypeError, match="not a plain frozen slotted"):
        quick_init(Checked)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Keywords:
        a: int

    with pytest.raises(TypeError, match="positional"):
        quick_init(Keywords)


def test_records_still_compare_hash_pickle_and_replace():
    cell = CellRef(1, 2, 3)
    block = Block("☒ atbalstāms", "table 1, row 2, cell 3", cell=cell, marks=(Mark("glyph", True, 0),))
    assert block == Block("☒ atbalstāms", "table 1, row 2, cell 3", "body", 0, None, None, None, CellRef(1, 2, 3),
                          (Mark("glyph", True),))
    assert len({block, pickle.loads(pickle.dumps(block))}) == 1
    assert dataclasses.replace(block, index=7).index == 7
    row = VerdictRow("a.docx", "mēbeļu galdnieks", "MIP", "supported", confidence=0.9)
    result = pickle.loads(pickle.dumps(FileResult("a.docx", verdicts=[row])))
    assert result.verdicts == [row] and result.verdicts[0].in_register is True
    finding = Finding(0, "supported", ("MIP",), True, 0.9, "rule", "atbalstāms", "paragraph 1", 0, 10)
    assert finding.but(verdict="not_supported").verdict == "not_supported" and finding.sent_end == 0
