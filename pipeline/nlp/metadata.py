"""Read review metadata from text: date, expert's name, LKI level, labelled fields."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.structure import HISTORY_LABEL, RULES, alternatives
from pipeline.nlp.tables import row_label
from pipeline.records import Block
from pipeline.textnorm import fold

UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽ"
LOWER = "a-zāčēģīķļņšūž"
_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_INITIAL = rf"[{UPPER}]\."
NAME = re.compile(rf"(?<![\w.])((?:{_WORD}|{_INITIAL})\s+{_WORD})(?![\w])")
NAME_ONLY = re.compile(rf"^\s*{_WORD}\s+{_WORD}\s*$")

MONTHS: dict[str, int] = dict(RULES["months"])
#: English month names as e-mail clients print them ("Mon, Mar 23, 2026", "23 March 2026").
ENGLISH_MONTHS = {name: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}
_MONTH_STEMS = sorted(MONTHS, key=len, reverse=True)
_YEAR_WORDS = alternatives("year_words")
_M = r"([a-z]{3,11})"  # a month word, checked by ``month_number``
_DATE_FORMS = (  # (pattern over folded text, order of the groups: y/m/d)
    (re.compile(r"\b(\d{4})\.?\s*(?:" + _YEAR_WORDS + r")?\s*(\d{1,2})\.?\s*" + _M + r"\b"), "ydm"),
    (re.compile(r"\b(\d{4})\.?\s*(?:" + _YEAR_WORDS + r")\s*" + _M + r"\s+(\d{1,2})\b"), "ymd"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.?\s+" + _M + r"\.?,?\s+(\d{4})\b"), "dmy"),
    (re.compile(r"\b" + _M + r"\s+(\d{1,2})\.?,?\s+(\d{4})\b"), "mdy"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)"), "dMy"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]\d)"), "dMy"),
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), "yMd"),
    (re.compile(r"(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})\.?(?![\d])"), "yMd"),  # 2026.04.08.
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"), "dMy"),  # 22/06/2026
)
_YEARLESS = (
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s*" + _M + r"\b(?!\s*\d)"), "dm"),
    (re.compile(r"\b" + _M + r"\s+(\d{1,2})\.(?!\d)"), "md"),
)
_DATE_LABEL = DATE_LABEL = re.compile(r"\b(" + alternatives("date_labels") + r")\b")

_EXPERT_LABEL = re.compile(
    r"\b(?:(?:" + alternatives("expert_label_qualifiers") + r")\s+)?(?:" + alternatives("expert_labels") + r")\b"
)
_EXPERT_NOT = EXPERT_NOT_WORDS = frozenset(RULES["not_name_words"])

_LKI = [(re.compile(rule["pattern"]), rule["shift"]) for rule in RULES["lki_patterns"]]


#: The endings a Latvian month name takes after its stem, folded (marts, martā, marta, aprīlī, janvāris).
_MONTH_ENDINGS = frozenset({"", "s", "a", "is", "i", "u", "am"})


def month_number(word: str) -> int:
    """Return the month a folded month word names in any case form (martā, marts, March), else 0."""
    for stem in _MONTH_STEMS:
        if word.startswith(stem) and word[len(stem):] in _MONTH_ENDINGS:
            return MONTHS[stem]
    return ENGLISH_MONTHS.get(word, 0)


def _iso(year: int, month: int, day: int) -> str:
    if 0 <= year < 100:
        year += 2000
    if 1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def _parts(m: re.Match, order: str) -> tuple[int, int, int] | None:
    """Return (year, month, day) of a match read in ``order`` (y, d, m = month word, M = month number)."""
    values: dict[str, int] = {}
    for key, group in zip(order, m.groups(), strict=True):
        if key == "m":
            values["M"] = month_number(group)
            if not values["M"]:
                return None
        else:
            values[key] = int(group)
    return values.get("y", -1), values["M"], values["d"]


def find_dates(text: str) -> list[tuple[int, str]]:
    """Return ``(offset, YYYY-MM-DD)`` for each date written in ``text``: "2026. gada 12. martā",
    "2026. gada 13. marts", "13 marts 2026", "March 23, 2026", "12.03.2026.", "12.03.26", "2026-03-12"."""
    return list(_find_dates(text))


@lru_cache(maxsize=16384)
def _find_dates(text: str) -> tuple[tuple[int, str], ...]:
    return tuple(sorted((a, iso) for a, _, iso in _date_spans(text)))


@lru_cache(maxsize=16384)
def _date_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    folded = fold(text)
    found: list[tuple[int, int, str]] = []
    for pattern, order in _DATE_FORMS:
        for m in pattern.finditer(folded):
            parts = _parts(m, order)
            if parts and not any(a < m.end() and m.start() < b for a, b, _ in found):
                iso = _iso(*parts)
                if iso:
                    found.append((m.start(), m.end(), iso))
    return tuple(found)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the dates in ``text``, in order."""
    return sorted((a, b) for a, b, _ in _date_spans(text))


@lru_cache(maxsize=16384)
def find_days(text: str) -> tuple[tuple[int, int, int], ...]:
    """Return ``(offset, month, day)`` for each date written without a year ("13. martā", "marta 13.")."""
    folded = fold(text)
    full = [(a, b) for a, b, _ in _date_spans(text)]
    found = []
    for pattern, order in _YEARLESS:
        for m in pattern.finditer(folded):
            parts = _parts(m, order)
            if parts and 1 <= parts[2] <= 31 and not any(a < m.end() and m.start() < b for a, b in full):
                found.append((m.start(), parts[1], parts[2]))
    return tuple(sorted(found))


_SUBMISSION = re.compile(r"\b(?:" + alternatives("submission_words") + ")")


@lru_cache(maxsize=16384)
def is_submission(text: str) -> bool:
    """Return True if ``text`` dates something other than the review (submission, receipt, an earlier review)."""
    return bool(_SUBMISSION.search(fold(text)))


#: Words of a heading that opens one review round of several ("2. ekspertīze (…)", "Atkārtotais vērtējums").
ROUND_WORD = re.compile(r"\b(?:" + alternatives("round_words") + ")")
#: A clause saying a document is reviewed elsewhere or later ("PKE saturs tiks vērtēts atsevišķi").
_DEFERRED = re.compile(r"\b(?:" + alternatives("deferral_words") + ")")
_CLAUSE = re.compile(r"[^.;:!?]+[.;:!?]?")


def without_deferred(text: str) -> str:
    """Return ``text`` without its clauses that defer a document's review to later or elsewhere."""
    return " ".join(c for c in _CLAUSE.findall(text) if not _DEFERRED.search(fold(c)))


@lru_cache(maxsize=16384)
def is_date_label(text: str) -> bool:
    """Return True if ``text`` labels a date (Datums:, Atzinums sagatavots ...)."""
    return bool(_DATE_LABEL.search(fold(text)))


def looks_like_name(text: str) -> bool:
    """Return True if ``text`` is just a first name and a surname."""
    if not NAME_ONLY.match(text or ""):
        return False
    return not any(w in _EXPERT_NOT for w in fold(text).split())


def expert_labels(text: str) -> list[int]:
    """Return the offsets just after each expert label in ``text`` ("Eksperts", "Sagatavoja:")."""
    return [m.end() for m in _EXPERT_LABEL.finditer(fold(text))]


def first_name(text: str) -> str:
    """Return the first 'Firstname Surname' within the first few words of ``text``, else ''."""
    head = " ".join(text.split()[:8])
    for m in NAME.finditer(head):
        candidate = m.group(1)
        if not any(w in _EXPERT_NOT for w in fold(candidate).split()):
            return candidate
    return ""


_SIGN = alternatives("signature_words")
_SIGNATURE = re.compile(rf"^\s*((?:{_WORD}|{_INITIAL})\s+{_WORD})\s*(?:[_.]{{3,}}|/|\((?:{_SIGN})\))")
_SIGN_OFF = re.compile(rf"^\s*((?:{_WORD}|{_INITIAL})\s+{_WORD})\s*,\s*(?=\d)")
_SIGNATURE_AFTER = re.compile(rf"(?:_{{3,}}|(?:{_SIGN}):?)\s*/?\s*((?:{_WORD}|{_INITIAL})\s+{_WORD})\s*/?\s*$", re.I)


@lru_cache(maxsize=16384)
def signature_name(text: str) -> str:
    """Return the name on a signature line ("Jānis Bērziņš ________", "____ /J. Bērziņš/"), else ''."""
    for pattern in (_SIGNATURE, _SIGNATURE_AFTER, _SIGN_OFF):
        m = pattern.search(text)
        if m and not any(w in _EXPERT_NOT for w in fold(m.group(1)).split()):
            return m.group(1)
    return ""


#: What is left of a line that is only a label to fill in ("Paraksts: ________", "Datums: __.__.____").
_BLANK = re.compile(r"[\s:._/\-–]*")


@lru_cache(maxsize=16384)
def is_sign_off(text: str) -> bool:
    """Return True if ``text`` is a line that closes a review rather than says something in it:
    a signature line ("Jānis Bērziņš ________"), a line that starts with the expert's label and
    name ("Eksperts: Jānis Bērziņš   Paraksts: ____") or with a date label ("Datums: 12.03.2026"),
    and such a label with only a blank to fill in ("Paraksts: ________")."""
    if signature_name(text):
        return True
    folded = fold(text)
    start = len(folded) - len(folded.lstrip())
    m = _EXPERT_LABEL.match(folded, start)
    if m and (first_name(text[m.end():]) or _BLANK.fullmatch(folded, m.end())):
        return True
    m = _DATE_LABEL.match(folded, start)
    return bool(m) and (folded[m.end():].lstrip().startswith(":") or bool(_BLANK.fullmatch(folded, m.end())))


@lru_cache(maxsize=16384)
def is_expert_label(text: str) -> bool:
    """Return True if ``text`` (a table cell) labels the expert's name."""
    return bool(_EXPERT_LABEL.search(fold(text)))


@lru_cache(maxsize=16384)
def find_lki(text: str) -> str:
    """Return the LKI level written in ``text`` ("LKI 4. līmenis", "PKL 3" -> "4"), else ''."""
    folded = fold(text)
    for pattern, shift in _LKI:
        m = pattern.search(folded)
        if m:
            level = int(m.group(1)) + shift
            if 1 <= level <= 8:
                return str(level)
    return ""


def value_cells(blocks: list[Block], i: int) -> list[Block]:
    """Return the value cells of label cell ``blocks[i]``: the next cell to its right and the cell
    below it, those that exist, in that order."""
    cell = blocks[i].cell
    right = [b for b in blocks[i + 1: i + 6] if b.cell and b.cell.path == cell.path and b.cell.table == cell.table
             and b.cell.row == cell.row and b.cell.col > cell.col]
    below = [j for j, b in enumerate(blocks[i + 1: i + 14], start=i + 1) if b.cell and b.cell.path == cell.path
             and b.cell.table == cell.table and b.cell.col == cell.col and b.cell.row == cell.row + 1]
    # "Datums" over the earlier review's row ("1. (sākotnējā) | 09.06.2026. | …") gives not this one's date
    return right[:1] + [blocks[j] for j in below[:1] if not history_cell(blocks, j)]


def history_cell(blocks: list[Block], i: int) -> bool:
    """Return True when ``blocks[i]`` is a table cell whose row's first cell labels an earlier review."""
    if blocks[i].cell is None:
        return False
    label = row_label(blocks, i)
    return label is not blocks[i].text and HISTORY_LABEL.search(fold(label)) is not None
