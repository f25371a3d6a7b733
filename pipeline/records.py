"""Typed records passed one way between the stages.

file -> ``ReviewDocument`` (reader) -> ``VerdictRow`` / ``Recommendation`` / ``Problem``
(extract) -> ``FileResult`` (run) -> tables (consolidate) -> files (writers).

Records are plain frozen dataclasses so they pickle cheaply between worker
processes and can be compared in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from operator import attrgetter

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


def quick_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that fills its slots through their descriptors.

    The ``__init__`` that ``dataclass`` writes for a frozen class calls
    ``object.__setattr__`` once per field, as plain assignment is refused; the
    slot's own descriptor does the same at about half the cost.  Block, the
    findings and the rows are made tens of times per document (and rebuilt by
    unpickling in the parent), which made that cost about 3-5% of a worker's
    time.  The new ``__init__`` takes the same arguments with the same defaults
    (a default factory is called per object); a class with features it does
    not copy (``__post_init__``, init-only or keyword-only fields) is refused.
    Apply it above ``@dataclass(frozen=True, slots=True)``.
    """
    params = cls.__dataclass_params__
    if not (params.frozen and "__slots__" in cls.__dict__) or hasattr(cls, "__post_init__"):
        raise TypeError(f"quick_init: {cls.__qualname__} is not a plain frozen slotted dataclass")
    names = {"_FACTORY": _FACTORY}
    args, body = [], []
    for f in fields(cls):
        if not f.init or f.kw_only:
            raise TypeError(f"quick_init: {cls.__qualname__}.{f.name} is not a plain positional field")
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        value = f.name
        if f.default is not MISSING:
            names[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            args.append(f"{f.name}=_FACTORY")
            value = f"_factory_{f.name}() if {f.name} is _FACTORY else {f.name}"
        else:
            args.append(f.name)
        body.append(f"    _set_{f.name}(self, {value})\n")
    source = f"def __init__(self, {', '.join(args)}):\n" + ("".join(body) or "    pass\n")
    exec(source, names)  # noqa: S102 - our own text, made from the class's field names
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


_FACTORY = object()  # marks an argument left to its default factory (see ``quick_init``)


class _Record:
    """Base of the records: pickles as (class, field values), the cheap way.

    Slotted dataclasses otherwise pickle through ``__getstate__``/``__setstate__``
    that call ``dataclasses.fields()`` for every object, which made moving results
    between worker processes a visible share of a run.
    """

    __slots__ = ()
    _values: Callable[[object], tuple] = staticmethod(lambda record: ())  # the field values, in order

    def __reduce__(self):
        return (self.__class__, self._values(self))


# --- document model (produced by pipeline.reader) ----------------------------


@quick_init
@dataclass(frozen=True, slots=True)
class Mark(_Record):
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


@quick_init
@dataclass(frozen=True, slots=True)
class CellRef(_Record):
    """Where a table cell sits: ``table`` numbers tables in document order
    (1-based, nested tables get their own number), ``path`` holds the
    enclosing table numbers for nested tables."""

    table: int
    row: int
    col: int
    path: tuple[int, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Block(_Record):
    """One paragraph of text, in reading order.

    ``part`` is ``body``, ``textbox``, ``header``, ``footer``, ``footnote``,
    ``endnote`` or ``comment``.  ``struck`` holds ``(start, end)`` character
    ranges of ``text`` formatted with (double) strikethrough.
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


@quick_init
@dataclass(frozen=True, slots=True)
class Comment(_Record):
    """A Word comment: who, when, what, and the text it is anchored to."""

    id: str
    author: str
    date: str
    text: str
    anchor_text: str = ""
    location: str = ""


@quick_init
@dataclass(frozen=True, slots=True)
class ReviewDocument(_Record):
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


@quick_init
@dataclass(frozen=True, slots=True)
class VerdictRow(_Record):
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


@quick_init
@dataclass(frozen=True, slots=True)
class Recommendation(_Record):
    """A recommendation or requested correction the expert wrote."""

    file: str
    qualification: str
    document: str
    expert: str
    text: str
    location: str = ""


@quick_init
@dataclass(frozen=True, slots=True)
class Problem(_Record):
    """Something about a file that a coordinator must know.

    ``detail`` is a short technical note (English, for logs); the message a
    coordinator reads is rendered from ``code`` and ``params`` by
    ``pipeline.messages`` in the chosen language.
    """

    file: str
    code: str
    detail: str = ""
    params: tuple[tuple[str, str], ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Extraction(_Record):
    """What pipeline.extract found in one document."""

    verdicts: tuple[VerdictRow, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(slots=True)
class FileResult(_Record):
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

    @property
    def readable(self) -> bool:
        """Return True unless a problem says the file could not be read."""
        return not any(p.code in UNREADABLE_CODES for p in self.problems)


@quick_init
@dataclass(frozen=True, slots=True)
class RunInfo(_Record):
    """What a run was: when, on which folder, with which settings, and its counts."""

    started: str  # ISO 8601 local time, seconds precision
    input_dir: str
    output_dir: str
    version: str
    lang: str = "lv"
    files: int = 0
    seconds: float = 0.0
    register: str = ""


for _cls in (Mark, CellRef, Block, Comment, ReviewDocument, VerdictRow, Recommendation, Problem, Extraction,
             FileResult, RunInfo):
    _names = [f.name for f in fields(_cls)]
    if len(_names) < 2:  # attrgetter of one name gives the value itself, not a tuple of values
        raise TypeError(f"{_cls.__qualname__}: a record needs two fields or more to pickle as a tuple")
    _cls._values = staticmethod(attrgetter(*_names))  # one C call gathers the values, in field order
del _cls, _names
