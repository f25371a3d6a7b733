"""Parse XML parts safely: no entities, no network, no DTD, bounded depth.

Strict OOXML parts are mapped onto the Transitional namespaces before parsing,
so the rest of the reader only knows one set of names.
"""

from __future__ import annotations

from lxml import etree

from pipeline.errors import ReadError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

#: Strict namespace -> Transitional namespace (bytes, replaced before parsing).
_STRICT_TO_TRANSITIONAL = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (
        b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
)

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
)


def to_transitional(data: bytes) -> bytes:
    """Return ``data`` with Strict OOXML namespace names replaced by Transitional ones."""
    if b"purl.oclc.org/ooxml" not in data:
        return data
    for strict, transitional in _STRICT_TO_TRANSITIONAL:
        data = data.replace(strict, transitional)
    return data


def parse_xml(data: bytes, name: str, max_depth: int = 256) -> etree._Element:
    """Parse one XML part and return its root element, or raise ``ReadError('corrupt')``."""
    # Word never writes a DOCTYPE; one may declare entities or name an external DTD to open.
    doctype = data.find(b"<!DOCTYPE")
    if doctype >= 0:
        what = "entity declarations" if data.find(b"<!ENTITY", doctype) >= 0 else "a document type"
        raise ReadError("corrupt", f"{name}: DOCTYPE with {what}")
    try:
        root = etree.fromstring(to_transitional(data), _PARSER)
    except etree.XMLSyntaxError as exc:
        if exc.code == etree.ErrorTypes.ERR_NO_MEMORY:  # over the worker's memory ceiling
            raise ReadError("too_large", f"{name}: out of memory while parsing") from None
        message = str(exc).lower()
        if "too long" in message or ("huge" in message and "depth" not in message):
            raise ReadError("too_large", f"{name}: {exc}") from None
        raise ReadError("corrupt", f"{name}: malformed XML ({exc})") from None
    if root is None:
        raise ReadError("corrupt", f"{name}: no XML root element")
    # libxml2 itself refuses nesting deeper than 256 without huge_tree.
    if max_depth < 256 and _deeper_than(root, max_depth):
        raise ReadError("corrupt", f"{name}: XML nested deeper than {max_depth}")
    return root


def _deeper_than(root: etree._Element, limit: int) -> bool:
    """Return True when some element of ``root`` sits more than ``limit`` levels down."""
    depth = 0
    for event, _el in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > limit:
            return True
    return False
