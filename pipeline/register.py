"""The qualification register: load it from CSV, match names in any inflection.

The register is a CSV with columns ``name, sector, lki_level, aliases``
(aliases separated by ``;``).  Adding a qualification is adding a row.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.errors import UsageError
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


class Register:
    """The qualifications known to the coordinators, matched by stems."""

    def __init__(self, qualifications: list[Qualification]) -> None:
        self.qualifications = list(qualifications)
        self._by_stems: dict[tuple[str, ...], Qualification] = {}
        for q in self.qualifications:
            for name in q.names:
                self._by_stems[stem_key(name)] = q
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

    def __len__(self) -> int:
        return len(self.qualifications)

    def __iter__(self):
        return iter(self.qualifications)

    def lookup(self, name: str) -> Qualification | None:
        """Return the qualification called ``name`` in any case form, or None."""
        return self._by_stems.get(stem_key(name))

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


def load_register(path: Path) -> Register:
    """Load the register CSV at ``path``; raise UsageError if it is unusable."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise UsageError(
                    f"register {path}: missing column(s) {', '.join(missing)}; "
                    f"expected {', '.join(REQUIRED_COLUMNS)}, aliases"
                )
            rows = list(reader)
    except FileNotFoundError:
        raise UsageError(f"register {path}: no such file") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"register {path}: not a UTF-8 CSV file ({exc})") from None
    qualifications = []
    for n, row in enumerate(rows, start=2):
        name = (row.get("name") or "").strip()
        if not name:
            continue
        level = (row.get("lki_level") or "").strip()
        if level and level not in {"1", "2", "3", "4", "5", "6", "7", "8"}:
            raise UsageError(f"register {path}, line {n}: LKI level {level!r} is not a number 1-8")
        aliases = tuple(a.strip() for a in re.split(r";", row.get("aliases") or "") if a.strip())
        qualifications.append(
            Qualification(name=name, sector=(row.get("sector") or "").strip(), lki_level=level, aliases=aliases)
        )
    if not qualifications:
        raise UsageError(f"register {path}: no qualifications in it")
    return Register(qualifications)
