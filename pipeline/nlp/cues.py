"""The ``lv_cue_ruler`` factory: match the JSONL cue patterns and write ``doc.spans["cues"]``.

The patterns use spaCy's Matcher token-pattern syntax (the subset checked by
``rules_io``) and give the same spans as ``SpanRuler`` (a test checks this). They
are indexed by the LEMMA or NORM of their first token, so each token costs one or
two dictionary look-ups instead of a pass of every pattern (the measurement is in
docs/performance.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import LEMMA, NORM
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from pipeline.nlp.docutil import set_spans
from pipeline.nlp.rules_io import check_pattern

CUES_KEY = "cues"
HASHED = frozenset({"LEMMA", "NORM"})
_OP = re.compile(r"^\{(\d*),?(\d*)\}$")


@dataclass(frozen=True)
class TokenTest:
    """One token of a pattern: a predicate and how often it may repeat."""

    spec: tuple  # ((attr, kind, value), ...)
    low: int
    high: int

    def __call__(self, view: TokenView, i: int) -> bool:
        """Return True if token ``i`` of ``view`` satisfies every predicate."""
        for attr, kind, value in self.spec:
            got = view.get(attr, i)
            if kind == "eq":
                if got != value:
                    return False
            elif kind == "in":
                if got not in value:
                    return False
            elif kind == "not_in":
                if got in value:
                    return False
            elif not value <= got:  # superset of morphological features
                return False
        return True


_GETTERS = {
    "ORTH": lambda t: t.text, "TEXT": lambda t: t.text, "LOWER": lambda t: t.lower_,
    "NORM": lambda t: t.norm_, "LEMMA": lambda t: t.lemma_, "IS_ALPHA": lambda t: t.is_alpha,
    "IS_DIGIT": lambda t: t.is_digit, "IS_PUNCT": lambda t: t.is_punct,
    "MORPH": lambda t: frozenset(str(t.morph).split("|")) if str(t.morph) else frozenset(),
}


class TokenView:
    """The token attributes of one document as the patterns compare them (token objects are slow to make).

    LEMMA and NORM, which every token is looked up by, are read as string hashes in one array
    call; patterns compare hashes. The other attributes are tested only at the few tokens
    that pass a pattern's first test, so they are read from a token object when first asked.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        columns = doc.to_array([LEMMA, NORM]).tolist() if len(doc) else []
        self.lemma = [c[0] for c in columns]
        self.norm = [c[1] for c in columns]
        self._cols: dict[str, list] = {"LEMMA": self.lemma, "NORM": self.norm}
        self._read: dict[tuple[str, int], object] = {}

    def __len__(self) -> int:
        return len(self.lemma)

    def get(self, attr: str, i: int):
        """Return attribute ``attr`` of token ``i`` (a hash for LEMMA and NORM)."""
        col = self._cols.get(attr)
        if col is not None:
            return col[i]
        key = (attr, i)
        if key not in self._read:
            self._read[key] = _GETTERS[attr](self.doc[i])
        return self._read[key]


def _repeat(op: str | None) -> tuple[int, int]:
    if op is None or op == "!":
        return 1, 1
    if op in ("?", "*", "+"):
        return {"?": (0, 1), "*": (0, 99), "+": (1, 99)}[op]
    m = _OP.match(op)
    if not m:
        raise ValueError(f"unsupported OP {op!r}")
    low = int(m.group(1) or 0)
    high = int(m.group(2)) if m.group(2) else (low if "," not in op else 99)
    return low, high


def _hashed(attr: str, value):
    """Return ``value`` as string hashes for attributes the TokenView holds as hashes."""
    if attr not in HASHED:
        return value
    if isinstance(value, str):
        return get_string_id(value)
    return [get_string_id(v) for v in value]


def compile_token(token: dict) -> TokenTest:
    """Return the test for one token pattern."""
    spec = []
    for attr, value in token.items():
        if attr == "OP":
            continue
        if isinstance(value, dict):
            ((pred, arg),) = value.items()
            kind = {"IN": "in", "NOT_IN": "not_in", "IS_SUPERSET": "superset"}[pred]
            spec.append((attr, kind, frozenset(_hashed(attr, arg))))
        elif attr == "MORPH":
            spec.append((attr, "superset", frozenset(value.split("|"))))
        else:
            spec.append((attr, "eq", _hashed(attr, value)))
    low, high = _repeat(token.get("OP"))
    return TokenTest(tuple(spec), low, high)


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: its label, id and token tests.

    ``keyed`` is True when the first token's only test is the LEMMA or NORM value the pattern
    is indexed under: a start position found through the index already passed that test.
    """

    label: str
    id: str
    tests: tuple[TokenTest, ...]
    keyed: bool = False

    def ends(self, view: TokenView, start: int) -> set[int]:
        """Return every end position of a match of this pattern starting at ``start``."""
        tests = self.tests
        positions = {start}
        if self.keyed:
            tests = tests[1:]
            positions = {start + 1}
            if not tests:
                return positions
        for test in tests:
            nxt: set[int] = set()
            for pos in positions:
                i = pos
                if test.low == 0:
                    nxt.add(i)
                count = 0
                while count < test.high and i < len(view) and test(view, i):
                    i += 1
                    count += 1
                    if count >= test.low:
                        nxt.add(i)
            positions = nxt
            if not positions:
                break
        return {p for p in positions if p > start}


def index_keys(pattern: dict) -> list[tuple[str, int]]:
    """Return the (attr, value hash) keys under which a pattern is indexed (its first token)."""
    first = pattern["pattern"][0]
    if first.get("OP") in ("?", "*") or first.get("OP", "").startswith("{0"):
        raise ValueError(f"pattern {pattern['id']!r}: the first token may not be optional")
    for attr in ("LEMMA", "NORM"):
        value = first.get(attr)
        if isinstance(value, str):
            return [(attr, get_string_id(value))]
        if isinstance(value, dict) and "IN" in value:
            return [(attr, get_string_id(v)) for v in value["IN"]]
    raise ValueError(f"pattern {pattern['id']!r}: the first token needs a LEMMA or NORM value or IN list")


class CueRuler:
    """Find every match of the cue patterns and store them as spans under ``doc.spans["cues"]``."""

    def __init__(self, nlp: Language, name: str = "lv_cue_ruler", spans_key: str = CUES_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
        self.patterns: list[dict] = []
        self._index: dict[tuple[str, int], list[Pattern]] = {}
        self._split: tuple | None = None

    def add_patterns(self, patterns: list[dict]) -> None:
        """Check, compile and index ``patterns`` (SpanRuler's dict format)."""
        for n, p in enumerate(patterns):
            check_pattern(p, f"{self.name}: pattern {n}")
            keys = index_keys(p)
            tests = tuple(compile_token(t) for t in p["pattern"])
            first = tests[0]
            keyed = len(first.spec) == 1 and first.spec[0][0] == keys[0][0] and first.low == first.high == 1
            compiled = Pattern(p["label"], p["id"], tests, keyed)
            for key in keys:
                self._index.setdefault(key, []).append(compiled)
            self.patterns.append(p)

    def matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Return the sorted, distinct ``(label, start, end)`` matches in ``doc``."""
        by_lemma, by_norm = self._split_index()
        found: set[tuple[str, int, int]] = set()
        view = TokenView(doc)
        for index, column in ((by_lemma, view.lemma), (by_norm, view.norm)):
            for i in [i for i, value in enumerate(column) if value in index]:
                for pattern in index[column[i]]:
                    for end in pattern.ends(view, i):
                        found.add((pattern.label, i, end))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _split_index(self) -> tuple[dict[int, list[Pattern]], dict[int, list[Pattern]]]:
        """Return the index as two plain dicts (LEMMA hash, NORM hash), rebuilt when patterns change."""
        if self._split is None or self._split[0] != len(self.patterns):
            by_lemma: dict[int, list[Pattern]] = {}
            by_norm: dict[int, list[Pattern]] = {}
            for (attr, value), patterns in self._index.items():
                (by_lemma if attr == "LEMMA" else by_norm)[value] = patterns
            self._split = (len(self.patterns), by_lemma, by_norm)
        return self._split[1], self._split[2]

    def __call__(self, doc: Doc) -> Doc:
        """Write the matches of ``doc`` as labelled spans."""
        set_spans(doc, self.spans_key, [Span(doc, s, e, label=label) for label, s, e in self.matches(doc)])
        return doc

    def to_disk(self, path, exclude=tuple()) -> None:
        """Write the patterns as JSONL, in their file order."""
        Path(path).mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(p, ensure_ascii=False, sort_keys=True) for p in self.patterns]
        (Path(path) / "patterns.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        """Read the patterns written by ``to_disk``."""
        text = (Path(path) / "patterns.jsonl").read_text(encoding="utf-8")
        self.add_patterns([json.loads(line) for line in text.splitlines() if line.strip()])
        return self


@Language.factory("lv_cue_ruler", default_config={"spans_key": CUES_KEY})
def make_cue_ruler(nlp: Language, name: str, spans_key: str) -> CueRuler:
    """Create the cue ruler (patterns added by the build or loaded from disk)."""
    return CueRuler(nlp, name, spans_key)
