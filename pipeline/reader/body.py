"""Walk WordprocessingML block content into ``Block`` records in reading order.

The walker visits elements itself (no python-docx): paragraphs, tables
(merged cells once, nested tables in place), content controls, text boxes
(DrawingML choice only, never the VML fallback twice), tracked changes
(insertions kept, deletions dropped) and fields (result text only).

Longer than 500 lines on purpose: it is the one walker of WordprocessingML (paragraphs, runs, fields,
content controls, tables, text boxes), and a split would scatter one recursive walk over modules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from lxml import etree

from pipeline.errors import ReadError
from pipeline.reader import marks as mk
from pipeline.reader.styles import Numbering, Styles, heading_level, numbering_of
from pipeline.reader.xmlparse import W_NS
from pipeline.records import Block, CellRef, Mark

W = f"{{{W_NS}}}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

P, R, T, TBL, TR, TC = W + "p", W + "r", W + "t", W + "tbl", W + "tr", W + "tc"
PPR, RPR, TCPR, TRPR = W + "pPr", W + "rPr", W + "tcPr", W + "trPr"
SDT, SDTPR, SDTCONTENT = W + "sdt", W + "sdtPr", W + "sdtContent"
VAL = W + "val"
TXBX = W + "txbxContent"
ALTERNATE, CHOICE, FALLBACK = MC + "AlternateContent", MC + "Choice", MC + "Fallback"

#: Inline wrappers whose runs are current text.
_INLINE_WRAPPERS = frozenset(
    W + n for n in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")
)
#: Inline wrappers whose runs are gone (tracked deletions and moves away).
_DROPPED = frozenset(W + n for n in ("del", "moveFrom"))
#: Block-level wrappers whose children are blocks.
_BLOCK_WRAPPERS = frozenset({W + "customXml", W + "ins", W + "moveTo"})
#: Run children that hold drawings which may carry text boxes.
_DRAWINGS = frozenset({W + "drawing", W + "pict", W + "object", ALTERNATE})
_SIMPLE_TEXT = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_STRIKES = frozenset({W + "strike", W + "dstrike"})
#: Run formats that set a chosen option apart ("vajadzīgo pasvītrot", "iezīmēt treknrakstā").
BOLD, UNDERLINE, HIGHLIGHT = W + "b", W + "u", W + "highlight"
RFONTS = W + "rFonts"
PSTYLE, OUTLINE, NUMPR = W + "pStyle", W + "outlineLvl", W + "numPr"
GRID_BEFORE, GRID_SPAN, VMERGE, HMERGE = W + "gridBefore", W + "gridSpan", W + "vMerge", W + "hMerge"
SYM, FLDCHAR, INSTR = W + "sym", W + "fldChar", W + "instrText"
COMMENT_START, COMMENT_END, W_ID = W + "commentRangeStart", W + "commentRangeEnd", W + "id"
OMATH, OMATH_PARA = M + "oMath", M + "oMathPara"
DEL, CUSTOM_XML = W + "del", W + "customXml"
_ROW_WRAPPERS = (SDT, CUSTOM_XML)
#: Paragraph children that ``Walker.inline`` reads other than runs (the rest it skips).
_INLINE_SPECIAL = _INLINE_WRAPPERS | {SDT, COMMENT_START, COMMENT_END, ALTERNATE, OMATH, OMATH_PARA}
#: Run children that ``Walker.run`` reads other than text, tabs, breaks and run properties.
_RUN_SPECIAL = _DRAWINGS | {SYM, FLDCHAR, INSTR}
_FONT_ATTRS = (W + "ascii", W + "hAnsi", W + "cs", W + "eastAsia")
#: Characters that make run text need more than appending: symbol-font private use
#: (mapped), no-break and soft hyphens (cleaned) and checkbox glyphs (marked).
_SPECIAL = re.compile("[\u00a0\u00ad\uf000-\uf0ff" + "".join(mk.GLYPHS) + "]")


@dataclass(slots=True)
class Ctx:
    """Where blocks being walked go: part name, fixed location or body numbering, cell."""

    part: str
    where: str | None = None
    prefix: str = ""
    cell: CellRef | None = None


@dataclass(slots=True)
class Para:
    """Text of one paragraph being built, with its marks and struck ranges."""

    pieces: list[str] = field(default_factory=list)
    length: int = 0
    marks: list[Mark] = field(default_factory=list)
    struck: list[list[int]] = field(default_factory=list)
    emphasized: list[list[int]] = field(default_factory=list)
    quiet: int = 0  # > 0 inside a checkbox content control: its own mark replaces glyph marks

    def text(self) -> str:
        """Return the text built so far."""
        return "".join(self.pieces)


@dataclass(slots=True)
class Field:
    """A complex field being read: in its instructions or in its result."""

    in_result: bool = False
    instr: str = ""
    glyph_done: bool = False


def _plain_run_text(s: str) -> str:
    """Return run text with no-break spaces as spaces, soft hyphens dropped, in NFC."""
    if s.isascii():
        return s
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


class Walker:
    """Turn the block content of one part into ``Block`` records."""

    def __init__(self, styles: Styles, numbering: Numbering, max_depth: int = 256,
                 max_text_chars: int | None = None) -> None:
        self.styles = styles
        self.numbering = numbering
        self.max_depth = max_depth
        self.max_text_chars = max_text_chars
        self.text_chars = 0  # characters of text read so far, each copy counted
        self.blocks: list[Block] = []
        self.tables = 0
        self.textboxes = 0
        self.paragraphs = 0
        self.fields: list[Field] = []
        self.in_instr = False
        self.anchors: dict[str, list[str]] = {}
        self.anchor_text: dict[str, str] = {}

    # --- blocks --------------------------------------------------------------

    def walk(self, container: etree._Element, ctx: Ctx) -> list[Block]:
        """Walk ``container`` and return the blocks it produced."""
        start = len(self.blocks)
        self.fields, self.in_instr = [], False
        self.container(container, ctx, 0)
        return self.blocks[start:]

    def container(self, el: etree._Element, ctx: Ctx, depth: int) -> None:
        """Walk the block-level children of ``el`` (body, cell, text box, note, ...)."""
        if depth > self.max_depth:
            raise ReadError("corrupt", f"content nested deeper than {self.max_depth}")
        for child in el:
            tag = child.tag
            if tag == P:
                self.paragraph(child, ctx, depth)
            elif tag == TBL:
                self.table(child, ctx, depth + 1)
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self.container(content, ctx, depth + 1)
            elif tag in _BLOCK_WRAPPERS:
                self.container(child, ctx, depth + 1)

    def paragraph(self, p: etree._Element, ctx: Ctx, depth: int) -> None:
        """Read one ``w:p`` into a block, then the text boxes anchored in it."""
        style_id = outline = num = None
        ppr, text, emphasized = (None, None, ()) if self.in_instr else _plain_text(p)
        if text is None and ppr is None:  # the scan may have stopped before the properties
            ppr = _first_child(p, PPR)
        if ppr is not None:
            props = _first_of_each(ppr)
            ps, ol, numpr = props.get(PSTYLE), props.get(OUTLINE), props.get(NUMPR)
            style_id = ps.get(VAL) if ps is not None else None
            if ol is not None and (ol.get(VAL) or "").isdigit():
                outline = int(ol.get(VAL))
            if numpr is not None:
                num = numbering_of(ppr)
        style = self.styles.get(style_id) if style_id else None
        if num is None and style is not None:
            num = style.num
        label = self.numbering.label(*num) if num else None
        anchors = self.anchors
        if text is not None:  # the common case: nothing to mark, strike or look into
            marks = struck = boxes = ()
            for pieces in anchors.values():
                pieces.append(text)
        else:
            buf = Para()
            boxes = []
            self.inline(p, buf, boxes)
            text, marks, struck = buf.text(), tuple(buf.marks), tuple(map(tuple, buf.struck))
            emphasized = tuple(map(tuple, buf.emphasized))
        for pieces in anchors.values():
            pieces.append("\n")
        self._count_text(len(text) * (1 + len(anchors)))
        if marks or text.strip():
            if ctx.where is None:
                self.paragraphs += 1
                location = f"paragraph {self.paragraphs}"
            else:
                location = ctx.where
            level = heading_level(style_id, style, outline)
            blocks = self.blocks
            blocks.append(
                Block(text, location, ctx.part, len(blocks), style.name if style else style_id, level, label,
                      ctx.cell, marks, struck, emphasized)
            )
        for box in boxes:
            self.textboxes += 1
            where = f"text box {self.textboxes}"
            if ctx.part != "body":
                where = f"{ctx.prefix or ctx.where or ctx.part}, {where}".replace(", , ", ", ")
            part = "textbox" if ctx.part == "body" else ctx.part
            self.container(box, Ctx(part, where, where + ", "), depth + 1)

    def _count_text(self, chars: int) -> None:
        """Add ``chars`` to the text read (a paragraph, and its copy in every open comment range)."""
        self.text_chars += chars
        if self.max_text_chars is not None and self.text_chars > self.max_text_chars:
            raise ReadError("too_large", f"over {self.max_text_chars} characters of text in all the parts read "
                                         "(a part counts each time it is referenced)")

    def table(self, tbl: etree._Element, ctx: Ctx, depth: int) -> None:
        """Read a table: one block per cell paragraph, merged cells once, nested tables in place."""
        if depth > self.max_depth:
            raise ReadError("corrupt", f"tables nested deeper than {self.max_depth}")
        self.tables += 1
        number = self.tables
        path = (*ctx.cell.path, ctx.cell.table) if ctx.cell is not None else ()
        for r, (tr, trpr) in enumerate(_rows(tbl), start=1):
            col = 1
            if trpr is not None:
                before = trpr.get(GRID_BEFORE)
                if before is not None and (before.get(VAL) or "").isdigit():
                    col += int(before.get(VAL))
            for tc in _cells(tr):
                span, merged = _cell_layout(tc)
                if not merged:
                    where = f"{ctx.prefix}table {number}, row {r}, cell {col}"
                    first = len(self.blocks)
                    self.container(tc, Ctx(ctx.part, where, ctx.prefix, CellRef(number, r, col, path)), depth)
                    last = len(self.blocks) - 1
                    # the usual cell, one block of text that is not a lone letter, needs no look
                    if last != first or self.blocks[first].text.strip() in mk.LETTERS:
                        self._letter_mark(first)
                col += span

    def _letter_mark(self, first: int) -> None:
        """Mark a cell whose whole text is a lone X, V or ✓ as a chosen option."""
        blocks = self.blocks
        if len(blocks) == first + 1:  # the usual cell: one block
            i = first
        else:  # each cell has its own CellRef object, shared by all the blocks read in it
            own = [i for i in range(first, len(blocks)) if blocks[i].cell is blocks[first].cell]
            if len(own) != 1:
                return
            i = own[0]
        block = blocks[i]
        letter = block.text.strip()
        if letter in mk.LETTERS:
            offset = block.text.index(letter)
            others = tuple(m for m in block.marks if m.offset != offset)
            blocks[i] = replace(block, marks=(*others, Mark("letter", True, offset)))

    # --- inline content ------------------------------------------------------

    def inline(self, el: etree._Element, buf: Para, boxes: list) -> None:
        """Read the inline children of a paragraph (or of a wrapper inside it).

        A child it handles other than runs and dropped content must be in ``_INLINE_SPECIAL``.
        """
        for child in el:
            tag = child.tag
            if tag == R:
                self.run(child, buf, boxes)
            elif tag in _INLINE_WRAPPERS:
                self.inline(child, buf, boxes)
            elif tag in _DROPPED:
                continue
            elif tag == SDT:
                self.inline_sdt(child, buf, boxes)
            elif tag == COMMENT_START:
                self.anchors.setdefault(child.get(W_ID) or "", [])
            elif tag == COMMENT_END:
                cid = child.get(W_ID) or ""
                if cid in self.anchors:
                    self.anchor_text[cid] = " ".join("".join(self.anchors.pop(cid)).split())
            elif tag == ALTERNATE:
                chosen = child.find(CHOICE)
                self.inline(chosen if chosen is not None else _fallback(child), buf, boxes)
            elif tag == OMATH or tag == OMATH_PARA:
                if not self.in_instr:
                    self.emit(buf, "".join(t.text or "" for t in child.iter(M + "t")))

    def inline_sdt(self, sdt: etree._Element, buf: Para, boxes: list) -> None:
        """Read a run-level content control; a checkbox gives one ``sdt`` mark and a glyph."""
        content = sdt.find(SDTCONTENT)
        pr = sdt.find(SDTPR)
        box = pr.find(W14 + "checkbox") if pr is not None else None
        if box is None:
            if content is not None:
                self.inline(content, buf, boxes)
            return
        checked_el = box.find(W14 + "checked")
        checked = checked_el is not None and mk.on_off(checked_el.get(W14 + "val"))
        start = buf.length
        buf.quiet += 1
        if content is not None:
            self.inline(content, buf, boxes)
        buf.quiet -= 1
        shown = mk.GLYPH_RE.search(buf.text()[start:]) if buf.length > start else None
        if shown is not None:
            offset = start + shown.start()
        else:
            offset = buf.length
            self.emit(buf, mk.CHECKED if checked else mk.UNCHECKED, quiet_mark=True)
        buf.marks.append(Mark("sdt", checked, offset))

    def run(self, r: etree._Element, buf: Para, boxes: list) -> None:
        """Read one ``w:r``: text, tabs, breaks, symbols, field characters, drawings.

        A child it handles other than text, tabs, breaks and ``w:rPr`` must be in ``_RUN_SPECIAL``.
        """
        strike = emphasis = False
        table = None
        for child in r:
            tag = child.tag
            if tag == T:
                text = child.text
                if text and not self.in_instr:
                    start = buf.length
                    self.emit(buf, text, strike, table)
                    if emphasis:
                        _extend(buf.emphasized, start, buf.length)
            elif tag == RPR:
                strike, table, emphasis = _run_format(child)
            elif tag in _SIMPLE_TEXT:
                if not self.in_instr:
                    self.emit(buf, _SIMPLE_TEXT[tag], strike)
            elif tag == SYM:
                if not self.in_instr:
                    self.symbol(child, buf, strike)
            elif tag == FLDCHAR:
                self.field_char(child, buf)
            elif tag == INSTR:
                if self.fields:
                    self.fields[-1].instr += child.text or ""
            elif tag in _DRAWINGS:
                boxes.extend(_text_boxes(child))

    def symbol(self, sym: etree._Element, buf: Para, strike: bool) -> None:
        """Read a ``w:sym`` (a symbol-font character) as Unicode with a ``sym`` mark."""
        try:
            code = int(sym.get(W + "char") or "", 16)
        except ValueError:
            return
        glyph = mk.map_symbol_char(code, mk.symbol_table(sym.get(W + "font")))
        if glyph is None:
            return
        offset = buf.length
        self.emit(buf, glyph, strike, quiet_mark=True)
        if glyph in mk.SYM_MARKS and not buf.quiet:
            buf.marks.append(Mark("sym", mk.SYM_MARKS[glyph], offset))

    def field_char(self, fc: etree._Element, buf: Para) -> None:
        """Track complex fields; show only results, and a glyph for a legacy checkbox."""
        kind = fc.get(W + "fldCharType")
        if kind == "begin":
            f = Field()
            box = fc.find(f"{W}ffData/{W}checkBox")
            if box is not None and not self.in_instr:
                checked_el = box.find(W + "checked")
                if checked_el is None:
                    checked_el = box.find(W + "default")
                checked = checked_el is not None and mk.on_off(checked_el.get(VAL))
                self._form_checkbox(buf, checked)
                f.glyph_done = True
            self.fields.append(f)
        elif kind == "separate" and self.fields:
            self.fields[-1].in_result = True
        elif kind == "end" and self.fields:
            f = self.fields.pop()
            if not f.glyph_done and "FORMCHECKBOX" in f.instr and not self.in_instr_after_pop():
                self._form_checkbox(buf, False)
        self.in_instr = any(not f.in_result for f in self.fields)

    def in_instr_after_pop(self) -> bool:
        """Return True when the fields still open are in their instructions."""
        return any(not f.in_result for f in self.fields)

    def _form_checkbox(self, buf: Para, checked: bool) -> None:
        offset = buf.length
        self.emit(buf, mk.CHECKED if checked else mk.UNCHECKED, quiet_mark=True)
        buf.marks.append(Mark("formfield", checked, offset))

    def emit(self, buf: Para, s: str, strike: bool = False, table: dict | None = None,
             quiet_mark: bool = False) -> None:
        """Append text to the paragraph, recording glyph marks and struck ranges."""
        if table is not None or not (s.isascii() or _plain(s)):
            s = _prepare(buf, s, table, quiet_mark)
        if not s:
            return
        start = buf.length
        buf.pieces.append(s)
        buf.length = start + len(s)
        if strike:
            _extend(buf.struck, start, buf.length)
        if self.anchors:
            for pieces in self.anchors.values():
                pieces.append(s)


def _extend(ranges: list[list[int]], start: int, end: int) -> None:
    """Add ``[start, end)`` to ``ranges``, joined to the last range when they touch."""
    if ranges and ranges[-1][1] == start:
        ranges[-1][1] = end
    else:
        ranges.append([start, end])


def _plain_text(p: etree._Element) -> tuple[etree._Element | None, str | None, tuple]:
    """Return ``(first w:pPr, text, emphasized ranges)`` of a paragraph; the text is None when it
    needs ``Walker.inline``.

    Plain runs hold text, tabs and breaks, with no strikethrough, no symbol font and
    no character to map, clean or mark, so their text is exactly what ``inline``
    would build, with no marks and no struck ranges.  Anything else (fields, symbols,
    drawings, content controls, wrappers, comment ranges) gives None, before any effect.
    The ``w:pPr`` is None too when the scan stopped before finding one.
    """
    pieces = []
    ppr = None
    length = 0
    emphasized: list[list[int]] = []
    for child in p:
        tag = child.tag
        if tag == R:
            emphasis = False
            for item in child:
                tag = item.tag
                if tag == T:
                    s = item.text
                    if s:
                        if not (s.isascii() or _plain(s)):
                            return ppr, None, ()
                        pieces.append(s)
                        if emphasis:
                            _extend(emphasized, length, length + len(s))
                        length += len(s)
                elif tag in _SIMPLE_TEXT:
                    pieces.append(_SIMPLE_TEXT[tag])
                    length += 1
                elif tag == RPR:
                    if len(item):
                        strike, table, emphasis = _run_format(item)
                        if strike or table is not None:
                            return ppr, None, ()
                elif tag in _RUN_SPECIAL:
                    return ppr, None, ()
        elif tag == PPR:
            if ppr is None:
                ppr = child
        elif tag in _INLINE_SPECIAL:
            return ppr, None, ()
    return ppr, "".join(pieces), tuple(map(tuple, emphasized))


def _plain(s: str) -> bool:
    """Return True when non-ASCII run text needs no symbol mapping, cleaning or glyph marks."""
    return _SPECIAL.search(s) is None and unicodedata.is_normalized("NFC", s)


def _prepare(buf: Para, s: str, table: dict | None, quiet_mark: bool) -> str:
    """Return run text mapped from a symbol font and cleaned, marking the glyphs it will add to ``buf``."""
    kind = "glyph"
    if table is not None or mk.has_private_use(s):
        mapped = mk.map_symbol_text(s, table)
        if mapped != s:
            s, kind = mapped, "sym"
    s = _plain_run_text(s)
    if not quiet_mark and not buf.quiet and not s.isascii():
        start = buf.length
        for m in mk.GLYPH_RE.finditer(s):
            buf.marks.append(Mark(kind, mk.GLYPHS[m.group()], start + m.start()))
    return s


def _first_child(el: etree._Element, tag: str) -> etree._Element | None:
    """Return the first child of ``el`` with ``tag`` (``el.find(tag)``, without the path machinery)."""
    for child in el:
        if child.tag == tag:
            return child
    return None


def _first_of_each(el: etree._Element) -> dict:
    """Return ``{tag: first child with that tag}`` of a properties element, as ``find`` gives for each."""
    return {child.tag: child for child in reversed(el)}


def _cell_layout(tc: etree._Element) -> tuple[int, bool]:
    """Return (grid columns spanned, whether the cell continues a merge) from a cell's ``w:tcPr``."""
    tcpr = _first_child(tc, TCPR)
    if tcpr is None:
        return 1, False
    gs = vm = hm = None
    for child in tcpr:  # the first of each, as ``find`` gives
        tag = child.tag
        if tag == GRID_SPAN:
            if gs is None:
                gs = child
        elif tag == VMERGE:
            if vm is None:
                vm = child
        elif tag == HMERGE:
            if hm is None:
                hm = child
    span = 1
    if gs is not None and (gs.get(VAL) or "").isdigit():
        span = max(int(gs.get(VAL)), 1)
    merged = (vm is not None and vm.get(VAL) != "restart") or (hm is not None and hm.get(VAL) != "restart")
    return span, merged


def _run_format(rpr: etree._Element) -> tuple[bool, dict | None, bool]:
    """Return (struck through?, symbol table of the run font, bold, underlined or highlighted?)
    from a ``w:rPr``."""
    strike = emphasis = False
    table = None
    for child in rpr:
        tag = child.tag
        if tag in _STRIKES:
            strike = strike or mk.on_off(child.get(VAL))
        elif tag == BOLD:
            emphasis = emphasis or mk.on_off(child.get(VAL))
        elif tag in (UNDERLINE, HIGHLIGHT):
            emphasis = emphasis or child.get(VAL, "single") != "none"
        elif tag == RFONTS:
            for attr in _FONT_ATTRS:
                font = child.get(attr)
                if font is not None:
                    table = mk.symbol_table(font)
                    if table is not None:
                        break
    return strike, table, emphasis


def _rows(tbl: etree._Element):
    """Yield ``(row, {tag: first child} of its w:trPr or None)`` of a table, through
    row-level content controls, skipping deleted rows."""
    for child in tbl:
        if child.tag == TR:
            trpr = _first_child(child, TRPR)
            if trpr is None:
                yield child, None
            else:
                props = _first_of_each(trpr)
                if DEL not in props:
                    yield child, props
        elif child.tag in _ROW_WRAPPERS:
            inner = child.find(SDTCONTENT) if child.tag == SDT else child
            if inner is not None:
                yield from _rows(inner)


def _cells(tr: etree._Element):
    """Yield the cells of a row, through cell-level content controls."""
    for child in tr:
        if child.tag == TC:
            yield child
        elif child.tag in _ROW_WRAPPERS:
            inner = child.find(SDTCONTENT) if child.tag == SDT else child
            if inner is not None:
                yield from _cells(inner)


def _fallback(alt: etree._Element) -> etree._Element:
    fb = alt.find(FALLBACK)
    return fb if fb is not None else etree.Element("empty")


def _text_boxes(el: etree._Element) -> list[etree._Element]:
    """Return the outermost text boxes in a drawing: DrawingML choice, never the VML fallback too."""
    if el.tag == ALTERNATE:
        chosen = el.find(CHOICE)
        el = chosen if chosen is not None else _fallback(el)
    found = list(el.iter(TXBX))
    if not found:
        return found
    ids = {id(b) for b in found}
    return [b for b in found if not _hidden_below(b, el, ids)]


def _hidden_below(box: etree._Element, top: etree._Element, boxes: set[int]) -> bool:
    """Return True when ``box`` sits in a fallback or in another text box below ``top``."""
    parent = box.getparent()
    while parent is not None and parent is not top:
        if parent.tag == FALLBACK or id(parent) in boxes:
            return True
        parent = parent.getparent()
    return False

