# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""The block-level walk of ``pipeline.reader.body.Walker``, compiled against lxml's C API.

``Walker.container`` hands its work here when this module is built (see
``body.FAST_WALK``).  It visits the same elements in the same order and makes the
same ``Block`` records as the Python methods ``Walker.container``,
``Walker.paragraph`` and ``Walker.table``, which stay the reference (and the code
that runs where this module is not built); ``tests/test_cwalk.py`` reads every
fixture and corpus file both ways and compares.

What it saves: the Python walk creates a proxy object for every element it looks
at (``for child in el``, ``child.tag``); this one reads libxml2's nodes directly
and creates a proxy only where it hands an element to Python: a paragraph that
is not plain runs (``Walker.inline`` reads it), a ``w:numPr``, a run's
``w:rPr`` that has a strike or font element, a text box.
"""

from libc.string cimport strcmp

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree
from lxml.includes.tree cimport const_xmlChar, xmlNode

cetree.import_lxml__etree()

#: The lxml this module was compiled against; ``body`` uses it only with the same version.
LXML_VERSION = (<bytes>cetree.LXML_VERSION_STRING).decode("ascii")

cdef const char* W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
cdef const char* MC_NS = b"http://schemas.openxmlformats.org/markup-compatibility/2006"
cdef const char* M_NS = b"http://schemas.openxmlformats.org/officeDocument/2006/math"
cdef const_xmlChar* VAL = <const_xmlChar*>b"val"

# bound by ``bind`` from ``pipeline.reader.body`` (which imports this module at its end)
cdef object _plain, _run_format, Ctx, Para, Block, CellRef, ReadError, numbering_of, LETTERS
cdef dict _SIMPLE_TEXT


def bind(body) -> None:
    """Take the records and helpers this walk shares with ``body`` (called once, by ``body``)."""
    global _plain, _run_format, Ctx, Para, Block, CellRef, ReadError, numbering_of, LETTERS, _SIMPLE_TEXT
    _plain, _run_format, Ctx, Para = body._plain, body._run_format, body.Ctx, body.Para
    Block, CellRef, ReadError = body.Block, body.CellRef, body.ReadError
    numbering_of, LETTERS = body.numbering_of, body.mk.LETTERS
    # the Python walker's table, keyed by local name (every key is in the w: namespace)
    _SIMPLE_TEXT = {tag.rsplit("}", 1)[1]: text for tag, text in body._SIMPLE_TEXT.items()}


# --- node tests ---------------------------------------------------------------

cdef inline bint _in(xmlNode* c, const char* ns) noexcept:
    """Return True when ``c`` is an element in namespace ``ns``."""
    cdef const_xmlChar* href
    if c.type != tree.XML_ELEMENT_NODE:
        return False
    href = cetree._getNs(c)
    return href is not NULL and strcmp(<const char*>href, ns) == 0


cdef inline bint _is(xmlNode* c, const char* ns, const char* name) noexcept:
    """Return True when ``c`` is the element ``{ns}name``."""
    return _in(c, ns) and strcmp(<const char*>c.name, name) == 0


cdef inline bint _named(xmlNode* c, const char* name) noexcept:
    return strcmp(<const char*>c.name, name) == 0


cdef xmlNode* _first_child(xmlNode* el, const char* name) noexcept:
    """Return the first ``w:name`` child of ``el`` (``el.find(W + name)``), or NULL."""
    cdef xmlNode* c = el.children
    while c is not NULL:
        if _is(c, W_NS, name):
            return c
        c = c.next
    return NULL


cdef inline object _val(xmlNode* el):
    """Return ``el.get(W + "val")``: the attribute's text, or None."""
    return cetree.attributeValueFromNsName(el, <const_xmlChar*>W_NS, VAL)


cdef inline object _proxy(xmlNode* c, cetree._Document doc):
    return cetree.elementFactory(doc, c)


# --- block content -------------------------------------------------------------

def container(w, cetree._Element el, ctx, int depth):
    """Walk the block-level children of ``el`` for walker ``w`` (as ``Walker.container``)."""
    _container(w, el._c_node, el._doc, ctx, depth)


cdef _container(w, xmlNode* el, cetree._Document doc, ctx, int depth):
    cdef xmlNode* c
    cdef xmlNode* content
    if depth > w.max_depth:
        raise ReadError("corrupt", f"content nested deeper than {w.max_depth}")
    c = el.children
    while c is not NULL:
        if _in(c, W_NS):
            if _named(c, "p"):
                _paragraph(w, c, doc, ctx, depth)
            elif _named(c, "tbl"):
                _table(w, c, doc, ctx, depth + 1)
            elif _named(c, "sdt"):
                content = _first_child(c, "sdtContent")
                if content is not NULL:
                    _container(w, content, doc, ctx, depth + 1)
            elif _named(c, "customXml") or _named(c, "ins") or _named(c, "moveTo"):
                _container(w, c, doc, ctx, depth + 1)
        c = c.next


cdef _paragraph(w, xmlNode* p, cetree._Document doc, ctx, int depth):
    cdef xmlNode* ppr = NULL
    cdef xmlNode* c
    cdef xmlNode* ps = NULL
    cdef xmlNode* ol = NULL
    cdef xmlNode* numpr = NULL
    style_id = outline = num = None
    text = None
    if not w.in_instr:
        text = _plain_text(p, doc, &ppr)
    if ppr is NULL:
        ppr = _first_child(p, "pPr")
    if ppr is not NULL:
        c = ppr.children  # the first child of each kind, as ``find`` gives
        while c is not NULL:
            if _in(c, W_NS):
                if ps is NULL and _named(c, "pStyle"):
                    ps = c
                elif ol is NULL and _named(c, "outlineLvl"):
                    ol = c
                elif numpr is NULL and _named(c, "numPr"):
                    numpr = c
            c = c.next
        if ps is not NULL:
            style_id = _val(ps)
        if ol is not NULL:
            v = _val(ol)
            if (v or "").isdigit():
                outline = int(v)
        if numpr is not NULL:
            num = numbering_of(_proxy(ppr, doc))
    style = w.styles.get(style_id) if style_id else None
    if num is None and style is not None:
        num = style.num
    label = w.numbering.label(*num) if num else None
    anchors = w.anchors
    if text is not None:  # the common case: nothing to mark, strike or look into
        marks = struck = boxes = ()
        if anchors:
            for pieces in anchors.values():
                pieces.append(text)
    else:
        buf = Para()
        boxes = []
        w.inline(_proxy(p, doc), buf, boxes)
        text, marks, struck = buf.text(), tuple(buf.marks), tuple(map(tuple, buf.struck))
    if anchors:
        for pieces in anchors.values():
            pieces.append("\n")
    if marks or text.strip():
        where = ctx.where
        if where is None:
            w.paragraphs += 1
            location = f"paragraph {w.paragraphs}"
        else:
            location = where
        key = (style_id, outline)
        headings = w._headings
        level = headings[key] if key in headings else w._heading_level(style_id, style, outline)
        blocks = w.blocks
        blocks.append(
            Block(text, location, ctx.part, len(blocks), style.name if style else style_id, level,
                  label, ctx.cell, marks, struck)
        )
    for box in boxes:
        w.textboxes += 1
        where = f"text box {w.textboxes}"
        if ctx.part != "body":
            where = f"{ctx.prefix or ctx.where or ctx.part}, {where}".replace(", , ", ", ")
        part = "textbox" if ctx.part == "body" else ctx.part
        container(w, box, Ctx(part, where, where + ", "), depth + 1)


cdef object _plain_text(xmlNode* p, cetree._Document doc, xmlNode** ppr):
    """Return a paragraph's text when it is plain runs only, else None (as ``body._plain_text``).

    Sets ``*ppr`` to the first ``w:pPr`` seen before the scan ended.
    """
    cdef list pieces = []
    cdef xmlNode* child = p.children
    cdef xmlNode* item
    while child is not NULL:
        if _in(child, W_NS):
            if _named(child, "r"):
                item = child.children
                while item is not NULL:
                    if _in(item, W_NS):
                        if _named(item, "t"):
                            s = cetree.textOf(item)
                            if s:
                                if not ((<str>s).isascii() or _plain(s)):
                                    return None
                                pieces.append(s)
                        elif _named(item, "rPr"):
                            if cetree.hasChild(item) and not _plain_format(item, doc):
                                return None
                        elif (_named(item, "drawing") or _named(item, "pict") or _named(item, "object")
                              or _named(item, "sym") or _named(item, "fldChar") or _named(item, "instrText")):
                            return None
                        else:
                            simple = _SIMPLE_TEXT.get(pyname(item))
                            if simple is not None:
                                pieces.append(simple)
                    elif _is(item, MC_NS, "AlternateContent"):
                        return None
                    item = item.next
            elif _named(child, "pPr"):
                if ppr[0] is NULL:
                    ppr[0] = child
            elif (_named(child, "ins") or _named(child, "moveTo") or _named(child, "hyperlink")
                  or _named(child, "smartTag") or _named(child, "customXml") or _named(child, "fldSimple")
                  or _named(child, "dir") or _named(child, "bdo") or _named(child, "sdt")
                  or _named(child, "commentRangeStart") or _named(child, "commentRangeEnd")):
                return None
        elif _is(child, MC_NS, "AlternateContent") or _is(child, M_NS, "oMath") or _is(child, M_NS, "oMathPara"):
            return None
        child = child.next
    return "".join(pieces)


cdef inline str pyname(xmlNode* c):
    return (<bytes>c.name).decode("utf-8")


cdef bint _plain_format(xmlNode* rpr, cetree._Document doc) except -1:
    """Return True when a ``w:rPr`` neither strikes through nor names a symbol font.

    Only a strike or font element needs Python (``body._run_format``); other
    formatting (bold, size, colour, ...) is decided here.
    """
    cdef xmlNode* c = rpr.children
    while c is not NULL:
        if _in(c, W_NS) and (_named(c, "strike") or _named(c, "dstrike") or _named(c, "rFonts")):
            strike, table = _run_format(_proxy(rpr, doc))
            return not strike and table is None
        c = c.next
    return True


# --- tables ----------------------------------------------------------------------

cdef _table(w, xmlNode* tbl, cetree._Document doc, ctx, int depth):
    cdef int row = 0
    if depth > w.max_depth:
        raise ReadError("corrupt", f"tables nested deeper than {w.max_depth}")
    w.tables += 1
    number = w.tables
    cell = ctx.cell
    path = (*cell.path, cell.table) if cell is not None else ()
    _rows(w, tbl, doc, ctx, depth, number, path, &row)


cdef _rows(w, xmlNode* tbl, cetree._Document doc, ctx, int depth, number, path, int* row):
    """Read the rows of a table, through row-level content controls, skipping deleted rows."""
    cdef xmlNode* child = tbl.children
    cdef xmlNode* trpr
    cdef xmlNode* before
    cdef xmlNode* c
    cdef xmlNode* inner
    cdef bint deleted
    cdef int col
    while child is not NULL:
        if _is(child, W_NS, "tr"):
            trpr = _first_child(child, "trPr")
            before = NULL
            deleted = False
            if trpr is not NULL:
                c = trpr.children
                while c is not NULL:
                    if _in(c, W_NS):
                        if _named(c, "del"):
                            deleted = True
                        elif before is NULL and _named(c, "gridBefore"):
                            before = c
                    c = c.next
            if not deleted:
                row[0] += 1
                col = 1
                if before is not NULL:
                    v = _val(before)
                    if (v or "").isdigit():
                        col += int(v)
                _cells(w, child, doc, ctx, depth, number, path, row[0], &col)
        elif _is(child, W_NS, "sdt") or _is(child, W_NS, "customXml"):
            inner = _first_child(child, "sdtContent") if _named(child, "sdt") else child
            if inner is not NULL:
                _rows(w, inner, doc, ctx, depth, number, path, row)
        child = child.next


cdef _cells(w, xmlNode* tr, cetree._Document doc, ctx, int depth, number, path, int row, int* col):
    """Read the cells of a row, through cell-level content controls: merged cells once."""
    cdef xmlNode* child = tr.children
    cdef xmlNode* inner
    cdef int span
    cdef bint merged
    cdef Py_ssize_t first
    while child is not NULL:
        if _is(child, W_NS, "tc"):
            span = _cell_layout(child, &merged)
            if not merged:
                prefix = ctx.prefix
                where = f"{prefix}table {number}, row {row}, cell {col[0]}"
                blocks = w.blocks
                first = len(blocks)
                _container(w, child, doc, Ctx(ctx.part, where, prefix, CellRef(number, row, col[0], path)), depth)
                # the usual cell, one block of text that is not a lone letter, needs no look
                if len(blocks) - 1 != first or blocks[first].text.strip() in LETTERS:
                    w._letter_mark(first)
            col[0] += span
        elif _is(child, W_NS, "sdt") or _is(child, W_NS, "customXml"):
            inner = _first_child(child, "sdtContent") if _named(child, "sdt") else child
            if inner is not NULL:
                _cells(w, inner, doc, ctx, depth, number, path, row, col)
        child = child.next


cdef int _cell_layout(xmlNode* tc, bint* merged) except -1:
    """Return the grid columns a cell spans; set ``*merged`` when it continues a merge."""
    cdef xmlNode* tcpr = _first_child(tc, "tcPr")
    cdef xmlNode* gs = NULL
    cdef xmlNode* vm = NULL
    cdef xmlNode* hm = NULL
    cdef xmlNode* c
    cdef int span = 1
    merged[0] = False
    if tcpr is NULL:
        return 1
    c = tcpr.children
    while c is not NULL:  # the first of each, as ``find`` gives
        if _in(c, W_NS):
            if gs is NULL and _named(c, "gridSpan"):
                gs = c
            elif vm is NULL and _named(c, "vMerge"):
                vm = c
            elif hm is NULL and _named(c, "hMerge"):
                hm = c
        c = c.next
    if gs is not NULL:
        v = _val(gs)
        if (v or "").isdigit():
            span = max(int(v), 1)
    merged[0] = (vm is not NULL and _val(vm) != "restart") or (hm is not NULL and _val(hm) != "restart")
    return span
