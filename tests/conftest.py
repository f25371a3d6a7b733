"""Shared fixtures: the spaCy pipeline and the register (loaded once), small reviews built in code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REAL_CORPUS = REPO.parent / "shared" / "corpus" / "real"


def narrative_review(
    qualification: str = "Mēbeļu galdnieks",
    mip: str = "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
    pke: str = "PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
    expert: str = "Ilze Kalniņa",
    date: str = "12.03.2026.",
) -> bytes:
    """Return the bytes of a plain narrative review written with python-docx."""
    import docx

    d = docx.Document()
    d.add_heading(f"Ekspertīzes atzinums par profesionālās kvalifikācijas „{qualification}” MIP un PKE saturu", 1)
    d.add_paragraph(f"Profesionālā kvalifikācija: {qualification}")
    d.add_paragraph(f"Eksperts: {expert}")
    d.add_paragraph(f"Datums: {date}")
    d.add_heading("Secinājumi", 2)
    d.add_paragraph(mip)
    d.add_paragraph(pke)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture
def review_folder(tmp_path: Path) -> Path:
    """Return a folder with two good reviews, a broken file, a lock file and an empty file."""
    folder = tmp_path / "in"
    (folder / "energy").mkdir(parents=True)
    (folder / "a.docx").write_bytes(narrative_review())
    (folder / "energy" / "b.docx").write_bytes(
        narrative_review(
            "Elektromontieris",
            mip="MIP saturs nav atbalstāms.",
            pke="PKE saturs ir atbalstāms un virzāms saskaņošanai.",
            expert="Jānis Bērziņš",
            date="2026. gada 5. februārī",
        )
    )
    (folder / "broken.docx").write_bytes(narrative_review()[:700])
    (folder / "~$a.docx").write_bytes(b"\x05Ilze " + b"\x00" * 150)
    (folder / "empty.docx").write_bytes(b"")
    (folder / "notes.txt").write_text("Zvanīt Jānim otrdien.", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def nlp():
    """Return the built pipeline from models/lv_reviews (cached per process)."""
    from pipeline.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def register():
    """Return the bundled qualification register."""
    from pipeline.config import DEFAULT_REGISTER
    from pipeline.register import load_register

    return load_register(DEFAULT_REGISTER)
