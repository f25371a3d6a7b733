"""Find which qualifications a review is about and split it into one section per qualification."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.nlp.documents import documents_in
from pipeline.nlp.findings import candidate
from pipeline.nlp.metadata import find_lki
from pipeline.nlp.structure import RULES, alternatives
from pipeline.nlp.tables import (
    alone_in_row,
    cell_above,
    cell_in_column,
    column_header,
    left_cell,
    rest_of_row,
    table_index,
)
from pipeline.records import Block
from pipeline.register import Qualification, Register
from pipeline.textnorm import fold

_QUAL_LABELS = alternatives("qualification_labels")
_LABEL = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:(?:pirm|otr|tres|ceturt|piekt|sest)a\s+)?(?:" + _QUAL_LABELS + r")\s*(?:\([^)]*\))?\s*(?:nr\.?\s*\d+\.?\s*)?[:\-–—|]\s*")
_LABEL_CELL = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:" + _QUAL_LABELS + r")\s*(?:\([^)]*\)\s*)?[:]?\s*$")  # "Kvalifikācija (LKI)"
_QUOTED = re.compile(r"(?:" + alternatives("quoted_name_after") + r")\s+[\"„“”«]([^\"„“”«»]{3,80})[\"”“»]")
#: A numbered section heading: "2. Elektrotehniķis (LKI 4. līmenis)", "3) Metinātājs".
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+([^\W\d_][^()]{2,80}?)\s*(\([^)]*\))?\s*[:.]?"
                       r"(?:\s*[–—-]\s*(?:tikai\s+)?(?:MIP|PKE)\b.{0,80})?\s*$")  # "… (LKI 3) – PKE, 2. kārta"
#: Table cells that label a field rather than name a qualification ("LKI", "Nozare", "MIP").
_FIELD_LABEL = re.compile(r"^\s*(?:" + alternatives("field_labels") + r")\s*[.:]?\s*$")
_TRAILING = re.compile(r"\s*[\(,;].*$|\s*(?:\d\.\s*)?(?:" + alternatives("level_abbreviations") + r")\b.*$|[.\s]+$")
#: Genitive -> nominative rules for the head noun, tried in order (structure.v1.json "nominative").
_NOMINATIVE = tuple((tuple(r["endings"]), r["cut"], r["add"]) for r in RULES["nominative"])
_NOT_HEADING_STEMS = tuple(RULES["not_heading_stems"])
#: What may open a heading before the name: a number, a Roman numeral, a letter, "B daļa.", a label.
_HEADING_NUMBER = re.compile(
    r"^\s*(?:(?:\d{1,2}|[IVXivx]{1,5}|[A-Za-zĀ-Žā-ž])\s*[.)]|[IVX]{1,5}(?:\t|\s{2,})|[A-ZĀ-Ž]\s+da[lļ]a\s*[.:]?|"
    r"\d{1,2}\.\s*da[lļ]a\s*[.:]?)\s*")  # "II  MEHATRONISKO …": a Roman numeral and a tab or spaces
_HEADING_LABEL = re.compile(r"^(?:" + _QUAL_LABELS + r"|pkp)\b\s*[:\-–—|]?\s*")
#: What may close a heading after the name: a bracket ("(LKI 3)", "(PKE)"), a level, a colon.
_HEADING_TAIL = re.compile(r"(?:\s*(?:\([^)]*\)|[,–—-]\s*(?:\d\.\s*)?(?:" + alternatives("level_abbreviations")
                           + r")\b.*|[,–—-]\s*\d\.\s*l[iī]men\w*.*|[:.]))+\s*$", re.IGNORECASE)  # ", 4. līmenis"
_QUOTES = "\"„“”«»'"
_HEADING_STYLES = tuple(RULES["heading_styles"])


@dataclass(frozen=True, slots=True)
class QualName:
    """A qualification as the review names it, resolved against the register when possible."""

    name: str  # canonical register name, or the name as written
    in_register: bool
    qualification: Qualification | None = None


@dataclass
class Section:
    """The blocks of a review that concern one qualification."""

    qual: QualName | None
    start: int  # first block index (inclusive)
    end: int  # last block index (exclusive)
    anchor: int = -1
    blocks: list[int] = field(default_factory=list)


def resolve(written: str, register: Register) -> QualName | None:
    """Return the qualification named ``written`` (any inflection) or, if unknown, as written."""
    whole = written.strip().strip("\"„“”«»' ")
    if "(" in whole and (q := register.lookup(whole)) is not None:  # "… iekārtu (CNC) operators"
        return QualName(q.name, True, q)
    text = _TRAILING.sub("", written.strip().strip("\"„“”«»'").strip())
    text = text.strip("\"„“”«»' ")
    if len(text) < 3 or not re.search(r"[^\W\d_]", text) or text[0] in "[<{_…." or "nosaukums" in fold(text):
        return None  # a blank form's placeholder: "[kvalifikācijas nosaukums]", "________"
    q = register.lookup(text)
    if q is None:
        found = register.find_all(text)
        if len(found) == 1:
            q = found[0][1]
    if q is not None:
        return QualName(q.name, True, q)
    return QualName(nominative(text), False)


def nominative(name: str) -> str:
    """Return ``name`` with a genitive head noun turned back to nominative where it is safe."""
    words = name.split()
    if words:
        last = words[-1]
        for endings, cut, add in _NOMINATIVE:
            if last.endswith(endings):
                words[-1] = last[:-cut] + add
                break
    return " ".join(words)


@lru_cache(maxsize=16384)
def labelled_name(text: str) -> str:
    """Return the value after a qualification label in ``text`` ("Profesionālā kvalifikācija: X")."""
    m = _LABEL.match(fold(text))
    return text[m.end():].strip() if m and text[m.end():].strip() else ""


@lru_cache(maxsize=16384)
def is_label_cell(text: str) -> bool:
    """Return True if ``text`` is a table cell labelling the qualification."""
    return bool(_LABEL_CELL.match(fold(text)))


def quoted_name(text: str) -> str:
    """Return the quoted name after 'kvalifikācijas' in ``text`` (a title), else ''."""
    m = _QUOTED.search(fold(text.replace("\u201d", '"')))
    return text[m.start(1):m.end(1)] if m else ""


@lru_cache(maxsize=16384)
def is_field_label(text: str) -> bool:
    """Return True if ``text`` is a table label of another field (LKI, Nozare, MIP …), not a name."""
    return bool(_FIELD_LABEL.match(fold(text)))


@lru_cache(maxsize=16384)
def _numbered_name(text: str) -> tuple[str, str] | None:
    """Return (name, parenthesis or '') of a numbered heading ``text`` as ``_NUMBERED`` reads it,
    None when it does not look like one (the pattern backtracks, so every text is read once)."""
    if not text.lstrip()[:1].isdigit():  # cheap test of the number _NUMBERED starts with
        return None
    m = _NUMBERED.match(text)
    if m is None or len(m.group(1).split()) > 6 or not m.group(1)[0].isupper():
        return None
    return m.group(1).strip(), m.group(2) or ""


def numbered_heading(text: str, register: Register) -> QualName | None:
    """Return the qualification a numbered section heading names ("2. Elektrotehniķis (LKI 4. līmenis)").

    A registered name qualifies on its own; a name missing from the register only when the
    heading also states a level, so numbered remarks are not taken for qualifications.
    """
    numbered = _numbered_name(text)
    if numbered is None:
        return None
    name, level = numbered
    q = register.lookup(name)
    if q is not None:
        return QualName(q.name, True, q)
    if level and find_lki(level) and not any(stem in fold(text) for stem in _NOT_HEADING_STEMS):
        return QualName(nominative(name), False)
    return None


@lru_cache(maxsize=16384)
def _heading_parts(text: str) -> tuple[str, bool, str] | None:
    """Return (name, opened, tail) of a heading-like line, with a number ("II.", "B daļa."), a label,
    quotes and a closing bracket or level taken off (``opened``: a number or label stood before it).
    None for a line that reads as a sentence or is too long to be a heading."""
    line = text.strip().strip("—–-=*_ ").strip()  # "— VGK iekārtu remontatslēdzniekam —"
    words = line.split()
    if not 1 <= len(words) <= 14:
        return None
    opened = False
    m = _HEADING_NUMBER.match(line)
    if m and m.end() < len(line):
        line, opened = line[m.end():], True
    m = _HEADING_LABEL.match(fold(line))
    if m and m.end() < len(line):
        line, opened = line[m.end():], True
    tail_m = _HEADING_TAIL.search(line)
    tail = ""
    if tail_m:
        line, tail = line[:tail_m.start()], tail_m.group(0)
    name = line.strip().strip(_QUOTES).strip()
    if "„" in name or "“" in name:  # "Ekspertīze: profesionālā kvalifikācija „Metinātājs”"
        name, opened = re.split(r"[„“]", name)[-1].strip(_QUOTES + " "), True
    if not name or len(name.split()) > 8 or any(ch in name for ch in ".;!?,:"):
        return None
    return name, opened, tail


def heading_qualification(text: str, register: Register) -> QualName | None:
    """Return the qualification a heading names: "PKP „X” (LKI 3)", "II. X", "B daļa. X", "X (PKE)",
    "Kvalifikācija — X (LKI 4. līmenis)", all capitals. A name missing from the register counts only
    with a label or number before it and a stated level, so that "1. Ievads" is not one."""
    parts, m = _heading_parts(text), _HEADING_NUMBER.match(text)
    if m and (parts is None or register.lookup(parts[0]) is None):  # "II. X (LKI 4), tālākizglītības …"
        q = register.lookup(re.split(r"\s*\(|\s+[–—-]\s", text[m.end():])[0])  # "1. X (LKI 4) – atkārtota …"
        if q is not None:
            return QualName(q.name, True, q)
    if parts is None:
        return None
    name, opened, tail = parts
    if not name[0].isalpha() or any(stem in fold(name) for stem in _NOT_HEADING_STEMS):
        return None  # "· mēbeļu galdnieks,": a list's item, not a heading
    q = register.lookup(name)
    if q is not None:  # a registered name, in any case form and capitalisation
        return QualName(q.name, True, q)
    if not name[0].isupper():
        return None
    bare = not opened and _occupation(name) and not re.search(r"[–—:]|\s-\s", name) and not register.find_all(name)
    level = find_lki(tail) or re.search(r"\b[345]\.\s*l[iī]men", tail)  # "(LKI 4)", ", 4. līmenis"
    if (opened or bare) and level and not is_field_label(name) and not documents_in(name):
        return QualName(nominative(name.lower() if name.isupper() else name), False)
    return None


def _table_title(b: Block, register: Register) -> QualName | None:
    """Return the unregistered qualification named by a table's first row, one cell across it."""
    text = b.text.strip()
    if b.cell.row != 1 or not 2 <= len(text.split()) <= 5 or not text[0].isupper() or register.find_all(text):
        return None
    if _occupation(text) and not is_field_label(text) and not is_label_cell(text) and not documents_in(text):
        return QualName(nominative(text.lower() if text.isupper() else text), False)
    return None


def _value_below_label(blocks: list[Block], i: int, index: tuple[dict, dict], register: Register) -> bool:
    """Return True for a form's value cell under its qualification label, in a row of labels
    ("Profesionālā kvalifikācija | Nozare" over "Metinātājs | …"): not a key/value table's next key
    under "Kvalifikācija | Mēbeļu galdnieks", nor one of a column of names under its header."""
    columns, rows = index
    up = cell_in_column(blocks, i, -1, columns)
    if up is None or not blocks[i].text.strip() or not is_label_cell(up.text):
        return False
    label_row = [blocks[j] for j in rows[(up.cell.path, up.cell.table, up.cell.row)]]
    below = cell_in_column(blocks, i, 1, columns)
    return not any(register.find_all(x.text) for x in label_row) and not (
        below is not None and (register.find_all(below.text) or _occupation(below.text)))


def _occupation(name: str) -> bool:
    """Return True when ``name`` ends in an occupation's noun (operators, tehniķis, metinātājs)."""
    return fold(nominative(name)).endswith(_OCCUPATION)


def _document_columns(blocks: list[Block], head: Block, rows: dict | None = None) -> bool:
    """Return True if the header row of ``head`` also has a column per document, or a column naming
    the document of each row (a qualification × document table)."""
    c = head.cell
    if rows is None:
        rows = table_index(blocks)[1]
    row = [blocks[j].text for j in rows.get((c.path, c.table, c.row), ()) if blocks[j] is not head]
    if any(documents_in(t) for t in row):  # "| MIP | PKE |"
        return True
    labels = [fold(t).strip(" :.") for t in row]  # "| Dokuments | Vērtējums |", not an assignment table
    return any(t.startswith("dok") for t in labels) and any(t.startswith(_VERDICT_COLUMNS) for t in labels)


#: Column labels of a verdict ("Vērtējums", "Lēmums", "Slēdziens", "Atzinums") or of its options.
_VERDICT_COLUMNS = ("vertejum", "lemum", "sledzien", "atzinum", "atbalst", "nav atbalst")


def assignment_table(blocks: list[Block], register: Register) -> bool:
    """Return True when a table assigns experts to qualifications: a header row of three or more columns,
    one an expert's ("MIP eksperts") and none a verdict's, over two or more rows naming a qualification."""
    rows = table_index(blocks)[1]
    tables: dict[tuple, list[int]] = {}
    for path, table, row in rows:
        tables.setdefault((path, table), []).append(row)
    for (path, table), numbers in tables.items():
        head = [fold(blocks[j].text).strip(" :.") for j in rows[(path, table, min(numbers))]]
        if len(head) < 3 or not any(re.search(r"\beksperts?e?\b|\beksperti\b", t) for t in head) \
                or any(t.startswith(_VERDICT_COLUMNS) for t in head):
            continue
        named = sum(1 for n in numbers if n != min(numbers)
                    and any(register.find_all(blocks[j].text) for j in rows[(path, table, n)]))
        if named >= 2:
            return True
    return False


def _qualification_and_document(text: str, register: Register) -> QualName | None:
    """Return the registered qualification a cell or a line opens with (after a bullet: "► VGK iekārtu
    remontatslēdznieks — PKE") when a dash and a document follow it."""
    text = text.lstrip(_BULLETS)
    hits = register.find_all(text)
    if len({q.name for _, q in hits}) != 1 or hits[0][0] != 0:
        return None
    q = hits[0][1]
    words = text.split()
    for end in range(1, len(words) + 1):  # the name as written: the register's or an alias, any case form
        if register.lookup(" ".join(words[:end])) is q:
            rest = " ".join(words[end:])
            if re.match(r"\s*(?:\([^)]*\)\s*)?[–—-]\s*(?:MIP|PKE)\b", rest):
                return QualName(q.name, True, q)
    return None


_BULLETS = "►▶➤→■□▪●•·◦* \t"  # bullets that may open a heading line


def _heads_names(blocks: list[Block], i: int, label: Block, register: Register, columns: dict) -> bool:
    """Return True when the cell below ``label`` (the label left of cell ``blocks[i]``) names a registered
    qualification: the label heads a column of names, and its neighbour another column."""
    j = next(k for k in range(i - 1, -1, -1) if blocks[k] is label)
    below = cell_in_column(blocks, j, 1, columns)
    return below is not None and bool(register.find_all(below.text))


def anchors(blocks: list[Block], register: Register) -> list[tuple[int, QualName]]:
    """Return ``(block index, qualification)`` for blocks that introduce a qualification: a labelled
    line or table row, a cell under a qualification column header, or a heading naming one."""
    found: list[tuple[int, QualName]] = []
    index: tuple[dict, dict] | None = None
    headers: dict[int, bool] = {}
    for i, b in enumerate(blocks):
        q = None
        value = labelled_name(b.text)
        if value:
            q = resolve(value, register)
        elif b.cell is not None:
            if is_field_label(b.text) or is_label_cell(b.text):
                q = None
            elif (left := left_cell(blocks, i)) is not None and is_label_cell(left.text):
                q = resolve(b.text, register)
                if q and not q.in_register:
                    index = index or table_index(blocks)
                    if documents_in(b.text) or _heads_names(blocks, i, left, register, index[0]):
                        q = None  # "| Kvalifikācija | MIP atzinums |", "| Kvalifikācija | Konstatētais |" over the names
            elif (above := cell_above(blocks, i)) is not None and is_label_cell(above.text) and b.text.strip():
                q = resolve(b.text, register)  # a one-column form: the value below its label
            elif (named := _qualification_and_document(b.text, register)) is not None:
                q = named  # "Būvizstrādājumu galdnieks – PKE (2. kārta)" heading its row
            elif _value_below_label(blocks, i, (index := index or table_index(blocks)), register):
                q = resolve(b.text, register)  # "Profesionālā kvalifikācija | Nozare" over "Metinātājs | Mašīnbūve …"
                if q is not None and not q.in_register and not _occupation(q.name):
                    q = None
            elif b.cell.col == 1 and (named := heading_qualification(b.text, register)) is not None \
                    and any(documents_in(x.text) and candidate(x.text) for x in rest_of_row(blocks, i)):
                q = named  # "| Metālapstrādes iekārtu operators, 3.LKI | MIP – atbalstu | PKE – atbalstu |"
            elif alone_in_row(blocks, i):  # a table used for layout: "1. Elektromontieris (LKI 3)" across it
                q = numbered_heading(b.text, register) or heading_qualification(b.text, register) \
                    or _table_title(b, register)
            else:
                if index is None:
                    index = table_index(blocks)
                head = column_header(blocks, i, index[0])
                if head is not None and is_label_cell(head.text) and b.text.strip():
                    key = id(head)
                    if key not in headers:
                        headers[key] = _document_columns(blocks, head, index[1])
                    if headers[key]:
                        q = resolve(b.text, register)
        elif (named := numbered_heading(b.text, register)) is not None:
            q = named
        elif len(b.text.split()) <= 12 and (named := _qualification_and_document(b.text, register)) is not None:
            q = named  # "Mēbeļu galdnieks (LKI 4) – PKE" heading its part
        elif (named := heading_qualification(b.text, register)) is not None:
            q = named
        elif b.heading_level is not None or (b.style or "").lower().startswith(_HEADING_STYLES):
            hits = register.find_all(b.text)
            if len(hits) == 1:
                q = QualName(hits[0][1].name, True, hits[0][1])
            elif quoted_name(b.text):
                q = resolve(quoted_name(b.text), register)
        if q is not None:
            found.append((i, q))
    return found


def title_qualification(title: str, blocks: list[Block], register: Register) -> QualName | None:
    """Return the qualification named in the title (document title or first heading-like blocks)."""
    candidates = [title] + [b.text for b in blocks[:6] if b.cell is None]
    for text in candidates[:3]:  # a title that opens with the name: "Būvizstrādājumu galdnieks – piezīmes …"
        hits = register.find_all(text)
        if hits and hits[0][0] == 0 and len({q.name for _, q in hits}) == 1 and len(text.split()) <= 16:
            return QualName(hits[0][1].name, True, hits[0][1])
    for text in candidates:
        if not text:
            continue
        quoted = quoted_name(text)
        if quoted:
            return resolve(quoted, register)
        if "kvalifik" in fold(text) or "atzinum" in fold(text):
            hits = register.find_all(text)
            if len(hits) == 1:
                return QualName(hits[0][1].name, True, hits[0][1])
    # running text: "… par mēbeļu galdnieka MIP un PKE", when the opening names no other qualification
    opening = [b.text for b in blocks[:8] if b.cell is None]
    named = {q.name: q for text in opening for _, q in register.find_all(text)}
    if len(named) == 1 and any(documents_in(t) and register.find_all(t) for t in opening):
        q = next(iter(named.values()))
        return QualName(q.name, True, q)
    # the first opening line naming both a qualification and the documents: "Izvērtēju … elektromontiera
    # (LKI 3) modulāro programmu …", though another is named in passing further on
    first = next((t for t in opening if documents_in(t) and register.find_all(t)), "")
    if not first[:1].isalpha():
        first = ""  # "· motorzāģa operators (MIP …)": a summary's bullet, one of several
    named_first = {q.name: q for _, q in register.find_all(first)}
    if len(named_first) == 1:
        q = next(iter(named_first.values()))
        return QualName(q.name, True, q)
    # anywhere: a review that names one registered qualification in all its text (an e-mail's
    # subject, a cell below its label, a line "meža mašīnu operators, LKI 3") is about that one
    named = {q.name: q for text in [title] + [b.text for b in blocks] for _, q in register.find_all(text)}
    if len(named) == 1:
        q = next(iter(named.values()))
        return QualName(q.name, True, q)
    if named:
        return None
    return unregistered_title([title] + [b.text for b in blocks[:10] if b.cell is None])


#: Endings of the head noun of an occupation's name (operators, tehniķis, metinātājs, galdnieks).
_OCCUPATION = tuple(fold(e) for e in RULES["occupation_endings"])
#: A label before a name in a title or an e-mail subject ("Tēma: X", "Izvērtējums: X").
_NAME_LABEL = re.compile(r"^\s*(?:(?:re|fw|fwd|aw)\s*:\s*)*(?:" + alternatives("unregistered_name_labels")
                         + r")\s*[:\-–—]\s*(?:(?:re|fw|fwd|aw)\s*:\s*)*")
#: A title naming a qualification in the genitive: "Metinātāja kvalifikācijas eksāmena izvērtējums".
_GENITIVE_TITLE = re.compile(r"^\W*((?:\S+\s+){0,3}?\S+)\s+(?:profesionalas\s+)?kvalifikacijas\b")

#: A name and a bracket after it, at the start of a title: "Metinātājs (LKI 3. līmenis) – …", "par
#: atjaunojamās enerģijas sistēmu tehniķa (LKI 4. līmenis) modulārās izglītības programmas …".
_LEVEL_BRACKET = re.compile(r"^\W*(?:par\s+)?([^\W\d_][^()]{2,60}?)\s*\(([^)]*)\)")


def unregistered_title(texts: list[str]) -> QualName | None:
    """Return a qualification missing from the register that a title or an e-mail subject names:
    "Tēma: Siltumapgādes sistēmu tehniķis", "Izvērtējums: CNC metālapstrādes darbgaldu operators",
    "Metinātāja kvalifikācijas eksāmena izvērtējums", "Metinātājs (LKI 3. līmenis) – …". The name must
    end in an occupation's noun."""
    for text in texts:
        if not text or len(text.split()) > 20:
            continue
        folded = fold(text)
        candidates = []
        if len(text.split()) <= 14:
            m = _NAME_LABEL.match(folded)
            candidates = [text[m.end():]] if m else []
            g = _GENITIVE_TITLE.match(folded)
            if g:
                candidates.append(text[g.start(1):g.end(1)])
        b = _LEVEL_BRACKET.match(text)
        if b and find_lki(b.group(2)):  # "Metinātājs (LKI 3. līmenis) – MIP un PKE saturs. Eksperta vērtējums"
            candidates.append(b.group(1))
        parts = [p for c in candidates for p in re.split(r"\s+[–—-]\s+|\s*[(:;,]", c.strip().strip(_QUOTES))]
        for part in parts:  # "Subject: MIP - Metālapstrādes iekārtu operators"
            name = part.strip(_QUOTES + " .")
            words = name.split()
            if not 1 <= len(words) <= 6 or documents_in(name) or any(s in fold(name) for s in _NOT_HEADING_STEMS):
                continue
            name = nominative(name)
            if _occupation(name) and re.fullmatch(r"[^\W\d_][\w\s-]*", name):
                return QualName(name[0].lower() + name[1:] if not name.split()[0].isupper() else name, False)
    return None


def joint_qualifications(title: str, blocks: list[Block], register: Register) -> tuple[QualName, ...]:
    """Return the registered qualifications a review names together in its title or opening line
    ("Datorizētu kokapstrādes iekārtu operators un kokapstrādes iekārtu operators – MIP un PKE"),
    when it has no section of its own for each: its statements ("visus četrus dokumentus atbalstu")
    are about all of them."""
    for text in [title] + [b.text for b in blocks[:4] if b.cell is None]:
        if not text or len(text.split()) > 16:
            continue
        named = {q.name: q for _, q in register.find_all(text)}
        if len(named) >= 2:
            return tuple(QualName(q.name, True, q) for q in named.values())
    return ()


def split_sections(blocks: list[Block], title: str, register: Register) -> list[Section]:
    """Return the sections of the review, one per distinct qualification in document order."""
    found = anchors(blocks, register)
    distinct: list[tuple[int, QualName]] = []
    for i, q in found:  # an unregistered name may come back in other letters ("MAŠĪNBŪVES TEHNIĶIS")
        if all(q.name.lower() != d[1].name.lower() for d in distinct):
            distinct.append((i, q))
    if not distinct:
        q = title_qualification(title, blocks, register)
        return [Section(q, 0, len(blocks))]
    sections = []
    for n, (i, q) in enumerate(distinct):
        start = 0 if n == 0 else _section_start(blocks, i)
        end = _section_start(blocks, distinct[n + 1][0]) if n + 1 < len(distinct) else len(blocks)
        sections.append(Section(q, start, end, anchor=i))
    return sections


def _section_start(blocks: list[Block], anchor: int) -> int:
    """Return where the section of ``anchor`` begins: at a heading just above it, if any."""
    for j in range(anchor, max(-1, anchor - 3), -1):
        if blocks[j].heading_level is not None:
            return j
    return anchor
