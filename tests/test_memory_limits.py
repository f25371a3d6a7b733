"""Memory is bounded by what is parsed, not by file size.

The limits count the XML elements and the text reading expands, a part once for
every reference to it; each worker also has a hard memory ceiling.  The hostile
files are built small and the limits scaled down to match, so the tests run fast;
the full-size cases are measured by hand (docs/, issue 19).
"""

from __future__ import annotations

import resource

import hostile
import pytest
from conftest import narrative_review

from pipeline import pool
from pipeline.config import DEFAULT_REGISTER, Limits
from pipeline.errors import ReadError
from pipeline.reader import read_path
from pipeline.run import run

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER_PARAGRAPHS = 2_000
HEADER_TEXT = "Galvene ar garu tekstu, kas atkārtojas katrā lappusē"


def amplified_header(references: int = 3) -> bytes:
    """Return a small .docx whose one large header part is referenced ``references`` times."""
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{hostile.W_NS}">'
              + hostile.paragraphs(*(f"{HEADER_TEXT} {i}" for i in range(HEADER_PARAGRAPHS))) + "</w:hdr>").encode()
    kinds = ("default", "first", "even")[:references]
    sect = "".join(f'<w:headerReference w:type="{kind}" r:id="rIdH{i}"/>' for i, kind in enumerate(kinds))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{hostile.W_NS}" xmlns:r="{R_NS}"><w:body>'
                + hostile.paragraphs("Ekspertīzes atzinums", "MIP saturs ir atbalstāms.")
                + f"<w:sectPr>{sect}</w:sectPr></w:body></w:document>").encode()
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rIdH{i}" Target="header1.xml" Type="{R_NS}/header"/>'
                      for i in range(references))
            + "</Relationships>").encode()
    return hostile.package(document, {"word/_rels/document.xml.rels": rels, "word/header1.xml": header})


def empty_paragraphs(count: int) -> bytes:
    """Return a .docx of ``count`` empty paragraphs: next to no text, very many elements."""
    return hostile.package(hostile.document_xml("<w:p/>" * count))


def refusal(path, limits: Limits) -> str:
    with pytest.raises(ReadError) as info:
        read_path(path, limits)
    assert info.value.code == "too_large"
    return info.value.detail


def test_a_header_counts_once_for_each_reference(tmp_path):
    once, thrice = tmp_path / "once.docx", tmp_path / "thrice.docx"
    once.write_bytes(amplified_header(1))
    thrice.write_bytes(amplified_header(3))
    tags_per_reference = 6 * HEADER_PARAGRAPHS  # <w:p><w:r><w:t> and their end tags
    limits = Limits(max_elements=2 * tags_per_reference)  # one reference fits, three do not
    assert len(read_path(once, limits).headers) == HEADER_PARAGRAPHS
    detail = refusal(thrice, limits)
    assert "word/header1.xml" in detail and "each time it is referenced" in detail
    # within the limits, each reference still gives its own blocks, as before
    doc = read_path(thrice, Limits())
    assert len(doc.headers) == 3 * HEADER_PARAGRAPHS
    assert doc.headers[0].location == "header 1" and doc.headers[-1].location == "header 3"


def test_the_text_of_a_header_counts_once_for_each_reference(tmp_path):
    path = tmp_path / "thrice.docx"
    path.write_bytes(amplified_header(3))
    one_copy = sum(len(f"{HEADER_TEXT} {i}") for i in range(HEADER_PARAGRAPHS))
    limits = Limits(max_text_chars=2 * one_copy)
    assert "characters of text" in refusal(path, limits)
    assert read_path(path, Limits(max_text_chars=4 * one_copy)).headers


def test_many_empty_paragraphs_are_refused_before_they_are_parsed(tmp_path):
    path = tmp_path / "empty_paragraphs.docx"
    path.write_bytes(empty_paragraphs(50_000))  # 300 kB of XML, a few hundred bytes zipped
    assert "XML elements" in refusal(path, Limits(max_elements=40_000, max_ratio=10**6))
    assert read_path(path, Limits(max_elements=60_000, max_ratio=10**6)).blocks == ()


def test_text_copied_into_open_comment_ranges_counts(tmp_path):
    """Every open comment range keeps a copy of the text after it: a thousand of them is a thousand copies."""
    starts = "".join(f'<w:commentRangeStart w:id="{i}"/>' for i in range(1_000))
    body = f"<w:p>{starts}<w:r><w:t>Sākums</w:t></w:r></w:p>" + hostile.paragraphs(*(["Teksts " * 10] * 40))
    path = tmp_path / "anchors.docx"
    path.write_bytes(hostile.package(hostile.document_xml(body)))
    assert "characters of text" in refusal(path, Limits(max_text_chars=1_000_000))
    assert len(read_path(path, Limits()).blocks) == 41  # 2.8 million characters: within the default


def test_the_worker_memory_ceiling_makes_one_file_too_large_and_the_batch_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(pool, "START_METHOD", "fork")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.docx").write_bytes(narrative_review("Mēbeļu galdnieks"))
    # two million elements: a tree of several hundred MB, from a file of a few kB
    (folder / "b.docx").write_bytes(empty_paragraphs(2_000_000))
    (folder / "c.docx").write_bytes(narrative_review("Elektromontieris"))
    limits = Limits(max_elements=10**9, max_ratio=10**9, worker_memory_bytes=128 * 1024 * 1024)
    ceiling_here = resource.getrlimit(resource.RLIMIT_AS)
    outcome = run(folder, tmp_path / "out", DEFAULT_REGISTER, jobs=1, use_cache=False, progress=False,
                  limits=limits)
    by_file = {r.file: [p.code for p in r.problems] for r in outcome.results}
    assert by_file == {"a.docx": [], "b.docx": ["too_large"], "c.docx": []}
    assert "out of memory" in outcome.results[1].problems[0].detail
    assert {v.file for r in outcome.results for v in r.verdicts} == {"a.docx", "c.docx"}
    assert resource.getrlimit(resource.RLIMIT_AS) == ceiling_here  # set in the worker only


def test_limits_from_the_environment(monkeypatch):
    monkeypatch.setenv("REVIEWS_MAX_ELEMENTS", "5000")
    monkeypatch.setenv("REVIEWS_MAX_TEXT_CHARS", "7000")
    monkeypatch.setenv("REVIEWS_WORKER_MEMORY_BYTES", "268435456")
    limits = Limits.from_env()
    assert (limits.max_elements, limits.max_text_chars, limits.worker_memory_bytes) == (5000, 7000, 268435456)
