"""Typed records passed one way between the stages.

file -> ``ReviewDocument`` (reader) -> ``VerdictRow`` / ``Recommendation`` / ``Problem``
(extract) -> ``FileResult`` (run) -> tables (consolidate) -> files (writers).

Records are plain frozen dataclasses: they pickle between worker processes
and compare equal in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.store import Changes

# --- verdict and document codes (stable: other tools read them) -------------

SUPPORTED = "supported"
NEEDS_CORRECTIONS = "needs_corrections"
NOT_SUPPORTED = "not_supported"
UNKNOWN = "unknown"
VERDICTS = (SUPPORTED, NEEDS_CORRECTIONS, NOT_SUPPORTED, UNKNOWN)

DOCUMENT_TYPES = ("MIP", "PKE")

# --- problem codes (stable: see shared/contract.md) --------------------------

PROBLEM_CODES = (
    "empty",
    "corrupt",
    "encrypted",
    "legacy_doc",
    "not_docx",
    "unsupported_format",
    "too_large",
    "lock_file",
    "duplicate",
    "no_verdict",
    "unknown_qualification",
    "conflict",
    "timeout",
    "worker_crash",
    "unreadable",
)

#: Problem codes meaning the file could not be read at all (exit status 1).
UNREADABLE_CODES = frozenset(
    {
        "empty",
        "corrupt",
        "encrypted",
        "legacy_doc",
        "not_docx",
        "unsupported_format",
        "too_large",
        "timeout",
        "worker_crash",
        "unreadable",
    }
)


# --- document model (produced by pipeline.reader) ----------------------------


@dataclass(frozen=True, slots=True)
class Mark:
    """A choice mark found in a block: a checkbox (any kind) or a typed X/V/✓.

    ``offset`` is the character offset in ``Block.text`` where the mark sits,
    so extraction can tell which option a mark belongs to.
    ``kind`` is one of ``glyph`` (☒ ☐ typed as text), ``sym`` (``w:sym``
    Wingdings box), ``sdt`` (``w14:checkbox`` content control), ``formfield``
    (legacy ``FORMCHECKBOX``), ``letter`` (an X/V/✓ standing alone).
    """

    kind: str
    checked: bool
    offset: int = 0


@dataclass(frozen=True, slots=True)
class CellRef:
    """Where a table cell sits: ``table`` numbers tables in document order
    (1-based, nested tables get their own number), ``path`` holds the
    enclosing table numbers for nested tables."""

    table: int
    row: int
    col: int
    path: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of text, in reading order.

    ``part`` is ``body``, ``textbox``, ``header``, ``footer``, ``footnote``,
    ``endnote`` or ``comment``.  ``struck`` holds ``(start, end)`` character
    ranges of ``text`` formatted with (double) strikethrough, ``emphasized`` those in bold,
    underlined or highlighted (how a form's chosen option is often set apart).
    """

    text: str
    location: str
    part: str = "body"
    index: int = 0
    style: str | None = None
    heading_level: int | None = None
    list_label: str | None = None
    cell: CellRef | None = None
    marks: tuple[Mark, ...] = ()
    struck: tuple[tuple[int, int], ...] = ()
    emphasized: tuple[tuple[int, int], ...] = ()  # bold, underlined or highlighted ranges


@dataclass(frozen=True, slots=True)
class Comment:
    """A Word comment: who, when, what, and the text it is anchored to."""

    id: str
    author: str
    date: str
    text: str
    anchor_text: str = ""
    location: str = ""


@dataclass(frozen=True, slots=True)
class ReviewDocument:
    """Everything the reader recovered from one Word file."""

    blocks: tuple[Block, ...]
    comments: tuple[Comment, ...] = ()
    headers: tuple[Block, ...] = ()
    notes: tuple[Block, ...] = ()
    title: str = ""
    author: str = ""
    created: str = ""
    modified: str = ""
    source_format: str = "docx"

    @property
    def text(self) -> str:
        """Return the body text, one block a line."""
        return "\n".join(b.text for b in self.blocks)


# --- findings (produced by pipeline.extract) ---------------------------------


@dataclass(frozen=True, slots=True)
class VerdictRow:
    """One row of verdicts.csv: a (file, qualification, document) verdict."""

    file: str
    qualification: str
    document: str
    verdict: str
    expert: str = ""
    date: str = ""
    lki_level: str = ""
    sector: str = ""
    evidence: str = ""
    location: str = ""
    method: str = ""
    confidence: float = 0.0
    in_register: bool = True


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A recommendation or requested correction the expert wrote."""

    file: str
    qualification: str
    document: str
    expert: str
    text: str
    location: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something about a file that a coordinator must know.

    ``detail`` is a short technical note (English, for logs); the message a
    coordinator reads is rendered from ``code`` and ``params`` by
    ``pipeline.messages`` in the chosen language.
    """

    file: str
    code: str
    detail: str = ""
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """What pipeline.extract found in one document."""

    verdicts: tuple[VerdictRow, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    problems: tuple[Problem, ...] = ()
    author: str = ""  # the file's author property
    expert_from_author: bool = False  # the rows' expert is that property: the text names no signer


@dataclass(slots=True)
class FileResult:
    """The outcome for one input file: always produced, whatever happened."""

    file: str
    size: int = 0
    mtime: float = 0.0
    sha256: str = ""
    verdicts: list[VerdictRow] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    cached: bool = False
    author: str = ""  # the file's author property
    expert_from_author: bool = False  # the rows' expert is that property: the text names no signer

    @property
    def readable(self) -> bool:
        """Return True unless a problem says the file could not be read."""
        return not any(p.code in UNREADABLE_CODES for p in self.problems)


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a run was: when, on which folder, with which settings, and its counts."""

    started: str  # ISO 8601 local time, seconds precision
    input_dir: str
    output_dir: str
    version: str
    lang: str = "lv"
    files: int = 0
    seconds: float = 0.0
    register: str = ""


@dataclass
class Written:
    """What writing the outputs did: the files written, the outputs that failed and why, and the changes
    since the previous run (None when the outputs were left as they were)."""

    paths: dict[str, Path] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    changes: Changes | None = None
    #: True when the results were those of the last run and its files were left as they were.
    unchanged: bool = False
