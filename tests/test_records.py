"""The records: frozen values that compare, hash, pickle and copy with changes."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from pipeline.nlp.findings import Finding
from pipeline.records import Block, CellRef, FileResult, Mark, VerdictRow


def test_records_compare_hash_pickle_and_replace():
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
    assert finding.copy_with(verdict="not_supported").verdict == "not_supported" and finding.sent_end == 0


def test_records_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Mark("glyph", True).checked = False
