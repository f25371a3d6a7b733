"""Assemble a ``ReviewDocument`` from an open Word package."""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from pipeline.config import Limits
from pipeline.errors import ReadError
from pipeline.reader.body import Ctx, W, Walker
from pipeline.reader.package import Package, memo, open_package
from pipeline.reader.parts import read_comments, read_core, read_headers, read_notes
from pipeline.reader.styles import load_numbering, load_styles
from pipeline.records import ReviewDocument


def read_package(path, limits: Limits, source_format: str = "docx") -> ReviewDocument:
    """Read the Word package at ``path`` (docx, docm, dotx, Strict) into a ``ReviewDocument``."""
    pkg = open_package(path, limits)
    try:
        return _read(pkg, source_format)
    finally:
        pkg.zf.close()


def _read(pkg: Package, source_format: str) -> ReviewDocument:
    main = pkg.main_part()
    if source_format == "docx":
        source_format = next((fmt for end, fmt in _FORMATS if pkg.main_type.endswith(end)), "docx")
    rels = pkg.rels(main)
    by_kind: dict[str, list[str]] = {}
    for kind, name in rels.values():
        if pkg.has(name):
            by_kind.setdefault(kind, []).append(name)
    root = pkg.xml(main)
    body = root.find(W + "body")
    if body is None:
        raise ReadError("not_docx", f"{main} has no w:body")

    styles = _cached(pkg, by_kind, "styles", load_styles)
    numbering = _cached(pkg, by_kind, "numbering", load_numbering).fresh()

    walker = Walker(styles, numbering, pkg.limits.max_depth, pkg.limits.max_text_chars)
    blocks = walker.walk(body, Ctx("body"))
    # one part at a time, each parsed for every reference to it: never all the trees at once
    headers = read_headers(
        walker, ((kind, pkg.xml(name)) for kind in ("header", "footer") for name in by_kind.get(kind, []))
    )
    notes = read_notes(walker, "footnote", _first(pkg, by_kind, "footnotes"))
    notes += read_notes(walker, "endnote", _first(pkg, by_kind, "endnotes"))
    comments = read_comments(walker, _first(pkg, by_kind, "comments"))
    core = read_core(_core(pkg))
    return ReviewDocument(
        blocks=tuple(blocks),
        comments=tuple(comments),
        headers=tuple(_renumber(headers)),
        notes=tuple(_renumber(notes)),
        source_format=source_format,
        **core,
    )


#: Main part content type (middle words) -> source format.
_FORMATS = (("document.macroenabled.main+xml", "docm"), ("macroenabledtemplate.main+xml", "dotm"),
            ("template.main+xml", "dotx"))
_CACHE: dict[tuple, tuple[object, int]] = {}
_CACHE_SIZE = 32


def _cached(pkg: Package, by_kind: dict[str, list[str]], kind: str, load):
    """Return ``load(root)`` for a styles or numbering part, reusing it when the same part was seen.

    Documents from one template share these parts byte for byte; the key is the
    part's CRC-32 and size from the zip directory, so a hit inflates nothing
    (and counts the elements its parse counted).
    """
    names = by_kind.get(kind)
    key = (kind, pkg.fingerprint(names[0])) if names else (kind, None)
    return memo(pkg, names[0] if names else kind, key, lambda: load(pkg.xml(names[0]) if names else None),
                _CACHE, _CACHE_SIZE)


def _first(pkg: Package, by_kind: dict[str, list[str]], kind: str) -> etree._Element | None:
    names = by_kind.get(kind)
    return pkg.xml(names[0]) if names else None


def _core(pkg: Package) -> etree._Element | None:
    names = [name for kind, name in pkg.rels("/").values() if kind == "core-properties"]
    names.append("docProps/core.xml")
    for name in names:
        if pkg.has(name):
            try:
                return pkg.xml(name)
            except ReadError as exc:
                if exc.code != "corrupt":
                    raise
                return None  # damaged metadata must not cost the document
    return None


def _renumber(blocks):
    return [replace(b, index=i) for i, b in enumerate(blocks)]
