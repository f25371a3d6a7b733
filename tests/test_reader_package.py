"""Parts read straight from the archive give exactly what zipfile gives, damaged or not."""

from __future__ import annotations

import random

import hostile
import pytest
from docxfixtures import make_docx, p

from pipeline.errors import ReadError
from pipeline.reader import read_path
from pipeline.reader.package import Package


def _outcome(path):
    try:
        return read_path(path)
    except ReadError as exc:
        return (exc.code, exc.detail)


@pytest.mark.parametrize("seed", range(40))
def test_direct_read_matches_zipfile(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    good = make_docx(p("MIP saturs ir atbalstāms.") + p("PKE: ", "☒ nav atbalstāms"))
    op, data = hostile.mutate_zip(rng, good, hostile.ZIP_MUTATIONS[seed % len(hostile.ZIP_MUTATIONS)])
    path = tmp_path / f"{op}.docx"
    path.write_bytes(data)
    direct = _outcome(path)
    monkeypatch.setattr(Package, "_read_plain", lambda self, info: None)  # zipfile only
    assert direct == _outcome(path)
