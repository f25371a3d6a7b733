"""Every real-world .docx in shared/corpus/real is read or reported, and loses no text.

The files are read in place (never copied into the repository).  For each
file python-docx can open, the reader's text must contain every word of
python-docx's paragraphs and table cells (python-docx drops tracked
insertions and content controls, so the reader is a superset), and no word
that exists only in deleted text (``w:delText``).
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pipeline.errors import ReadError
from pipeline.reader import read_path
from pipeline.records import PROBLEM_CODES

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
FILES = sorted(CORPUS.rglob("*.docx")) if CORPUS.is_dir() else []
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not FILES, reason=f"real corpus not found at {CORPUS}")]


def words(text: str) -> set[str]:
    """Return the normalised words of ``text`` (NFC, no soft hyphens or symbol-font characters)."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    text = re.sub("[\ue000-\uf8ff]", " ", text)
    return set(re.findall(r"\w+", text.lower()))


def python_docx_texts(path: Path) -> list[str] | None:
    """Return python-docx's body paragraph and table cell texts, or None if it cannot open the file."""
    import docx

    try:
        d = docx.Document(str(path))
    except Exception:
        return None
    out = [para.text for para in d.paragraphs]

    def cells(table, depth=0):
        for row in table.rows:
            for cell in row.cells:
                out.extend(para.text for para in cell.paragraphs)
                if depth < 20:
                    for inner in cell.tables:
                        cells(inner, depth + 1)

    try:
        for table in d.tables:
            cells(table)
        for section in d.sections:
            for hf in (section.header, section.footer):
                if hf.is_linked_to_previous:
                    continue
                out.extend(para.text for para in hf.paragraphs)
    except Exception:
        pass  # python-docx gives up on odd grids and headers; its body text is enough
    return out


def deleted_only_words(path: Path) -> set[str]:
    """Return words that appear in ``w:delText`` but nowhere in the document's visible text."""
    deleted, kept = set(), set()
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            try:
                root = etree.fromstring(zf.read(name), etree.XMLParser(resolve_entities=False, huge_tree=False))
            except etree.XMLSyntaxError:
                continue
            for el in root.iter(W + "delText", W + "t", W + "instrText"):
                (deleted if el.tag == W + "delText" else kept).update(words(el.text or ""))
    return deleted - kept


def reader_text(doc) -> str:
    parts = [b.text for b in (*doc.blocks, *doc.headers, *doc.notes)]
    parts += [c.text for c in doc.comments]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def results():
    out = {}
    for path in FILES:
        try:
            out[path] = read_path(path)
        except ReadError as exc:
            out[path] = exc
    return out


def test_every_file_yields_a_document_or_a_problem_code(results):
    assert len(results) == len(FILES)
    for path, result in results.items():
        if isinstance(result, ReadError):
            assert result.code in PROBLEM_CODES, path
        else:
            assert all(b.text.strip() or b.marks for b in result.blocks), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_reader_text_covers_python_docx_and_drops_deletions(results, path):
    result = results[path]
    expected = python_docx_texts(path)
    if isinstance(result, ReadError):
        assert expected is None, f"python-docx reads {path.name} but the reader said {result.code}"
        return
    ours = words(reader_text(result))
    if expected is not None:
        missing = words("\n".join(expected)) - ours
        assert not missing, f"reader misses python-docx words: {sorted(missing)[:20]}"
    leaked = deleted_only_words(path) & ours
    assert not leaked, f"deleted text leaked: {sorted(leaked)[:20]}"


def test_a_run_over_the_real_corpus_accounts_for_every_file(tmp_path):
    """None of these files is a review: each is still in the outputs, as a problem that says so."""
    import hostile

    from pipeline.config import DEFAULT_REGISTER
    from pipeline.run import run

    outcome = run(CORPUS, tmp_path / "out", DEFAULT_REGISTER, progress=False, use_cache=False)
    hostile.assert_accounted(CORPUS, tmp_path / "out", outcome)
    problems = hostile.read_contract_csv(tmp_path / "out" / "problems.csv")
    not_reviews = [p for p in problems if p["code"] == "no_verdict"]
    assert len(not_reviews) >= len(FILES) - 10  # a few may be refused outright (e.g. a broken package)
    assert all("MIP vai PKE" in p["message"] for p in not_reviews)
    assert not hostile.read_contract_csv(tmp_path / "out" / "verdicts.csv"), "no verdict read into a non-review"
