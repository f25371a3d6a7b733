"""Reader features on documents built in code: text fidelity, tables, parts, marks."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docxfixtures import make_docx, p, r, tbl, tc

from pipeline.reader import read_path
from pipeline.records import CellRef, Mark


def read(tmp_path: Path, body: str = "", name: str = "doc.docx", **parts):
    """Write a package built from ``body`` and read it back."""
    path = tmp_path / name
    path.write_bytes(make_docx(body, **parts))
    return read_path(path)


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


# --- text fidelity ---------------------------------------------------------------


def test_runs_join_and_tracked_changes(tmp_path):
    body = p(
        r("MIP saturs "),
        '<w:del w:id="1" w:author="A"><w:r><w:delText>nav </w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="A"><w:r><w:t>ir </w:t></w:r></w:ins>',
        '<w:moveFrom w:id="3"><w:r><w:t>VECS</w:t></w:r></w:moveFrom>',
        '<w:moveTo w:id="4"><w:r><w:t>atbalstāms</w:t></w:r></w:moveTo>',
    )
    assert texts(read(tmp_path, body)) == ["MIP saturs ir atbalstāms"]


def test_wrappers_fields_and_special_characters(tmp_path):
    body = p(
        '<w:hyperlink r:id="x"><w:r><w:t>link</w:t></w:r></w:hyperlink>',
        '<w:smartTag w:uri="u" w:element="e"><w:r><w:t> smart</w:t></w:r></w:smartTag>',
        '<w:customXml w:element="c"><w:r><w:t> custom</w:t></w:r></w:customXml>',
        '<w:fldSimple w:instr=" DATE "><w:r><w:t> 12.03.2026</w:t></w:r></w:fldSimple>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 7</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:tab/><w:t>a</w:t><w:br/><w:t>b</w:t><w:cr/><w:t>c</w:t><w:noBreakHyphen/>'
        '<w:t>d</w:t><w:softHyphen/><w:t>e\u00a0f</w:t></w:r>',
        "<!-- a comment --><?pi x?>",
        r("Cafe\u0301"),
    )
    (block,) = read(tmp_path, body).blocks
    assert block.text == "link smart custom 12.03.2026 7\ta\nb\nc-de fCafé"
    assert "PAGE" not in block.text


def test_nested_field_instructions_hidden(tmp_path):
    body = p(
        '<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>IF </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>REF x</w:instrText>'
        '<w:fldChar w:fldCharType="separate"/><w:t>inner</w:t><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/><w:t>shown</w:t><w:fldChar w:fldCharType="end"/></w:r>',
    )
    assert texts(read(tmp_path, body)) == ["shown"]


def test_content_controls_at_every_level(tmp_path):
    sdt = '<w:sdt><w:sdtPr/><w:sdtContent>{}</w:sdtContent></w:sdt>'
    body = (
        sdt.format(p("block level"))
        + p(r("run "), sdt.format(r("level")))
        + "<w:tbl>" + sdt.format("<w:tr>" + tc("row level") + sdt.format(tc("cell level")) + "</w:tr>")
        + "</w:tbl>"
    )
    assert texts(read(tmp_path, body)) == ["block level", "run level", "row level", "cell level"]


def test_symbols_mapped_to_unicode(tmp_path):
    body = p(
        r("A "), '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>',
        r(" B "), '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>',
        r(" C "), '<w:r><w:sym w:font="Wingdings" w:char="F0FD"/></w:r>',
        r(" D "), r("\uf0fb"),
        r(" E "), r("\u00fe", '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'),
    )
    (block,) = read(tmp_path, body).blocks
    assert block.text == "A ☑ B ☐ C ☒ D ☒ E ☑"
    assert [(m.kind, m.checked, block.text[m.offset]) for m in block.marks] == [
        ("sym", True, "☑"), ("sym", False, "☐"), ("sym", True, "☒"), ("sym", True, "☒"), ("sym", True, "☑"),
    ]


# --- structure -----------------------------------------------------------------


def test_merged_cells_once_and_nested_tables_in_place(tmp_path):
    nested = tbl(["inner 1", "inner 2"])
    body = (
        p("before")
        + tbl(
            [tc("wide", tcpr='<w:gridSpan w:val="2"/>'), tc("down", tcpr='<w:vMerge w:val="restart"/>')],
            ["a", "b", tc(tcpr="<w:vMerge/>")],
            ["outer", tc("cell text", nested, "after nested"), "c"],
        )
        + p("after")
    )
    doc = read(tmp_path, body)
    assert texts(doc) == ["before", "wide", "down", "a", "b", "outer", "cell text", "inner 1", "inner 2",
                          "after nested", "c", "after"]
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["down"].cell == CellRef(1, 1, 3)
    assert by_text["down"].location == "table 1, row 1, cell 3"
    assert by_text["inner 2"].cell == CellRef(2, 1, 2, (1,))
    assert by_text["c"].cell == CellRef(1, 3, 3)
    assert by_text["after"].location == "paragraph 2"


def test_python_docx_merged_cells_appear_once(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "merged across"
    t.cell(0, 2).merge(t.cell(1, 2)).text = "merged down"
    t.cell(1, 0).text = "x1"
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "m.docx"
    path.write_bytes(buf.getvalue())
    doc = read_path(path)
    assert texts(doc).count("merged across") == 1
    assert texts(doc).count("merged down") == 1


def test_text_box_read_once_from_choice(tmp_path):
    box = '<w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent>'
    body = p(
        r("anchor"),
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>",
    ) + p(r("vml only"), f"<w:r><w:pict><v:shape><v:textbox>{box.replace('boxed', 'old')}</v:textbox>"
                         "</v:shape></w:pict></w:r>")
    doc = read(tmp_path, body)
    assert texts(doc) == ["anchor", "boxed", "vml only", "old"]
    assert [(b.part, b.location) for b in doc.blocks[1::2]] == [("textbox", "text box 1"), ("textbox", "text box 2")]


def test_styles_headings_and_lists(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Virsraksts 2"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Body"/></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    )

    def num(n, lvl=0):
        return f'<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{n}"/></w:numPr></w:pPr>'

    body = (
        p("Title", ppr='<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>')
        + p("Sub", ppr='<w:pPr><w:pStyle w:val="a3"/></w:pPr>')
        + p("Outline", ppr='<w:pPr><w:pStyle w:val="Plain"/><w:outlineLvl w:val="2"/></w:pPr>')
        + p("one", ppr=num(1)) + p("two", ppr=num(1)) + p("two a", ppr=num(1, 1))
        + p("three", ppr=num(1)) + p("dot", ppr=num(2)) + p("unknown", ppr=num(9))
    )
    doc = read(tmp_path, body, styles=styles, numbering=numbering)
    got = [(b.text, b.style, b.heading_level, b.list_label) for b in doc.blocks]
    assert got == [
        ("Title", "heading 1", 1, None),
        ("Sub", "Virsraksts 2", 2, None),
        ("Outline", "Body", 3, None),
        ("one", None, None, "1)"),
        ("two", None, None, "2)"),
        ("two a", None, None, "2.a."),
        ("three", None, None, "3)"),
        ("dot", None, None, "•"),
        ("unknown", None, None, "list:9:0"),
    ]


def test_headers_notes_comments_and_core(tmp_path):
    body = p(
        r("Before "),
        '<w:commentRangeStart w:id="5"/>', r("anchored words"), '<w:commentRangeEnd w:id="5"/>',
        '<w:r><w:commentReference w:id="5"/></w:r>',
        '<w:r><w:footnoteReference w:id="1"/></w:r>',
    )
    doc = read(
        tmp_path, body,
        headers=[p("Ekspertīzes atzinums")], footers=[p("lapa 1")],
        footnotes='<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:id="1">' + p("A footnote") + "</w:footnote>",
        endnotes='<w:endnote w:id="1">' + p("An endnote") + "</w:endnote>",
        comments='<w:comment w:id="5" w:author="Ilze" w:date="2026-03-12T10:00:00Z">'
                 + p("Nav atbalstāms") + "</w:comment>",
        core={"title": "Atzinums", "author": "Ilze Kalniņa", "created": "2026-03-12T09:00:00Z",
              "modified": "2026-03-13T09:00:00Z"},
    )
    assert texts(doc) == ["Before anchored words"]
    assert [(b.text, b.part, b.location) for b in doc.headers] == [
        ("Ekspertīzes atzinums", "header", "header 1"), ("lapa 1", "footer", "footer 1")]
    assert [(b.text, b.location) for b in doc.notes] == [("A footnote", "footnote 1"), ("An endnote", "endnote 1")]
    (c,) = doc.comments
    assert (c.id, c.author, c.date, c.text, c.anchor_text, c.location) == (
        "5", "Ilze", "2026-03-12T10:00:00Z", "Nav atbalstāms", "anchored words", "comment 1")
    assert (doc.title, doc.author, doc.created, doc.modified) == (
        "Atzinums", "Ilze Kalniņa", "2026-03-12T09:00:00Z", "2026-03-13T09:00:00Z")


def test_python_docx_document(tmp_path):
    d = docx.Document()
    d.add_heading("Atzinums", 1)
    d.add_paragraph("Saraksts", style="List Number")
    d.sections[0].header.paragraphs[0].text = "Galvene"
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "pd.docx"
    path.write_bytes(buf.getvalue())
    doc = read_path(path)
    assert [(b.text, b.style, b.heading_level) for b in doc.blocks][0] == ("Atzinums", "heading 1", 1)
    assert doc.blocks[1].list_label is not None
    assert [b.text for b in doc.headers] == ["Galvene"]


# --- marks -------------------------------------------------------------------------


def test_glyph_marks_typed_as_text(tmp_path):
    body = p(r("☒", '<w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/>'), r(" atbalstāms ☐ nav ✓ □ ■ ✔ ☑"))
    (block,) = read(tmp_path, body).blocks
    assert [(m.kind, m.checked, block.text[m.offset]) for m in block.marks] == [
        ("glyph", True, "☒"), ("glyph", False, "☐"), ("glyph", True, "✓"), ("glyph", False, "□"),
        ("glyph", True, "■"), ("glyph", True, "✔"), ("glyph", True, "☑")]


@pytest.mark.parametrize(("checked_xml", "shown", "expected"), [
    ('<w14:checked w14:val="1"/>', "☒", True),
    ('<w14:checked w14:val="0"/>', "☐", False),
    ('<w14:checked w14:val="true"/>', "☒", True),
    ('<w14:checked w14:val="false"/>', "☐", False),
    ('<w14:checked w14:val="1"/>', "", True),
])
def test_content_control_checkbox(tmp_path, checked_xml, shown, expected):
    content = r(shown, '<w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/>') if shown else ""
    sdt = (f'<w:sdt><w:sdtPr><w14:checkbox>{checked_xml}<w14:checkedState w14:val="2612"/>'
           f'<w14:uncheckedState w14:val="2610"/></w14:checkbox></w:sdtPr><w:sdtContent>{content}'
           "</w:sdtContent></w:sdt>")
    (block,) = read(tmp_path, p(r("Atbalstāms "), sdt)).blocks
    assert block.marks == (Mark("sdt", expected, block.marks[0].offset),)
    assert block.text[block.marks[0].offset] in "☒☐"
    assert block.text.startswith("Atbalstāms ")


@pytest.mark.parametrize(("ffdata", "expected"), [
    ('<w:checkBox><w:default w:val="1"/></w:checkBox>', True),
    ('<w:checkBox><w:default w:val="0"/></w:checkBox>', False),
    ('<w:checkBox><w:default w:val="0"/><w:checked/></w:checkBox>', True),
    ('<w:checkBox><w:default w:val="1"/><w:checked w:val="0"/></w:checkBox>', False),
    ('<w:checkBox><w:default w:val="false"/><w:checked w:val="true"/></w:checkBox>', True),
])
def test_legacy_form_checkbox(tmp_path, ffdata, expected):
    body = p(
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="C1"/>{ffdata}</w:ffData></w:fldChar></w:r>',
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        r(" saturs ir atbalstāms"),
    )
    (block,) = read(tmp_path, body).blocks
    glyph = "☒" if expected else "☐"
    assert block.text == f"{glyph} saturs ir atbalstāms"
    assert block.marks == (Mark("formfield", expected, 0),)


def test_letter_marks_in_cells(tmp_path):
    body = tbl(["Atbalstāms", " X "], ["Nav atbalstāms", ""], ["Ar precizējumiem", "v"], ["Cits", "✓"],
               ["Teksts", "X un vēl"])
    blocks = read(tmp_path, body).blocks
    marked = {b.text: b.marks for b in blocks if b.marks}
    assert marked == {" X ": (Mark("letter", True, 1),), "v": (Mark("letter", True, 0),),
                      "✓": (Mark("letter", True, 0),)}


def test_strikethrough_ranges(tmp_path):
    body = p(r("atbalstāms", "<w:strike/>"), r(" / "), r("nav", '<w:dstrike w:val="1"/>'),
             r(" atbalstāms", '<w:strike w:val="1"/>'), r(" ok", '<w:strike w:val="0"/>'),
             r(" fine", '<w:strike w:val="false"/>'))
    (block,) = read(tmp_path, body).blocks
    assert block.struck == ((0, 10), (13, 27))
    assert block.text[13:27] == "nav atbalstāms"


# --- formats -----------------------------------------------------------------------


def test_strict_ooxml(tmp_path):
    doc = read(tmp_path, p("Strict text") + tbl(["a", "b"]), strict=True,
               styles='<w:style w:styleId="H"><w:name w:val="heading 2"/></w:style>')
    assert texts(doc) == ["Strict text", "a", "b"]


def test_renamed_main_part(tmp_path):
    doc = read(tmp_path, p("renamed"), main="word/document2.xml", comments="")
    assert texts(doc) == ["renamed"]


@pytest.mark.parametrize(("ct", "fmt"), [
    ("application/vnd.ms-word.document.macroEnabled.main+xml", "docm"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", "dotx"),
])
def test_docm_and_dotx(tmp_path, ct, fmt):
    doc = read(tmp_path, p("macro free"), main_type=ct, name=f"x.{fmt}")
    assert texts(doc) == ["macro free"]
    assert doc.source_format == fmt


def test_read_path_from_bytes_already_read_matches_reading_the_file(tmp_path: Path):
    body = p(r("Atzinums")) + tbl(["Kvalifikācija", "Elektriķis"])
    path = tmp_path / "doc.docx"
    path.write_bytes(make_docx(body))
    assert read_path(path, data=path.read_bytes()) == read_path(path)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(Exception) as from_file:
        read_path(bad)
    with pytest.raises(Exception) as from_bytes:
        read_path(bad, data=bad.read_bytes())
    assert (from_file.value.code, type(from_file.value)) == (from_bytes.value.code, type(from_bytes.value))
