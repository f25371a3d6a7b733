"""The compiled walk (``pipeline/reader/_cwalk.pyx``) reads every document exactly as the Python walk does.

The Python methods of ``Walker`` are the reference; each test reads the same
file with the compiled walk and with ``FAST_WALK`` off and compares the whole
``ReviewDocument`` (every block's text, location, style, level, list label,
cell, marks and struck ranges, and the comments, headers and notes).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REAL_CORPUS, REPO
from docxfixtures import make_docx, p, r, tbl, tc
from hostile import XML_MUTATIONS, mutate_xml

from pipeline.errors import ReadError
from pipeline.reader import body, read_path

pytestmark = pytest.mark.skipif(not body.FAST_WALK and os.environ.get("REVIEWS_PURE_PYTHON"),
                                reason="the compiled walk is turned off (REVIEWS_PURE_PYTHON)")

#: Folders of review files the project keeps, read both ways.
CORPORA = [REPO / "tests" / "corpus", REPO / "tests" / "corpus_hand", REPO / "tests" / "heldout",
           REPO / "inputs" / "samples"]


def _read(path: Path, fast: bool, monkeypatch):
    monkeypatch.setattr(body, "FAST_WALK", fast)
    try:
        return read_path(path)
    except ReadError as exc:
        return ("ReadError", exc.code, exc.detail)


def assert_same(path: Path, monkeypatch) -> None:
    compiled, python = _read(path, True, monkeypatch), _read(path, False, monkeypatch)
    assert compiled == python, f"{path.name}: the compiled walk differs from the Python walk"


def test_compiled_walk_is_built_and_used():
    # `make install` builds it; a silent build failure would leave the reader on the slow path
    assert body.FAST_WALK, "pipeline/reader/_cwalk.pyx is not built for this lxml: run `make install`"


def test_pure_python_switch_turns_it_off():
    code = "from pipeline.reader import body; print(body.FAST_WALK)"
    env = {**os.environ, "REVIEWS_PURE_PYTHON": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _docx_files(*folders: Path) -> list[Path]:
    return [f for folder in folders if folder.is_dir() for f in sorted(folder.rglob("*.docx"))]


def test_same_blocks_on_the_labelled_corpora_and_samples(monkeypatch):
    files = _docx_files(*CORPORA)
    assert len(files) > 100
    for f in files:
        assert_same(f, monkeypatch)


@pytest.mark.skipif(not REAL_CORPUS.is_dir(), reason="shared/corpus/real is not beside the repository")
def test_same_blocks_on_the_real_world_corpus(monkeypatch):
    for f in sorted(x for x in REAL_CORPUS.rglob("*") if x.is_file()):
        assert_same(f, monkeypatch)


def test_same_blocks_on_mutated_reviews(tmp_path, monkeypatch):
    """Damaged structure (elements dropped, duplicated, swapped, moved inside others) walks alike."""
    rng = random.Random(7)
    seeds = _docx_files(REPO / "tests" / "corpus_hand")[:12]
    n = 0
    for seed in seeds:
        data = seed.read_bytes()
        for op in XML_MUTATIONS:
            for _ in range(2):
                _, mutated = mutate_xml(rng, data, op)
                path = tmp_path / f"m{n}.docx"
                path.write_bytes(mutated)
                assert_same(path, monkeypatch)
                n += 1
    assert n >= 200


STYLES = (
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Saraksts"><w:name w:val="Saraksts"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
)
NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)
SDT_CHECKBOX = (
    '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr>'
    '<w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>'
)
TEXTBOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData>'
    '<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Tekstlodziņā: MIP atbalstāms</w:t></w:r></w:p>'
    '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Tekstlodziņā: MIP atbalstāms</w:t>'
    '</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
)


def test_same_blocks_on_every_construct_the_walk_handles(tmp_path, monkeypatch):
    """One document with each structure the compiled walk decides itself or hands to Python."""
    body_xml = "".join([
        p("Atzinums", ppr='<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'),
        p("Ar izklāsta līmeni", ppr='<w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
        p("Dīvains līmenis", ppr='<w:pPr><w:outlineLvl w:val="x"/></w:pPr>'),
        p("Pirmais punkts", ppr='<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'),
        p("Stila saraksts", ppr='<w:pPr><w:pStyle w:val="Saraksts"/></w:pPr>'),
        p(r("Treknrakstā ", rpr="<w:b/><w:sz w:val=\"24\"/>"), r("un parasti")),
        p(r("Svītrots", rpr="<w:strike/>"), r(" paliek")),
        p(r("Nav svītrots", rpr='<w:strike w:val="0"/>')),
        p(r("\uf0fe", rpr='<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'), r(" Atbalstāms")),
        p('<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>', r(" Nav atbalstāms")),
        p(SDT_CHECKBOX, r(" Saturs ir atbalstāms")),
        p('<w:r><w:t>Cilne</w:t><w:tab/><w:t>un</w:t><w:br/><w:t>rinda</w:t><w:noBreakHyphen/></w:r>'),
        p('<w:ins w:id="1"><w:r><w:t>ievietots</w:t></w:r></w:ins>',
          '<w:del w:id="2"><w:r><w:delText>dzēsts</w:delText></w:r></w:del>'),
        p('<w:commentRangeStart w:id="0"/>', r("komentēts teksts"), '<w:commentRangeEnd w:id="0"/>'),
        p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK x </w:instrText></w:r>'),
        p(r("instrukcijās")),
        p('<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>rezultāts</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        p(TEXTBOX),
        p("ne\u00a0lauzta atstarpe un mīk\u00adstā"),
        p(""),
        '<w:sdt><w:sdtContent>' + p("Bloka satura vadīkla") + '</w:sdtContent></w:sdt>',
        '<w:customXml>' + p("Pielāgots XML") + '</w:customXml>',
        tbl(
            ["Saturs ir atbalstāms", "X"],
            [tc("Apvienots", tcpr='<w:gridSpan w:val="2"/>')],
            [tc("Vertikāli", tcpr='<w:vMerge w:val="restart"/>'), "V"],
            [tc("", tcpr="<w:vMerge/>"), tc("Nav atbalstāms")],
            ["Divas rindkopas", tc(p("x"), p("otra"))],
            ["Ligzdota", tc(tbl(["iekšā", "✓"]))],
        ),
        '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc("Pēc režģa") + '</w:tr>'
        '<w:tr><w:trPr><w:del w:id="9"/></w:trPr>' + tc("Dzēsta rinda") + '</w:tr>'
        '<w:sdt><w:sdtContent><w:tr>' + tc("Rinda vadīklā") + '<w:sdt><w:sdtContent>' + tc("Šūna vadīklā")
        + '</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>'
        '<w:customXml><w:tr>' + tc("Rinda XML") + '<w:customXml>' + tc("Šūna XML") + '</w:customXml>'
        + tc("Horizontāli", tcpr='<w:hMerge w:val="continue"/>') + '</w:tr></w:customXml></w:tbl>',
    ])
    comments = ('<w:comment w:id="0" w:author="Ilze" w:date="2026-03-12T10:00:00Z">'
                + p("Komentārs: jāprecizē") + "</w:comment>")
    path = tmp_path / "all.docx"
    path.write_bytes(make_docx(body_xml, styles=STYLES, numbering=NUMBERING, comments=comments,
                               headers=[p("Galvene") + tbl(["Galvenes šūna"])], footers=[p("Kājene")]))
    assert_same(path, monkeypatch)
    doc = _read(path, True, monkeypatch)
    texts = [b.text for b in doc.blocks]
    # what the walk must find, not only agree on
    assert "Tekstlodziņā: MIP atbalstāms" in texts and texts.count("Tekstlodziņā: MIP atbalstāms") == 1
    assert "Dzēsta rinda" not in texts and "Vertikāli" in texts and "Šūna vadīklā" in texts
    assert any(b.list_label == "1." for b in doc.blocks)
    assert next(b for b in doc.blocks if b.text == "Atzinums").heading_level == 2
    x = next(b for b in doc.blocks if b.text == "X")
    assert [m.kind for m in x.marks] == ["letter"]
    assert doc.comments[0].anchor_text == "komentēts teksts"

