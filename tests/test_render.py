"""Render summary.xlsx and report.docx with LibreOffice: they open and lay out without errors."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_report import REGISTER, seed_results

from pipeline.outputs import write_outputs
from pipeline.records import RunInfo

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not on PATH"),
]


def to_pdf(path: Path, tmp_path: Path) -> Path:
    """Convert ``path`` to PDF with a throwaway LibreOffice profile; return the PDF."""
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "pdf" / (path.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice did not render {path.name}"
    return pdf


def pdf_text(pdf: Path) -> str:
    """Return the text of ``pdf`` (pdftotext when present, else the raw bytes)."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
    return pdf.read_bytes().decode("latin-1")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("render")
    run = RunInfo(started="2026-04-02T09:30:00", input_dir=str(tmp / "in"), output_dir=str(tmp / "out"),
                  version="test", files=15)
    written = write_outputs(seed_results(), tmp / "out", REGISTER, run)
    return {name: to_pdf(written.paths[name], tmp) for name in ("summary.xlsx", "report.docx")}


def test_summary_renders_every_sheet(rendered):
    text = pdf_text(rendered["summary.xlsx"])
    for heading in ("Kvalifikācija", "Pamatojums", "Ieteikums", "Nozare", "Kas jādara", "Rādītājs"):
        assert heading in text
    assert "motorzāģa operators" in text and "pabeigta" in text


def test_report_renders_with_the_seed_wording(rendered):
    text = " ".join(pdf_text(rendered["report.docx"]).split())
    assert "Līdz 2026.gada 31.martam pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:" in text
    assert "1) kokrūpniecības nozarē:" in text
