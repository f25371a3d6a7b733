"""Legacy .doc conversion cleans up: no LibreOffice left running, no copy of a review left behind.

A fake ``soffice`` on PATH starts a child (as the real one starts soffice.bin)
and both sleep; the test checks both are gone and the temporary copy removed,
whether the conversion times out or the worker reading the file is stopped.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from docxfixtures import make_ole

from pipeline import pool
from pipeline.config import Limits
from pipeline.errors import ReadError
from pipeline.reader import read_path
from pipeline.register import Register

FAKE_SOFFICE = """#!/bin/sh
# Like soffice: a launcher that starts the real office process, both in LibreOffice's process group.
sleep 300 &
echo $$ $! > "{pids}"
sleep 300
"""


@pytest.fixture
def fake_soffice(tmp_path, monkeypatch) -> Path:
    """Put a sleeping ``soffice`` first on PATH; return the file where it writes its process ids."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pids = tmp_path / "soffice.pids"
    script = bin_dir / "soffice"
    script.write_text(FAKE_SOFFICE.format(pids=pids))
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # where the conversion keeps its copy
    return pids


def alive(pid: int) -> bool:
    """Return True while process ``pid`` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def gone(pids: list[int], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while any(alive(p) for p in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def soffice_pids(path: Path) -> list[int]:
    deadline = time.monotonic() + 10
    while not (path.exists() and len(path.read_text().split()) == 2):
        assert time.monotonic() < deadline, "the fake soffice never started"
        time.sleep(0.05)
    return [int(p) for p in path.read_text().split()]


def leftovers() -> list[str]:
    return sorted(p.name for p in Path(tempfile.gettempdir()).iterdir())


def test_conversion_over_its_time_limit_kills_libreoffice_and_removes_the_copy(tmp_path, fake_soffice):
    doc = tmp_path / "old.doc"
    doc.write_bytes(make_ole("WordDocument"))
    started = time.monotonic()
    with pytest.raises(ReadError) as info:
        read_path(doc, Limits(convert_seconds=1))
    assert info.value.code == "legacy_doc"
    assert "over 1 s" in info.value.detail
    assert time.monotonic() - started < 15
    pids = soffice_pids(fake_soffice)
    assert gone(pids), "LibreOffice (or the process it started) is still running"
    assert leftovers() == []  # the copy of the review and LibreOffice's profile are removed


def test_a_worker_stopped_while_converting_kills_libreoffice_and_removes_the_copy(tmp_path, fake_soffice,
                                                                                   monkeypatch):
    """The file's time limit (the worker is stopped) comes before the conversion's own."""
    monkeypatch.setattr(pool, "START_METHOD", "fork")  # the worker inherits the fake PATH and temp folder
    doc = tmp_path / "old.doc"
    doc.write_bytes(make_ole("WordDocument"))
    limits = Limits(seconds_per_file=2, convert_seconds=300)
    results = dict(pool.read_files([(0, str(doc), "old.doc")], 1, Register([]), limits))
    assert [p.code for p in results[0].problems] == ["timeout"]
    pids = soffice_pids(fake_soffice)
    assert gone(pids), "LibreOffice (or the process it started) outlived the worker"
    assert leftovers() == []
