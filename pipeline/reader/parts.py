"""Read the parts kept apart from the body: headers, footers, notes, comments, core properties."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from pipeline.reader.body import Ctx, W, Walker
from pipeline.records import Block, Comment

DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
_SKIPPED_NOTES = frozenset({"separator", "continuationSeparator", "continuationNotice"})
#: ``ReviewDocument`` field -> element of ``docProps/core.xml``.
_CORE_FIELDS = {"title": DC + "title", "author": DC + "creator",
                "created": DCTERMS + "created", "modified": DCTERMS + "modified"}


def read_headers(walker: Walker, roots: Iterable[tuple[str, etree._Element]]) -> list[Block]:
    """Return the blocks of header and footer parts, numbered per kind ("header 1", "footer 2")."""
    out: list[Block] = []
    counts = {"header": 0, "footer": 0}
    for kind, root in roots:
        counts[kind] += 1
        where = f"{kind} {counts[kind]}"
        out += walker.walk(root, Ctx(kind, where, where + ", "))
        del root  # this part's tree goes before the next one is parsed
    return out


def read_notes(walker: Walker, kind: str, root: etree._Element | None) -> list[Block]:
    """Return the blocks of ``footnotes.xml`` or ``endnotes.xml`` (``kind`` footnote/endnote)."""
    if root is None:
        return []
    out: list[Block] = []
    for note in root.iterchildren(W + kind):
        if note.get(W + "type") in _SKIPPED_NOTES:
            continue
        where = f"{kind} {note.get(W + 'id') or '?'}"
        out += walker.walk(note, Ctx(kind, where, where + ", "))
    return out


def read_comments(walker: Walker, root: etree._Element | None) -> list[Comment]:
    """Return the comments of ``comments.xml`` with the body text each is anchored to."""
    if root is None:
        return []
    out = []
    for n, el in enumerate(root.iterchildren(W + "comment"), start=1):
        cid = el.get(W + "id") or ""
        where = f"comment {n}"
        blocks = walker.walk(el, Ctx("comment", where, where + ", "))
        out.append(
            Comment(
                id=cid,
                author=el.get(W + "author") or "",
                date=el.get(W + "date") or "",
                text="\n".join(b.text for b in blocks),
                anchor_text=walker.anchor_text.get(cid, ""),
                location=where,
            )
        )
    return out


def read_core(root: etree._Element | None) -> dict[str, str]:
    """Return title, author, created and modified from ``docProps/core.xml``."""
    if root is None:
        return {}
    found = {}
    for el in root:  # the first element of each name, as ``find`` would give
        found.setdefault(el.tag, el)
    out = {}
    for key, tag in _CORE_FIELDS.items():
        el = found.get(tag)
        if el is not None and el.text:
            out[key] = el.text.strip()
    return out
