"""Who wrote a review and when: the expert and the date, wherever people put them.

Reviews name their expert and date in many places: a label ("Eksperts: …", "Datums | …"), a
signature ("Ar cieņu," then the name; "Vārds Uzvārds, nozares eksperte"; "____ /J. Ozols/"), a
letterhead (the name and role as the first lines), a page header or footer, a place-and-date line
("Rīgā, 2026. gada 6. martā"), or the headers of an e-mail printed into Word ("No:", "Nosūtīts:",
"From:", "Sent:"). A quoted earlier message (the coordinator's request) is never the expert's:
its sender, date and text are left out (``mail.quoted_from``). The file's author property is only a
fallback, used when the text names nobody.

Each finder returns a ``Found`` saying where the value was found, which ``reviews explain`` shows.
The vocabularies are data (``rules/authorship.v1.json``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.nlp import metadata as meta
from pipeline.nlp.mail import RULES, email_header, header
from pipeline.records import Block
from pipeline.textnorm import fold

GIVEN_NAMES = frozenset(RULES["given_names"])
TITLES = frozenset(t.rstrip(".") for t in RULES["titles"])
PLACES = tuple(RULES["place_words"])


def _alternatives(key: str) -> str:
    return "|".join(RULES[key])


_ROLE = re.compile(r"\b(?:" + _alternatives("role_words") + r")\b")
_COORDINATOR = re.compile(r"\b(?:" + _alternatives("coordinator_words") + r")\b")
_CLOSING_PREFIX = re.compile(r"^\W*(?:" + "|".join(re.escape(c) for c in RULES["closings"]) + r")\s*,\s*(?=\S)")
_CLOSING = re.compile(r"^\W*(?:" + "|".join(re.escape(c) for c in RULES["closings"]) + r")\b[\s,.!]*$")
_NOT_REVIEW_DATE = re.compile(r"\b(?:" + _alternatives("not_review_date") + r")\b")
_PLACE = re.compile(r"^\s*(?:" + "|".join(RULES["place_words"]) + r")\w*\s*,")

UPPER = meta.UPPER
LOWER = meta.LOWER
_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_CAPS_WORD = rf"[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?"
_INITIAL = rf"[{UPPER}]\."
_PERSON = re.compile(rf"(?<![\w.])((?:{_INITIAL}\s*|{_WORD}\s+)(?:{_WORD}\s+)?{_WORD}|{_CAPS_WORD}\s+{_CAPS_WORD})(?![\w])")
#: Latvian endings of given names and surnames (Jānis Ozols, Kalniņš; Ilze Lāce, Kalniņa).
_NAME_ENDING = re.compile(r"(?:s|š|a|e|o|is|us|ā)$")


@dataclass(frozen=True)
class Found:
    """A value read from the review and where it was found."""

    value: str = ""
    where: str = ""


def _strip_titles(text: str) -> str:
    words = text.replace(",", " , ").split()
    while words and _is_title(words[0]):
        words.pop(0)
    return " ".join(words).replace(" , ", ", ")


def _is_title(word: str) -> bool:
    """Return True for an academic title or its piece ("Mg.", "sc.", "ing.", "Mg.sc.ing.", "Dr.")."""
    w = fold(word).strip(",")
    if "." not in w or re.fullmatch(r"[a-z]\.", w) and word[0].isupper():
        return False  # an initial
    return w.split(".")[0] in TITLES or (len(w) <= 6 and w.rstrip(".").isalpha() and word[:1].islower())


def is_name(candidate: str, strong: bool) -> bool:
    """Return True when ``candidate`` looks like a person's name: two or three capitalised words with
    Latvian name endings, or an initial and a surname. Where nothing but its shape says it is a name
    (``strong`` False: a bare line, a letterhead), one of the words must be a known given name."""
    words = candidate.replace(".", ". ").split()
    if not 2 <= len(words) <= 3:
        return False
    folded = [fold(w).strip(".") for w in words]
    if any(w in meta.EXPERT_NOT_WORDS or (meta.month_number(w) and w not in GIVEN_NAMES) for w in folded):
        return False
    if any(w.startswith(PLACES) and w not in GIVEN_NAMES for w in folded):
        return False  # "Rīgas Tehniskās (koledžas)": a place, not a person
    initial = len(folded[0]) == 1
    given = any(w in GIVEN_NAMES for w in folded)
    if not all(_NAME_ENDING.search(w) for w in folded if len(w) > 1):
        return False
    return given or (initial and len(words) == 2) or (strong and len(words) == 2)


def name_in(text: str, strong: bool, at_start: bool = True) -> str:
    """Return the person's name in ``text`` (titles dropped): at its start when ``at_start``."""
    text = _strip_titles(text)
    for m in _PERSON.finditer(text):
        if at_start and text[: m.start()].strip(" /(\t-–_"):
            break
        name = re.sub(r"\s+", " ", m.group(1)).strip()
        rest = text[m.end():].lstrip()
        if re.match(rf"[{LOWER}]", rest) and not _ROLE.match(fold(rest)):
            continue  # "I. Kokapstrādes iekārtu operators": a heading's phrase, not a person
        if name.isupper():
            if not any(fold(w) in GIVEN_NAMES for w in name.split()):
                continue  # "EKSPERTA ATZINUMA VEIDLAPA" is a heading, "JĀNIS OZOLS" a name
            name = name.title()
        if is_name(name, strong):
            return name
    return ""


def _sender(value: str) -> str:
    name = re.split(r"[<\[(]", value)[0].strip(" '\"")
    return name_in(name, strong=True)


# --- the expert ----------------------------------------------------------------


def _someone_else(text: str) -> bool:
    """Return True for a line about another person: the coordinator, an addressee."""
    folded = fold(text)
    return bool(_COORDINATOR.search(folded)) or (header(text) or ("", ""))[0] == "other"


def _sentences(text: str) -> list[str]:
    """Return the sentences of a paragraph: "Eksperts: Oskars Meiers. PKE … vērtē cits eksperts." is
    two; a title ("Mg.sc.ing. Edgars Liepiņš", "Mg. sc. ing. Baiba Zvaigzne") ends none."""
    out, start = [], 0
    for m in re.finditer(rf"(\S*[{LOWER}]{{2}}\.)\s+(?=[{UPPER}])", text):
        if not _is_title(m.group(1)):
            out.append(text[start:m.end(1)])
            start = m.end()
    return out + [text[start:]]


def _labelled_expert(blocks: list[Block], author: str = "") -> Found:
    for i, b in enumerate(blocks):
        if b.cell is None:  # each sentence on its own: another one may speak of someone else
            name = next((n for part in _sentences(b.text) if not _someone_else(part)
                         and (n := after_label(part, author))), "")
            if name:
                return Found(name, "label")
        if _someone_else(b.text):
            continue
        if b.cell is not None and meta.is_expert_label(b.text) and len(b.text.split()) <= 6:
            for value in meta.value_cells(blocks, i):
                name = name_in(value.text, strong=True, at_start=False)
                if name:
                    return Found(name, f"label cell: {b.text.strip()[:30]}")
        name = after_label(b.text, author) if b.cell is not None else ""
        if name:
            return Found(name, "label")
        name = meta.signature_name(b.text)
        if name and is_name(name, strong=True):
            return Found(name, "signature line")
    return Found()


_GENITIVE_LABEL = re.compile(r"\b(?:eksperta|ekspertes)\s*$")


def after_label(text: str, author: str = "") -> str:
    """Return the name right after an expert label ("Eksperte: Laura Zariņa, SIA …",
    "Sagatavoja: nozares eksperts Ivars Dālderis"), else ''. After a genitive label ("Ekspertes
    Agneses Bērziņas vērtējums") the name is given in the nominative."""
    for end in meta.expert_labels(text):
        rest = text[end:].lstrip(" :–—-|_\t").split("\n")[0]  # the label's line only, up to a tab or a
        rest = re.split(r"\t| {2,}", rest)[0]  # run of spaces before the next field ("…   Datums: …")
        name = name_in(rest, strong=True)
        if not name and fold(text).lstrip().startswith(("eksperts", "eksperte", "nozares eksp")) \
                and len(text[:end].split()) <= 2 and (words := re.match(rf"(?:[{UPPER}][\w.-]*\s+){{1,2}}[{UPPER}][\w-]*(?=\s+[{LOWER}])", rest)):
            name = name_in(words.group(0), strong=True)  # "Eksperts Ģirts Rozenbergs vērtējis …"
        if name:
            if _GENITIVE_LABEL.search(fold(text[:end])):
                name = nominative_name(name, author)
            return name
    return ""


def nominative_name(name: str, author: str = "") -> str:
    """Return a genitive name in the nominative: the author property's when it is the same person
    (Agneses Bērziņas ~ Agnese Bērziņa), else by the feminine endings (-as → -a, -es → -e)."""
    words = name.split()
    if author and len(author.split()) == len(words):
        if all(fold(a)[:-1] == fold(w)[: len(fold(a)) - 1] for a, w in zip(author.split(), words, strict=True)):
            return author.strip()
    return " ".join(w[:-1] if w.endswith(("as", "es")) else w for w in words)


def _full_name(found: Found, blocks: list[Block], headers: list[Block], author: str) -> Found:
    """Return ``found`` with an initial ("J. Ozols") replaced by the full name written elsewhere
    in the review's text with the same surname (a letterhead, a label). The author property does
    not count: the name is reported as the review writes it."""
    m = re.match(rf"^[{UPPER}]\.\s*(\S+)$", found.value)
    if m is None:
        return found
    surname, initial = m.group(1), found.value[0]
    for text in [line for b in blocks + headers for line in b.text.split("\n")]:
        for candidate in _PERSON.finditer(_strip_titles(text)):
            words = candidate.group(1).split()
            if len(words) == 2 and words[1] == surname and words[0][0] == initial and "." not in words[0]:
                return Found(candidate.group(1), found.where)
    return found


def _signer(blocks: list[Block]) -> Found:
    """Return the name that closes the review: after "Ar cieņu,", a name alone on a line, a name
    with a role after it, read from the last lines upwards."""
    tail = [i for i, b in enumerate(blocks) if b.text.strip()][-12:]
    for n in range(len(tail) - 1, -1, -1):
        b = blocks[tail[n]]
        text = b.text.strip()
        below = blocks[tail[n + 1]].text if n + 1 < len(tail) else ""
        lines = [line.strip() for line in text.split("\n") if line.strip()]  # a block of several lines:
        if len(lines) > 1 and len(lines[0].split()) <= 6 and meta.find_dates(lines[0]):
            lines = lines[1:]  # "14.04.2026⏎A. Berzins": the place and date above the name
        closed = len(lines) > 1 and bool(_CLOSING.match(fold(lines[0])))  # "Ar cieņu,⏎Laura Zariņa⏎direktore"
        text, more = lines[closed], " ".join(lines[closed + 1:])
        if _someone_else(text) or len(text.split()) > 14 or _COORDINATOR.search(fold(below)):
            continue
        after_closing = closed or (n > 0 and _CLOSING.match(fold(blocks[tail[n - 1]].text)))
        closing_here = _CLOSING_PREFIX.match(fold(text))
        if closing_here:  # "Ar cieņu, V. Krauze"
            text, after_closing = text[closing_here.end():].strip(), True
        m = re.search(r"\s*(?:[,/|–—]|\s{2,})\s*", text)
        head, rest = (text[:m.start()], text[m.end():]) if m else (text, "")
        role = bool(_ROLE.search(fold(rest)) or _ROLE.search(fold(more))
                    or len(below.split()) <= 6 and _ROLE.search(fold(below)))
        strong = bool(after_closing or role)
        name = name_in(head, strong) if head else ""
        if name and len(_strip_titles(head).split()) <= 4:  # "Mg. sc. ing. Elīna Krūmiņa"
            return Found(name, "after the closing" if after_closing else "signature")
        name = name_in(text, strong=False)
        if name and len(text.split()) <= 4:
            return Found(name, "signature")
    return Found()


def _letterhead(blocks: list[Block]) -> Found:
    """Return the name on the review's first lines, above the title, when a role follows it."""
    lines = [b for b in blocks[:4] if b.text.strip() and b.cell is None]
    for n, b in enumerate(lines[:3]):
        text = b.text.strip()
        nxt = fold(lines[n + 1].text) if n + 1 < len(lines) else ""
        if _someone_else(text) or _COORDINATOR.search(nxt):
            continue
        parts = re.split(r"\s*[,/|–—]\s*", text, maxsplit=1)
        role = bool(_ROLE.search(fold(parts[1]) if len(parts) > 1 else "")) or bool(_ROLE.search(nxt))
        name = name_in(parts[0], strong=role)
        if name and len(parts[0].split()) <= 4:
            return Found(name, "letterhead")
    return Found()


def _header_footer(headers: list[Block]) -> Found:
    for b in headers:
        for part in re.split(r"\s*[|•·]\s*|\s{2,}", b.text):
            name = after_label(part)
            if name:
                return Found(name, "page header or footer")
            parts = re.split(r"\s*[,/–—]\s*", part.strip(), maxsplit=1)
            role = len(parts) > 1 and bool(_ROLE.search(fold(parts[1])))
            name = name_in(parts[0], strong=role)
            if name and not _someone_else(part):
                return Found(name, "page header or footer")
    return Found()


def find_expert(blocks: list[Block], headers: list[Block], author: str) -> Found:
    """Return the expert: the e-mail's sender, a label, a signature, the letterhead, the page header
    or footer, and only then the file's author property."""
    head = email_header(blocks)
    if head and head[2].get("sender"):
        name = _sender(head[2]["sender"])
        if name:
            return Found(name, "e-mail sender")
    for finder in (lambda bs: _labelled_expert(bs, author), _signer, _letterhead):
        found = finder(blocks)
        if found.value:
            return _full_name(found, blocks, headers, author)
    found = _header_footer(headers)
    if found.value:
        return _full_name(found, blocks, headers, author)
    if meta.looks_like_name(author or "") and is_name(author.strip(), strong=True) \
            and not _named_in_text(author, blocks) and not _blank_expert_field(blocks):
        return Found(author.strip(), "author property")
    return Found()


def _blank_expert_field(blocks: list[Block]) -> bool:
    """Return True when the form's expert field is left blank ("Eksperts: ______"): the file's author
    then filled in or sent the form, and is not taken for the expert."""
    for i, b in enumerate(blocks):
        for end in meta.expert_labels(b.text):
            if re.fullmatch(r"[\s:_.…/|–—-]*", b.text[end:]) and "_" in b.text[end:]:
                return True
        if b.cell is not None and meta.is_expert_label(b.text) and len(b.text.split()) <= 4:
            values = meta.value_cells(blocks, i)
            right = [v for v in values if v.cell.row == b.cell.row]
            below = [v for v in values if v.cell.row != b.cell.row]
            if not any(v.text.strip() for v in right) and all(meta.is_date_label(v.text) or not v.text.strip()
                                                              for v in below):
                return True  # "| Eksperts |  |" above "| Datums | 11.06.2026 |"
    return False


def _named_in_text(author: str, blocks: list[Block]) -> bool:
    """Return True when the text names the file's author as a coordinator or an addressee
    ("LDDK projekta koordinatorei Ilzei Bērziņai"): that person is not the expert."""
    stems = [fold(w)[:-2] for w in author.split() if len(w) > 4]
    if not stems:
        return False
    surname = re.compile(rf"\b{re.escape(stems[-1])}\w{{0,4}}\b")
    return any(surname.search(fold(b.text)) and _COORDINATOR.search(fold(b.text)) for b in blocks)


# --- the date ----------------------------------------------------------------------


def _period(text: str) -> bool:
    """Return True when ``text`` gives a period, two dates joined by a dash."""
    spans = meta.date_spans(text)
    folded = fold(text)
    return any(re.fullmatch(r"\W*[–—-]\W*", folded[a[1]:b[0]]) for a, b in zip(spans, spans[1:], strict=False))


def _own_dates(text: str) -> list[str]:
    """Return the dates of ``text`` unless it dates something else (a version, a deadline, a receipt,
    a period "2026.gada 1.janvāris – 2026.gada 31.marts")."""
    folded = fold(text)
    if _NOT_REVIEW_DATE.search(folded) or _period(text):
        return []
    return [d for _, d in meta.find_dates(text)]


def _year(blocks: list[Block]) -> int:
    years = Counter(int(d[:4]) for b in blocks for _, d in meta.find_dates(b.text))
    return years.most_common(1)[0][0] if years else 0


def _days(text: str, year: int) -> list[str]:
    if not year or _NOT_REVIEW_DATE.search(fold(text)):
        return []
    return [f"{year:04d}-{m:02d}-{d:02d}" for _, m, d in meta.find_days(text)]


def _labelled_date(blocks: list[Block], year: int, cells_only: bool = False) -> Found:
    """Return the date after a date label ("Datums: …", "Paraksts / datums | …"), of a form table's
    label cells only when ``cells_only``."""
    for i, b in enumerate(blocks):
        if (cells_only and b.cell is None) or not meta.is_date_label(b.text) or _someone_else(b.text):
            continue
        if b.cell is None and len(b.text.split()) > 12 and not meta.DATE_LABEL.match(fold(b.text).lstrip()):
            continue  # "Atzinums sagatavots pēc … 16. februāra versiju": a label word in prose
        dates = [d for _, d in meta.find_dates(b.text)] or _days(b.text, year)
        if dates:
            return Found(dates[0], "label")
        if b.cell is not None:
            for value in meta.value_cells(blocks, i):
                dates = [d for _, d in meta.find_dates(value.text)] or _days(value.text, year)
                if dates:
                    return Found(dates[0], f"label cell: {b.text.strip()[:30]}")
    return Found()


def find_date(blocks: list[Block], headers: list[Block], created: str = "") -> Found:
    """Return the review date: the e-mail's sent date, a labelled date, a place-and-date line, a date
    in the closing lines, one in the opening lines, one in the page header or footer, and else the
    first date written that dates nothing else. A date without a year takes the review's year."""
    head = email_header(blocks)
    year = _year(blocks) or (int(created[:4]) if created[:4].isdigit() else 0)
    sent = meta.find_dates(head[2]["sent"]) if head and head[2].get("sent") else []
    if sent:  # a form pasted into the e-mail ("Datums | 17.04.2026") dates the review itself
        found = _labelled_date(blocks, year, cells_only=True)
        return found if found.value else Found(sent[0][1], "e-mail sent date")
    found = _labelled_date(blocks, year)
    if found.value:
        return found
    for b in blocks:
        folded = fold(b.text)
        if len(b.text.split()) <= 9 and (_PLACE.match(folded) or re.match(r"^\s*[A-ZĀ-Ž]\w+ā,\s*\d", b.text)):
            dates = _own_dates(b.text) or _days(b.text, year)
            if dates:
                return Found(dates[0], "place and date")
    texts = [b for i, b in enumerate(blocks) if b.text.strip() and not meta.history_cell(blocks, i)]
    for b in reversed(texts[-8:]):
        if len(b.text.split()) <= 12:
            dates = _own_dates(b.text) or _days(b.text, year)
            if dates:
                return Found(dates[-1], "closing lines")
    for b in texts[:6]:
        if len(b.text.split()) <= 12:
            dates = _own_dates(b.text)
            if dates:
                return Found(dates[0], "opening lines")
    for b in headers:
        dates = _own_dates(b.text)
        if dates:
            return Found(dates[0], "page header or footer")
    for b in blocks:
        dates = _own_dates(b.text)
        if dates and not meta.is_submission(b.text):
            return Found(dates[0], "first date in the text")
    return Found()
