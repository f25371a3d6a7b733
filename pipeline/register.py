"""The qualification register: load it from CSV, match names in any inflection.

The register is a CSV with columns ``name, sector, lki_level, aliases``
(aliases separated by ``;``), or their Latvian headings, as Excel saves it
(see ``load_register``).  Adding a qualification is adding a row.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.errors import UsageError
from pipeline.messages import cli_message
from pipeline.textnorm import key

REQUIRED_COLUMNS = ("name", "sector", "lki_level")
_FOUND_SIZE = 8192  # texts whose register matches a Register remembers (forms repeat their option texts)

# Latvian noun/adjective endings, longest first; stripping them leaves a stem
# shared by every case form ("galdnieks", "galdnieka", "galdniekam" -> "galdniek").
_ENDINGS = sorted(
    {
        "iem", "ajam", "ajai", "ajiem", "ajos", "ajas", "ajo", "aja",
        "ais", "ajs", "ako", "am", "ai", "as", "os", "us", "es", "is", "ys", "em", "im",
        "um", "ei", "ie", "ii", "ij", "u", "a", "e", "i", "o", "s", "ā", "ē", "ī", "ū",
    },
    key=len,
    reverse=True,
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a crude Latvian stem of a folded word (case endings removed)."""
    for ending in _ENDINGS:
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=16384)
def stem_key(text: str) -> tuple[str, ...]:
    """Return the stems of the words in ``text`` (folded, punctuation removed)."""
    return tuple(stem(w) for w in key(text).split())


@dataclass(frozen=True)
class Qualification:
    """A professional qualification in the register."""

    name: str
    sector: str
    lki_level: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Return the canonical name followed by the aliases."""
        return (self.name, *self.aliases)


#: How alike (difflib's ratio of the stems) a name must be to a register name to be taken for it.
FUZZY_CUTOFF = 0.9


class Register:
    """The qualifications known to the coordinators, matched by stems."""

    def __init__(self, qualifications: list[Qualification],
                 short_names: dict[tuple[str, ...], Qualification] | None = None) -> None:
        self.qualifications = list(qualifications)
        self._by_stems: dict[tuple[str, ...], Qualification] = {}
        for q in self.qualifications:
            for name in q.names:
                self._by_stems[stem_key(name)] = q
        for stems, q in (short_names or {}).items():
            self._by_stems.setdefault(stems, q)
        # Longest names first, so "datorizētu kokapstrādes iekārtu operators"
        # wins over "kokapstrādes iekārtu operators" when searching text.
        self._patterns = sorted(self._by_stems.items(), key=lambda kv: -len(kv[0]))
        # Pattern positions by first stem: a text only tries the names whose first word it holds.
        self._by_first: dict[str, list[int]] = {}
        for n, (stems, _) in enumerate(self._patterns):
            if stems:
                self._by_first.setdefault(stems[0], []).append(n)
        self._empty_name = any(not stems for stems, _ in self._patterns)
        self._found: dict[str, tuple[tuple[int, Qualification], ...]] = {}
        self._joined = {" ".join(stems): q for stems, q in self._by_stems.items() if len(stems) >= 2}

    def with_short_names(self, named: Collection[Qualification]) -> Register:
        """Return this register that also knows the qualifications ``named`` (in one review) by the
        end of their names: "remontatslēdznieka programma", "sistēmu tehniķa MIP" once the review has
        named "ventilācijas … iekārtu remontatslēdznieks" and "ventilācijas … sistēmu tehniķis".

        An end counts when no other qualification of ``named`` ends the same way, it is no register
        name itself, and, as one word, it ends no other register name ("tehniķis" ends many).
        """
        last = Counter(stem_key(q.name)[-1] for q in self.qualifications)
        short: dict[tuple[str, ...], Qualification] = {}
        for q in named:
            stems = stem_key(q.name)
            for k in range(1, len(stems)):
                tail = stems[-k:]
                if (k == 1 and last[tail[0]] > 1) or tail in self._by_stems:
                    continue
                if [p for p in named if stem_key(p.name)[-k:] == tail] == [q]:
                    short[tail] = q
        return Register(self.qualifications, short) if short else self

    def families(self, text: str) -> tuple[Qualification, ...]:
        """Return the qualifications ``text`` names as a group by the start of their names that they
        share: "abu ventilācijas un gaisa kondicionēšanas kvalifikāciju", "VGK kvalifikāciju" (their
        aliases' start). The start is two words or more, or one word in capitals."""
        words = text.split()
        out: dict[str, Qualification] = {}
        for i, word in enumerate(words):
            if not stem(key(word)).startswith("kvalifikacij"):
                continue
            for n in range(min(i, 6), 0, -1):
                before = words[i - n:i]
                if n == 1 and not (before[0].isupper() and len(before[0]) >= 2):
                    break
                start = stem_key(" ".join(before))
                group = {q.name: q for q in self.qualifications for name in q.names
                         if stem_key(name)[:n] == start and len(stem_key(name)) > n}
                if len(group) >= 2:
                    out.update(group)
                    break
        return tuple(out.values())

    def written_length(self, words: list[str], q: Qualification) -> int:
        """Return how many of ``words`` name ``q`` as written there (its name, an alias or, in a review's
        register, the end of its name, in any case form); the register name's length when none do."""
        return next((n for n in range(1, len(words) + 1) if self.lookup(" ".join(words[:n])) is q),
                    len(q.name.split()))

    def __len__(self) -> int:
        return len(self.qualifications)

    def __iter__(self):
        return iter(self.qualifications)

    def lookup(self, name: str) -> Qualification | None:
        """Return the qualification called ``name`` in any case form, or with a slip of the keys
        ("remontatslezdnieks" for "remontatslēdznieks"), or None."""
        if "(" in name and (inner := re.sub(r"\s*\([^()]{1,12}\)", "", name)) != name:
            found = self.lookup(inner)  # "Datorizētu kokapstrādes iekārtu (CNC) operators"
            if found is not None:
                return found
        stems = stem_key(name)
        found = self._by_stems.get(stems)
        if found is None and len(stems) >= 2:
            close = difflib.get_close_matches(" ".join(stems), self._joined, n=2, cutoff=FUZZY_CUTOFF)
            if len(close) == 1 or (len(close) == 2 and self._joined[close[0]] is self._joined[close[1]]):
                found = self._joined[close[0]]
        if found is None and len(stems) >= 2:  # a name with words left out: "VGK remontatslēdznieks"
            fits = {id(q): q for full, q in self._by_stems.items()
                    if full[-1] == stems[-1] and len(full) > len(stems) and set(stems[:-1]) <= set(full[:-1])}
            if len(fits) == 1:
                found = next(iter(fits.values()))
        return found

    def find_all(self, text: str) -> list[tuple[int, Qualification]]:
        """Return ``(word_index, qualification)`` for each register name in ``text``.

        Overlapping matches keep the longest name.
        """
        cached = self._found.get(text)
        if cached is None:
            cached = tuple(self._find_all(text))
            if len(self._found) >= _FOUND_SIZE:
                self._found.clear()
            self._found[text] = cached
        return list(cached)

    def _find_all(self, text: str) -> list[tuple[int, Qualification]]:
        words = stem_key(text)
        taken = [False] * len(words)
        found: list[tuple[int, Qualification]] = []
        if self._empty_name:
            order = range(len(self._patterns))
        else:
            order = sorted({n for w in set(words) for n in self._by_first.get(w, ())})
        for k in order:
            stems, q = self._patterns[k]
            n = len(stems)
            for i in range(len(words) - n + 1):
                if words[i : i + n] == stems and not any(taken[i : i + n]):
                    taken[i : i + n] = [True] * n
                    found.append((i, q))
        return sorted(found, key=lambda f: f[0])

    def sectors(self) -> list[str]:
        """Return the sectors in register order, each once."""
        return list(dict.fromkeys(q.sector for q in self.qualifications))


#: Column headings as Excel users write them (folded with ``pipeline.textnorm.key``) -> the register's columns.
HEADINGS = {
    "name": "name", "nosaukums": "name", "kvalifikacija": "name", "kvalifikacijas nosaukums": "name",
    "sector": "sector", "nozare": "sector",
    "lki level": "lki_level", "lki_level": "lki_level", "lki": "lki_level", "lki limenis": "lki_level",
    "limenis": "lki_level", "level": "lki_level",
    "aliases": "aliases", "alias": "aliases", "sinonimi": "aliases", "citi nosaukumi": "aliases",
}
#: Where Excel puts its separator: ``,`` with English settings, ``;`` with Latvian ones (tab for "Unicode text").
SEPARATORS = (";", ",", "\t")


def load_register(path: Path, lang: str = "lv") -> Register:
    """Load the register CSV at ``path``; raise UsageError, worded in ``lang``, if it is unusable.

    It reads what Excel writes: ``,`` or ``;`` (or tab) separated, UTF-8 with
    or without a BOM, UTF-16 with a BOM, or Windows-1257; English headings
    (name, sector, lki_level, aliases) or Latvian ones (nosaukums, nozare, LKI
    līmenis, sinonīmi).  Aliases are separated by ``;`` (also by ``,`` in a
    ``;``-separated file).  An LKI level other than 1-8 and a name given
    twice (in any case form, as a name or an alias) are refused, naming the rows.
    """
    def refuse(code: str, **params) -> UsageError:
        return UsageError(cli_message(code, lang, path=path, **params))

    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise refuse("register_missing") from None
    text = _decode(raw)
    if text is None:
        raise refuse("register_encoding")
    first = text.split("\n", 1)[0]
    separator = max(SEPARATORS, key=first.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error:
        raise refuse("register_encoding") from None
    header = [HEADINGS.get(key(h), h.strip()) for h in rows[0]] if rows else []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise refuse("register_columns", missing=", ".join(missing))
    column = {name: header.index(name) for name in (*REQUIRED_COLUMNS, "aliases") if name in header}
    alias_split = re.compile("[;,]" if separator == ";" else ";")
    qualifications: list[Qualification] = []
    seen: dict[tuple[str, ...], tuple[int, str]] = {}  # stems of a name or alias -> (row, the name written)
    for n, values in enumerate(rows[1:], start=2):
        row = {c: values[i].strip() if i < len(values) else "" for c, i in column.items()}
        name = row["name"]
        if not name:
            continue
        level = row["lki_level"].rstrip(".")
        if level and level not in {"1", "2", "3", "4", "5", "6", "7", "8"}:
            raise refuse("register_level", row=n, name=name, level=row["lki_level"])
        aliases = tuple(a.strip() for a in alias_split.split(row.get("aliases", "")) if a.strip())
        for written in dict.fromkeys((name, *aliases)):
            stems = stem_key(written)
            if stems in seen and seen[stems][0] != n:
                row, other = seen[stems]
                raise refuse("register_duplicate", name=written, first=row, first_name=other, second=n,
                             second_name=name)
            seen[stems] = (n, name)
        qualifications.append(Qualification(name=name, sector=row["sector"], lki_level=level, aliases=aliases))
    if not qualifications:
        raise refuse("register_empty")
    return Register(qualifications)


def _decode(raw: bytes) -> str | None:
    """Return the register's text from its bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1257."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1257")
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text.replace("\r\n", "\n").replace("\r", "\n")
    return None
