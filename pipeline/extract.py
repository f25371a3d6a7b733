"""Turn a ReviewDocument into verdict rows, recommendations and problems.

The stages, each in its own module under ``pipeline/nlp``:

1. ``qualifications``: split the review into one section per qualification;
2. ``findings``: run the spaCy pipeline on the blocks that contain a verdict word;
3. ``forms``: keep only the options a form marks (checkbox, X/V/✓, strikethrough);
4. ``documents``: attach findings that name no document to the one their context names;
5. ``decide``: merge the findings per (qualification, document), detect conflicts;
6. ``metadata`` and ``recommendations``: expert, date, LKI level, the expert's advice.

Longer than 500 lines on purpose: it is where the stages meet (their order and what each hands the
next); each stage's own rules stay in its module.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from pipeline.nlp import load_pipeline
from pipeline.nlp import metadata as meta
from pipeline.nlp.authorship import find_date, find_expert
from pipeline.nlp.decide import decide
from pipeline.nlp.documents import documents_in, heading_documents, not_reviewed, says_not_submitted
from pipeline.nlp.filekind import OTHER, FileKind, classify
from pipeline.nlp.findings import Distractor, Finding, candidate, read_blocks
from pipeline.nlp.forms import select
from pipeline.nlp.legend import expand_legends
from pipeline.nlp.mail import (
    forwarded_at,
    header_lines,
    is_quote_marker,
    quoted_from,
    thread_message,
)
from pipeline.nlp.qualifications import (
    QualName,
    Section,
    assignment_table,
    is_field_label,
    is_label_cell,
    joint_qualifications,
    labelled_name,
    nominative,
    split_sections,
    title_qualification,
)
from pipeline.nlp.questionnaire import answer, question, read_questionnaires
from pipeline.nlp.recommendations import from_comments, from_labelled_lines, from_sections, from_tables
from pipeline.nlp.structure import alternatives
from pipeline.nlp.tables import column_header, row_label, table_index
from pipeline.records import (
    DOCUMENT_TYPES,
    NEEDS_CORRECTIONS,
    SUPPORTED,
    UNKNOWN,
    Block,
    Extraction,
    Problem,
    Recommendation,
    ReviewDocument,
    VerdictRow,
)
from pipeline.register import Qualification, Register
from pipeline.textnorm import fold

VERDICT_PARTS = frozenset({"body", "textbox"})
#: Words that open a review's conclusion: a closing section, a "Kopumā …" sentence, a "Kopvērtējums" row.
CONCLUSION = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:" + alternatives("conclusion_words") + r")\b")
#: A closing section's heading: one that holds a conclusion word ("Secinājumi", "Detalizēts vērtējums").
CONCLUSION_HEADING = re.compile(r"\b(?:" + alternatives("conclusion_words") + r")\b")
@dataclass(frozen=True)
class Metadata:
    """What the review says about itself."""

    expert: str = ""
    date: str = ""
    lki_level: str = ""
    expert_from_author: bool = False
    expert_where: str = ""  # where the expert was found ("e-mail sender", "signature", …)
    date_where: str = ""


@dataclass(frozen=True)
class Analysis:
    """Everything extraction saw in one review: what ``explain`` shows, and the result."""

    blocks: list[Block]
    sections: list[Section]
    read: list[Finding]  # every verdict the rules read, options included
    kept: list[Finding]  # the ones that count (chosen options, narrative verdicts)
    distractors: list[Distractor]
    info: Metadata
    extraction: Extraction
    evidence: dict[tuple[str, str], tuple[Finding, ...]]  # (qualification, document) -> findings used
    kind: FileKind | None = None  # review, progress report or something else, with the evidence
    assigned: dict | None = None  # (qualification, document) -> every finding about it, before deciding


def extract(doc: ReviewDocument, file: str, register: Register) -> Extraction:
    """Return the verdict rows, recommendations and problems found in ``doc``."""
    return analyse(doc, file, register).extraction


def analyse(doc: ReviewDocument, file: str, register: Register) -> Analysis:
    """Return the full analysis of ``doc``: findings, distractors, sections and the extraction."""
    blocks = thread_message(header_lines([b for b in doc.blocks if b.part in VERDICT_PARTS]), _has_verdict_word)
    cut = quoted_from(blocks)  # a quoted earlier e-mail is not the expert's text ...
    if forwarded_at(blocks, cut) and not any(_has_verdict_word(b.text) for b in blocks[:cut]):
        inner = blocks[cut + 1 if is_quote_marker(blocks[cut].text) else cut:]  # ... unless it is forwarded
        cut, blocks = quoted_from(inner), inner
    blocks = blocks[:cut]
    blocks = expand_legends(blocks)  # "AP" in a form cell, explained under "Apzīmējumi"
    texts = [doc.title] + [b.text for b in blocks]
    named = tuple(dict.fromkeys([q for text in texts for _, q in register.find_all(text)]
                                + [q for text in texts for q in register.families(text)]))
    register = register.with_short_names(named)  # "remontatslēdznieka programma" once the full name is given
    sections = split_sections(blocks, doc.title, register)
    unsectioned = [s.qual for s in sections] == [None]
    if unsectioned and doc.headers:  # named only in the page header or footer
        sections[0].qual = title_qualification("", list(doc.headers), register)
    read, distractors = read_blocks(load_pipeline(), blocks, [i for i, b in enumerate(blocks) if candidate(b.text)])
    kept = select(read, blocks)
    answered, questions = read_questionnaires(blocks)
    kept = [f for f in kept if f.block not in questions] + answered
    kept, options = without_option_lists(conditional_after_list(continued(kept, blocks), blocks), blocks)
    distractors = distractors + options
    info = read_metadata(doc, blocks)
    kept, newest = latest_round(kept, blocks)
    if newest:
        info = replace(info, date=newest)
    joint = joint_qualifications(doc.title, blocks, register) if sections[0].qual is None and unsectioned else ()
    excluded = excluded_by_section(sections, blocks, register)
    assigned = assign(kept, blocks, sections, doc.title, register, excluded, joint, everyone=named)
    kind = classify(doc.title, blocks, [f for fs in assigned.values() for f in fs],
                    any(s.qual is not None for s in sections), bool(info.expert) and not info.expert_from_author,
                    any(labelled_name(b.text) or is_label_cell(b.text) for b in blocks),
                    assignment_table(blocks, register))
    if kind.kind == OTHER:  # minutes, letters, news, instructions: no verdict, one problem for the file
        problem = _problem(file, "no_verdict", "not a review: " + "; ".join(kind.evidence), kind="not_review")
        extraction = Extraction((), (), (problem,))
        return Analysis(blocks, sections, read, kept, distractors, info, extraction, {}, kind, assigned)
    summarised = {q.name for (q, _), fs in assigned.items() if q is not None and any(f.method == "summary" for f in fs)}
    if info.expert_from_author and len(summarised) > 1:
        info = replace(info, expert="", expert_where="")  # a report's author property is no reviewer
    rows, problems, evidence = build_rows(file, assigned, blocks, sections, excluded, doc, info, register)
    if not rows and not problems:  # a Word file that reviews nothing found: said, so that no file goes missing
        problems.append(_problem(file, "no_verdict", "no review of a MIP or PKE found in the file"))
    stated = {f.block for fs in assigned.values() for f in fs}
    recs = recommendations(file, doc, blocks, sections, info, stated)
    extraction = Extraction(tuple(rows), tuple(recs), tuple(problems), doc.author.strip(),
                            info.expert_where == "author property")
    return Analysis(blocks, sections, read, kept, distractors, info, extraction, evidence, kind, assigned)


#: Stems of a verdict: a forwarding note without one passes on the review below it.
_VERDICT_STEMS = ("atbalst", "virz", "noraid", "iebild", "iebilst", "pienemam")


def _has_verdict_word(text: str) -> bool:
    folded = fold(text)
    return any(w in folded for w in _VERDICT_STEMS)


_AFTER_THAT = re.compile(r"\b(?:pec tam|pec to|pec so|pec tam, kad|tad)\b")
#: A required correction: a verb in the debitive ("jāpievieno", "jāizlabo"), with or without diacritics.
_MUST = re.compile(r"(?<![\w])jā[a-zāčēģīķļņšūž]{3,}|(?<![\w])ja(?:precize|papildin|labo|izlabo|pievieno|ieklau|norad|"
                   r"parstrad|nomain|partais|samazin|palielin|noverst|novers|parskat|sakarto|izveido|izstrada)\w*")


#: Words that open a paragraph continuing the one before with a "but" ("Tomēr pirms virzīšanas …").
_CONTRAST = re.compile(r"^\W*(?:" + alternatives("contrast_openers") + r")\b")


def continued(findings: list[Finding], blocks: list[Block]) -> list[Finding]:
    """Return the findings with a statement that names no document, in a paragraph opening with
    "Tomēr", "Taču", "Bet", about the document the paragraph before spoke of: "Programmas saturs
    kopumā ir atbalstāms." then "Tomēr pirms virzīšanas saskaņošanai jāprecizē …"."""
    by_block: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        by_block[f.block].append(f)
    out = []
    for f in findings:
        before = by_block.get(f.block - 1, [])
        if not f.documents and before and f.sent_start == 0 and blocks[f.block].cell == blocks[f.block - 1].cell \
                and _CONTRAST.match(fold(blocks[f.block].text)):
            docs = {d for g in before for d in g.documents}
            if len(docs) == 1:
                f = f.copy_with(documents=tuple(docs), reference="previous sentence")
        out.append(f)
    return out


def conditional_after_list(findings: list[Finding], blocks: list[Block]) -> list[Finding]:
    """Return the findings with a support that follows a list of required corrections and refers
    back to it ("1) jāpievieno …; 2) jāizlabo …" then "Pēc tam programma ir atbalstāma") made
    conditional: the corrections come first."""
    out = []
    for f in findings:
        text = blocks[f.block].text
        opens = max(f.sent_start, text.rfind(";", 0, f.start) + 1)
        closes = text.find(";", f.end, f.sent_end)
        clause = fold(text[opens:closes if closes >= 0 else f.sent_end])  # its own ';'-clause
        if f.verdict == SUPPORTED and f.method == "rule" and _AFTER_THAT.search(clause):
            above = [blocks[j].text.lower() for j in range(max(0, f.block - 6), f.block) if blocks[j].cell is None]
            above.append(text[:opens].lower())  # "Jautājumu proporcijas jāmaina; pēc tam … var saskaņot"
            if any(_MUST.search(t) for t in above):
                f = f.copy_with(verdict=NEEDS_CORRECTIONS, settled=True)
        out.append(f)
    return out


def without_option_lists(findings: list[Finding], blocks: list[Block]) -> tuple[list[Finding], list[Distractor]]:
    """Return the findings without printed option lists, and those options as distractors.

    Instructions and regulations list every verdict, one per line, after a line ending in ':'
    ("Eksperts sniedz vienu no šādiem vērtējumiem:"). Two or more such lines in a row, each giving
    a different verdict in prose (not chosen by a mark), list options; they state nothing. Lines
    that open with a different document each ("MIP – …", "PKE – …") are verdicts, not options.
    """
    by_block: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        by_block[f.block].append(f)
    dropped: set[int] = set()
    for i, b in enumerate(blocks):
        if not b.text.rstrip().endswith(":") or b.cell is not None:
            continue
        run = []
        j = i + 1
        while j < len(blocks) and len(by_block.get(j, ())) == 1 and by_block[j][0].method == "rule" \
                and len(blocks[j].text.split()) <= 16:
            run.append(j)
            j += 1
        named = [documents_in(blocks[k].text[:12]) for k in run]  # "MIP – …", "PKE – …": one per document
        per_document = all(len(d) == 1 for d in named) and len({d[0] for d in named}) == len(run)
        if len(run) >= 2 and len({by_block[k][0].verdict for k in run}) == len(run) and not per_document:
            dropped.update(run)
    kept = [f for f in findings if f.block not in dropped]
    options = [Distractor(f.block, "instruction", f.start, f.end) for f in findings if f.block in dropped]
    return kept, options


# --- metadata ----------------------------------------------------------------


def read_metadata(doc: ReviewDocument, blocks: list[Block]) -> Metadata:
    """Return the expert's name, the review date and the LKI level written in ``doc``, and where."""
    headers = list(doc.headers)
    expert = find_expert(blocks, headers, doc.author)
    date = find_date(blocks, headers, doc.created)
    return Metadata(
        expert=expert.value, date=date.value, lki_level=find_level(doc.title, headers + blocks),
        expert_from_author=expert.where == "author property", expert_where=expert.where, date_where=date.where,
    )


def find_level(title: str, blocks: list[Block]) -> str:
    """Return the LKI level written in the title or the blocks, else ''."""
    return meta.find_lki(title) or next((level for j in range(len(blocks)) if (level := _level_at(blocks, j))), "")


# --- review rounds -------------------------------------------------------------


def review_rounds(blocks: list[Block]) -> list[tuple[int, str]]:
    """Return ``(block index, date)`` of the headings that open a dated review round
    ("2. ekspertīze (2026-03-10)", "Atkārtotais vērtējums, 10.03.2026."), in document order."""
    rounds = []
    for i, b in enumerate(blocks):
        if b.cell is not None or len(b.text.split()) > 8 or candidate(b.text):
            continue
        dates = meta.find_dates(b.text)
        if dates and meta.ROUND_WORD.search(fold(b.text)):
            rounds.append((i, dates[0][1]))
    return rounds


def latest_round(findings: list[Finding], blocks: list[Block]) -> tuple[list[Finding], str]:
    """Return the findings without those of earlier review rounds, and the newest round's date.

    A file holding several dated reviews of the same documents counts the newest one: the
    findings under the other round headings (each up to the next heading) are history. With
    fewer than two dated rounds nothing changes and the date is ''.
    """
    findings, table_newest = _latest_table_round(findings, blocks)
    rounds = review_rounds(blocks)
    if len({d for _, d in rounds}) < 2:
        return findings, table_newest
    newest = max(range(len(rounds)), key=lambda n: rounds[n][1])
    bounds = [i for i, _ in rounds] + [len(blocks)]
    old = [(bounds[n], bounds[n + 1]) for n in range(len(rounds)) if n != newest]
    kept = [f for f in findings if not any(a <= f.block < b for a, b in old)]
    return kept, rounds[newest][1]


_TABLE_ROUND = re.compile(r"\b(?:kart\w*|" + alternatives("round_words") + ")")


def _latest_table_round(findings: list[Finding], blocks: list[Block]) -> tuple[list[Finding], str]:
    """Return the findings without those in the rows of earlier rounds of a table of rounds ("| 1. kārta
    | 18.03.2026. | nav atbalstāms |" over "| 2. kārta (šis atzinums) | 14.05.2026. | atbalstāms |"),
    and the newest round's date ('' when no table has two dated rounds)."""
    columns, rows = table_index(blocks)
    dated: dict[tuple, dict[tuple, str]] = defaultdict(dict)
    for (path, table, row), cells in rows.items():
        first_cell = min(cells, key=lambda j: blocks[j].cell.col)
        first = blocks[first_cell].text
        dates = [d for j in cells for _, d in meta.find_dates(blocks[j].text)]
        labelled = (len(first.split()) <= 6 and _TABLE_ROUND.search(fold(first))) or any(
            _ROUND_CELL.match(fold(blocks[j].text)) for j in cells)  # "| MIP | 2. kārta | 15.04.2026. | … |"
        if not labelled and re.fullmatch(r"\W*\d{1,2}\.?(?:\s*\([^)]*\))?\W*", first):  # "| 2. (aktuālā) | 02.03.2026. | …"
            head = column_header(blocks, first_cell, columns)
            labelled = head is not None and bool(_TABLE_ROUND.search(fold(head.text)))
        if dates and labelled:
            dated[(path, table)][(path, table, row)] = dates[0]
    newest = ""
    for table_rows in dated.values():
        if len(set(table_rows.values())) < 2:
            continue
        latest = max(table_rows.values())
        old = {j for r, d in table_rows.items() if d != latest for j in rows[r]}
        findings = [f for f in findings if f.block not in old]
        newest = max(newest, latest)
    return findings, newest


_ROUND_CELL = re.compile(r"^\W*\d{1,2}\.\s*kart\w*\b")


# --- assigning findings to qualifications and documents ----------------------


def _section_of(sections: list[Section], i: int) -> Section:
    for s in sections:
        if s.start <= i < s.end:
            return s
    return sections[0]


_BULLET = re.compile(r"^\s*(?:[·•\-–—*▪●◦]|\d{1,2}[.)]|[A-Za-z]\))?\s*")
_NOTE_LABEL = re.compile(r"^[^\W\d_]+\s*:\s*")  # "Piezīme: "


def _summary_qualification(block: Block, register: Register) -> QualName | None:
    """Return the one register qualification a summary bullet or a note opens with ("· motorzāģa
    operators (MIP saturs ir atbalstāms; …)", "Elektromontieris: MIP …", "Piezīme: mežsaimniecības
    tehniķa MIP …"), else None. A name inside prose ("Tāpat kā motorzāģa operatora programmā …")
    opens nothing."""
    bullet = _BULLET.match(block.text)
    return _opening_after_label(block.text[bullet.end():], register, numbered=bool(bullet.group().strip()))


def _opening_after_label(text: str, register: Register, numbered: bool = False) -> QualName | None:
    """Return the qualification ``text`` opens with, or opens with after a label ("Piezīme: …",
    "Rezumējot: …")."""
    found = _opening_qualification(text, register, numbered)
    label = _NOTE_LABEL.match(text)
    return found if found is not None or not label else _opening_qualification(text[label.end():], register)


def _clause_qualification(text: str, at: int, register: Register) -> QualName | None:
    """Return the qualification that opens the sentence or ';'-clause of ``text`` holding offset ``at``,
    or the nearest one before it, when the paragraph names several: "Elektromontiera MIP – atbalstāms
    …; elektrotehniķa MIP – nav atbalstāms", "Elektromontiera programma ir atbalstāma … Elektrotehniķa
    programmu atbalstu …"."""
    if len({q.name for _, q in register.find_all(text)}) < 2:
        return None
    bounds = [0] + [m.end() for m in _CLAUSE_END.finditer(text)] + [len(text)]
    for start, end in reversed([(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a <= at]):
        found = _opening_after_label(text[start:end].strip(), register)
        if found is not None:
            return found
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")
_CLAUSE_END = re.compile(r";\s*|" + _SENTENCE_END.pattern)


def _opening_qualification(text: str, register: Register, numbered: bool = False) -> QualName | None:
    """Return the one qualification ``text`` opens with, when a bracket, a colon or a document
    follows it: "Elektromontiera PKE: …", "Mēbeļu galdnieka programmu varu atbalstīt …", "Ar
    būvizstrādājumu galdnieka programmu ir citādi", "Par … remontatslēdznieka dokumentiem: …"."""
    sentences = _SENTENCE_END.split(text, maxsplit=2)
    first = sentences[0]  # later sentences may compare with another one ...
    hits = register.find_all(first)
    if not hits and len(sentences) > 1 and _announced(sentences[1], register):
        first, text = sentences[1], text[text.index(sentences[1]):]  # ... but may announce the topic:
        hits = register.find_all(first)  # "Pēc LDDK lūguma izskatīju … Sākšu ar elektrotehniķa programmu"
    words = first.split()
    if len({q.name for _, q in hits}) != 1:
        return None
    at = hits[0][0]
    q = hits[0][1]
    size = register.written_length(words[at:], q)  # the name as written: the register's, an alias or its end
    rest = " ".join(words[at + size:][:3])
    if at and not _TOPIC_OPENER.fullmatch(fold(" ".join(words[:at]))):
        if fold(words[at - 1]) == "par" and (documents_in(rest) or _DOCUMENT_NOUN.match(fold(rest))):
            return QualName(q.name, True, q)  # "Visvairāk jautājumu man radās par … remontatslēdznieka eksāmenu."
        return None
    if at and fold(" ".join(words[:at])) not in ("ar", "par", "savukart", "bet", "un", "ari"):
        return QualName(q.name, True, q)  # "Sākšu ar mēbeļu galdnieku.", "Attiecībā uz … programmu"
    if not at and not rest.strip(" .:–—-") and first != text:
        return QualName(q.name, True, q)  # "Motorzāģa operators. Programmā izlaboti …": the name as a title
    if at == 1 and words[0].isupper() and len(words[0]) >= 3 and words[1].startswith("("):
        return QualName(q.name, True, q)  # "DKIO (datorizētu kokapstrādes iekārtu operators, 4. līmenis). …"
    if at == 1 and fold(words[0]) == "ar" and re.match(r"(?:ir|bija|situacij\w*)\b", fold(rest)):
        return QualName(q.name, True, q)  # "Ar elektrotehniķi ir sarežģītāk.": the topic, then its remarks
    if "(" in text or rest.lstrip().startswith(":") or documents_in(rest) or _DOCUMENT_NOUN.match(fold(rest)) \
            or re.match(r"\s*kvalifikacij", fold(rest)):  # "Savukārt elektromontiera kvalifikācijai vērtēju …"
        return QualName(q.name, True, q)
    last = words[at + size - 1] if len(words) >= at + size else ""
    if numbered and not at and (last.endswith(".") or re.match(r"\s*(?:[.–—]|-\s)", rest)):
        return QualName(q.name, True, q)  # "2) Motorzāģa operators - te viss …", "B) Elektrotehniķis. …"
    return None


#: The everyday name of a document right after a qualification ("… galdnieka programmu").
_DOCUMENT_NOUN = re.compile(
    r"\s*(?:modular\w*\s+)?(?:programm(?:a|as|ai|u|am)|eksamen\w*|parbaudijum\w*|dokument\w*|material\w*)\b")

#: Words that introduce the topic of a paragraph before a qualification ("Sākšu ar …", "Attiecībā uz …").
_TOPIC_OPENER = re.compile(rf"(?:{alternatives('topic_openers')})")


def _announced(sentence: str, register: Register) -> bool:
    """Return True when ``sentence`` opens with words that announce its qualification as the topic
    ("Sākšu ar …", "Attiecībā uz …"), not a bare "ar" or "un"."""
    hits = register.find_all(sentence)
    opener = fold(" ".join(sentence.split()[:hits[0][0]])) if hits else ""
    return " " in opener and bool(_TOPIC_OPENER.fullmatch(opener))


def _context(blocks: list[Block], i: int, section: Section, title: str) -> tuple[tuple[str, ...], str]:
    """Return the documents the context of block ``i`` names, and where they were found."""
    b = blocks[i]
    if b.cell is not None:
        row = [x for x in blocks if x.cell and x.cell.table == b.cell.table and x.cell.path == b.cell.path
               and x.cell.row == b.cell.row]
        docs = documents_in(" ".join(x.text for x in row))
        label = min(row, key=lambda x: x.cell.col).text
        if not docs and len(_DASH.split(label)) == 2:  # "| Elektromontieris – programma | pozitīvs … |"
            docs = heading_documents(_DASH.split(label)[1])
        if docs:
            return docs, "table row"
    for j in range(i - 1, section.start - 1, -1):
        x = blocks[j]
        heading_like = x.heading_level is not None or (len(x.text.split()) <= 12 and not x.text.rstrip().endswith("."))
        if heading_like:
            docs = heading_documents(x.text)
            if docs:
                return docs, "heading"
    docs = documents_in(title)
    if docs:
        return docs, "title"
    if section.anchor >= 0:
        docs = documents_in(blocks[section.anchor].text)
        if docs:
            return docs, "section heading"
    return (), ""


def excluded_documents(section: Section, blocks: list[Block]) -> frozenset[str]:
    """Return the documents the section says it does not review: "MIP netika iesniegts ekspertīzei",
    "atzinums attiecas tikai uz programmu" (then the other one). A document the review's form has
    a place for ("PKE:" above its printed options) is reviewed, even if left blank."""
    form_places = {d for j in range(section.start, section.end) for d in documents_in(blocks[j].text)
                   if len(blocks[j].text.split()) <= 3 and blocks[j].cell is None}  # "PKE:" heading its part
    out = set().union(*(not_reviewed(blocks[j].text) for j in range(section.start, section.end))) - form_places
    out |= {d for j in range(section.start, section.end) if blocks[j].cell and says_not_submitted(blocks[j].text)
            for d in _label_documents(getattr(column_header(blocks, j), "text", "")) + _row_label_documents(blocks, j)}
    return frozenset(out) if len(out) < len(DOCUMENT_TYPES) else frozenset()


def excluded_by_section(sections: list[Section], blocks: list[Block], register: Register) -> dict[int, frozenset[str]]:
    """Return ``excluded_documents`` for each section, by ``id``. What the opening paragraphs, before
    the first qualification's heading, say is not reviewed ("Eksāmenu saturs šīm kvalifikācijām
    netika iesniegts") holds for every section, unless they name a qualification."""
    out = {id(s): excluded_documents(s, blocks) for s in sections}
    first = sections[0]
    if first.anchor > first.start:  # the paragraphs above the first qualification's heading
        opening = range(first.start, first.anchor)
    else:  # a first section with no qualification is all opening
        opening = range(first.start, first.end if first.qual is None else first.start)
    if len(sections) < 2 or any(register.find_all(blocks[j].text) for j in opening):
        return out
    said = frozenset().union(*(not_reviewed(blocks[j].text) for j in opening))
    for s in sections:
        if len(out[id(s)] | said) < len(DOCUMENT_TYPES):
            out[id(s)] |= said
    return out


def _row_label_documents(blocks: list[Block], i: int) -> tuple[str, ...]:
    """Return the documents the first cell of the row of table cell ``blocks[i]`` names, when it is
    a short label ("PKE | netiek vērtēts")."""
    label = row_label(blocks, i)
    return _label_documents(label) if label is not blocks[i].text else ()


def _label_documents(label: str) -> tuple[str, ...]:
    """Return the documents a short table label names ("PKE", "MIP saturs"), else ()."""
    return documents_in(label) if len(label.split()) <= 3 else ()


#: The dash between a qualification and its document in a row label ("Elektromontieris – programma").
_DASH = re.compile(r"\s+[–—-]\s+")


def _merged_label(blocks: list[Block], i: int) -> str:
    """Return the first-column text of the row of table cell ``blocks[i]`` or, when that cell is
    merged down from a row above or left empty ("| Mēbeļu galdnieks | MIP | … |" over "| | PKE | … |"),
    of the nearest row above that has one."""
    c = blocks[i].cell
    near = [x for x in blocks[max(0, i - 60): i + 1] if x.cell and x.cell.table == c.table and x.cell.path == c.path]
    first = min(x.cell.col for x in near)
    labels = {x.cell.row: x.text for x in near if x.cell.col == first}
    above = [r for r in labels if r <= c.row]
    return labels[max(above)] if above else ""


def _heading_like(b: Block) -> bool:
    text = b.text.strip()
    return b.cell is None and bool(text) and (
        b.heading_level is not None or (len(text.split()) <= 6 and not text.endswith(".") and not candidate(text)))


def in_conclusion(f: Finding, blocks: list[Block], section: Section) -> bool:
    """Return True when finding ``f`` stands in the review's conclusion: a sentence or line that opens
    with a conclusion word ("Kopumā …", "Slēdziens: …"), a "Kopvērtējums" table row, or a closing
    section ("Secinājumi", "Rezumējot") — the nearest heading above it in its section."""
    b = blocks[f.block]
    if CONCLUSION.match(fold(b.text[f.sent_start:f.sent_end])) or CONCLUSION.match(fold(b.text)):
        return True
    if b.cell is not None:
        return bool(CONCLUSION.match(fold(row_label(blocks, f.block))))
    for j in range(f.block - 1, max(section.start, 2) - 1, -1):
        if _heading_like(blocks[j]):
            return bool(CONCLUSION_HEADING.search(fold(blocks[j].text)))
    return False


def salience(f: Finding, blocks: list[Block], section: Section) -> tuple[int, int]:
    """Return how much a finding weighs against others about the same document: (in the conclusion,
    explicit: it names the document, refers back to the one just named, or is in the first person)."""
    explicit = f.person == "1" or f.reference in ("named", "previous sentence")
    if _RETRACTS.search(fold(blocks[f.block].text[f.sent_start:f.sent_end])):
        return 1, 1  # "Tāpēc atsaucu iepriekš rakstīto – … nav atbalstāms": it replaces what came before
    return int(in_conclusion(f, blocks, section)), int(explicit)


#: Words by which the expert takes back what they wrote before ("atsaucu iepriekš rakstīto").
_RETRACTS = re.compile(r"\b(?:" + alternatives("retraction_words") + r")")


def assign(findings: list[Finding], blocks: list[Block], sections: list[Section], title: str,
           register: Register, excluded: dict[int, frozenset[str]], joint: tuple[QualName, ...] = (),
           everyone: tuple[Qualification, ...] = ()) -> dict[tuple[QualName | None, str], list[Finding]]:
    """Return the findings grouped by (qualification, document).

    A finding that names no document takes the ones its context names (table row, heading,
    title), else the documents its section reviews, never one the section says it does not review
    (``excluded``, from ``excluded_by_section``). ``everyone`` is every registered qualification the review names (a sentence about "abu
    kvalifikāciju" goes to each).
    """
    summaries = {i: _summary_qualification(blocks[i], register) for i in {f.block for f in findings}}
    grouped: dict[tuple[QualName | None, str], list[Finding]] = defaultdict(list)
    # a section without a qualification whose paragraphs open with one only ("Būvizstrādājumu galdnieka
    # programmai … mans vērtējums negatīvs. … Rezumējot: … nav atbalstāms") is about that one
    opened = defaultdict(set)
    for i, q in summaries.items():
        if q is not None and blocks[i].cell is None:
            opened[id(_section_of(sections, i))].add(q)
    for f in findings:
        section = _section_of(sections, f.block)
        qual = section.qual
        if qual is None and len({q.name for q in opened[id(section)]}) == 1:
            qual = next(iter(opened[id(section)]))
        every: tuple[QualName, ...] = ()  # "Abu kvalifikāciju eksāmenu saturs … Tos atbalstu": each one named
        if qual is None and len(everyone) >= 2 and summaries.get(f.block) is None \
                and _ALL_QUALIFICATIONS.search(fold(blocks[f.block].text)):
            every = tuple(QualName(q.name, True, q) for q in everyone)
        summary = summaries.get(f.block)
        if blocks[f.block].cell is None:  # "…; elektrotehniķa MIP – …", "… Elektrotehniķa programmu atbalstu …"
            summary = _clause_qualification(blocks[f.block].text, f.start, register) or summary
        if summary is not None and (qual is None or summary.name != qual.name) and blocks[f.block].cell is None:
            qual, f = summary, f.copy_with(method="summary" if f.method == "rule" else f.method)
        if blocks[f.block].cell is not None:  # a summary table's row names its qualification
            label = row_label(blocks, f.block)
            row_q = register.lookup(label) or register.lookup(_DASH.split(label)[0]) \
                or register.lookup(_merged_label(blocks, f.block))  # "Elektromontieris – programma | …"
            if row_q is not None and (qual is None or row_q.name != qual.name):
                qual = QualName(row_q.name, True, row_q)
            elif row_q is None:  # a summary row for an unregistered qualification a heading named
                qual = next((s.qual for s in sections if s.qual and not s.qual.in_register
                             and s.qual.name.lower() == nominative(label.strip()).lower()), qual)
        named = {q.name: q for _, q in register.find_all(f.column)} if f.column else {}
        if len(named) == 1:  # a form column per qualification: "Mēbeļu galdnieks (PKE)"
            q = next(iter(named.values()))
            qual = QualName(q.name, True, q)
        docs, how = f.documents, f.reference or "named"
        if not docs:
            docs, how = _context(blocks, f.block, section, title)
            docs = tuple(d for d in docs if d not in excluded[id(section)])
        if not docs:
            reviewed = reviewed_documents(section, blocks, title if len(sections) == 1 else "")
            docs = tuple(d for d in reviewed or DOCUMENT_TYPES if d not in excluded[id(section)])
            how = "documents reviewed" if reviewed else "whole review"
        text = blocks[f.block].text
        if says_not_submitted(text) or set(docs) & not_reviewed(text):
            continue  # "PKE | netiek vērtēts (atbalstīts martā)": what it says of a document left out
        f = f.copy_with(reference=how)
        f = f.copy_with(salience=salience(f, blocks, section))
        for q in every or (joint if qual is None and joint else (qual,)):  # qualifications named together
            for d in docs:
                grouped[(q, d)].append(f)
    return grouped


#: A sentence about every qualification the review names ("Abu kvalifikāciju eksāmenu saturs …").
_ALL_QUALIFICATIONS = re.compile(r"\b(?:abu|abam|abas|visu|visam|visas)\s+(?:\w+\s+)?kvalifikacij\w*")


def reviewed_documents(section: Section, blocks: list[Block], title: str) -> tuple[str, ...]:
    """Return the documents a section reviews, as its title or headings name them."""
    docs = documents_in(title)
    if docs:
        return docs
    heads = [blocks[j].text for j in range(section.start, section.end)
             if blocks[j].heading_level is not None or j == section.anchor]
    short = [d for j in range(section.start, section.end) if blocks[j].cell is None
             and len(blocks[j].text.split()) <= 3 for d in heading_documents(blocks[j].text)]
    docs = tuple(dict.fromkeys(documents_in(" ".join(heads)) + tuple(short)))
    if docs:
        return tuple(d for d in DOCUMENT_TYPES if d in docs)
    text = " ".join(blocks[j].text for j in range(section.start, section.end))
    return documents_in(meta.without_deferred(text))


# --- rows and problems -------------------------------------------------------


def _problem(file: str, code: str, detail: str, **params: str) -> Problem:
    return Problem(file=file, code=code, detail=detail, params=tuple(sorted(params.items())))


def _section_level(section: Section, blocks: list[Block]) -> str:
    for j in range(section.start, section.end):
        level = _level_at(blocks, j)
        if level:
            return level
    return ""


#: A label cell for the level ("LKI", "2. LKI līmenis", "Kvalifikācijas līmenis (PKL)"), its numbering apart.
_LEVEL_LABEL = re.compile(r"(?:\d{1,2}[.)]\s*)?((?:lki|pkl)(?:\s+limen\w*)?|(?:kvalifikacijas\s+|lki\s+)?limen\w*"
                          r"(?:\s*\((?:lki|pkl)\))?)\s*:?")


def _level_at(blocks: list[Block], j: int) -> str:
    """Return the LKI level block ``j`` gives: a label cell's value to its right or below ("LKI līmenis |
    3"), a bare number under an "LKI" column, or the level written in its text."""
    b = blocks[j]
    label = _LEVEL_LABEL.fullmatch(fold(b.text).strip()) if b.cell is not None else None
    if label:
        old = "PKL" if "pkl" in label.group(1) else "LKI"
        for value in meta.value_cells(blocks, j):
            level = meta.find_lki(value.text) or meta.find_lki(f"{old} {value.text.strip()}")
            if level:
                return level
    return meta.find_lki(b.text) or _level_cell(blocks, j)


def _level_cell(blocks: list[Block], j: int) -> str:
    """Return the level in a bare-number cell under an "LKI" (or "PKL") column header, else ''."""
    b = blocks[j]
    if b.cell is None or not b.text.strip().rstrip(".").isdigit():
        return ""
    c = b.cell
    heads = [x for x in blocks[:j] if x.cell and x.cell.path == c.path and x.cell.table == c.table
             and x.cell.col == c.col and x.cell.row < c.row]
    if not heads:
        return ""
    head = min(heads, key=lambda x: x.cell.row).text
    return meta.find_lki(f"{head} {b.text.strip().rstrip('.')}")


def build_rows(file: str, assigned: dict, blocks: list[Block], sections: list[Section],
               excluded_by: dict[int, frozenset[str]], doc: ReviewDocument, info: Metadata, register: Register) -> tuple[list[VerdictRow], list[Problem], dict]:
    """Return one row per (qualification, document) reviewed, the problems found, and each row's findings."""
    wanted: dict[tuple[QualName | None, str], Section | None] = {}
    for key in assigned:
        wanted[key] = next((s for s in sections if s.qual == key[0]), None)
    for s in sections:
        if s.qual is None and any(k[0] is None for k in assigned):
            continue
        if s.qual is None and assigned:
            continue
        excluded = excluded_by[id(s)]
        title = (doc.title or (blocks[0].text if blocks else "")) if len(sections) == 1 else ""
        for d in reviewed_documents(s, blocks, title):
            if d not in excluded:
                wanted.setdefault((s.qual, d), s)
    rows: list[VerdictRow] = []
    problems: list[Problem] = []
    evidence: dict[tuple[str, str], tuple[Finding, ...]] = {}
    expert = info.expert
    unknown_reported: set[str] = set()
    several = len({qual.name for qual, _ in wanted if qual is not None}) > 1
    for (qual, document), section in sorted(wanted.items(), key=lambda kv: _order(kv[0], sections)):
        decision = decide(assigned.get((qual, document), []))
        q = qual.qualification if qual else None
        name = qual.name if qual else ""
        level = _section_level(section, blocks) if section and len(sections) > 1 else ""
        if several and q is not None:  # the file's level may be another qualification's
            level = level or q.lki_level
        level = level or info.lki_level or (q.lki_level if q is not None else "")
        best = decision.findings[0] if decision.findings else None
        evidence[(name, document)] = decision.findings
        rows.append(
            VerdictRow(
                file=file, qualification=name, document=document, verdict=decision.verdict,
                expert=expert, date=info.date, lki_level=level, sector=q.sector if q else "",
                evidence=" | ".join(dict.fromkeys(f.evidence for f in decision.findings))[:1000],
                location=best.location if best else "", method=best.method if best else "",
                confidence=round(decision.confidence, 2), in_register=qual is None or qual.in_register,
            )
        )
        if qual is not None and not qual.in_register and name not in unknown_reported:
            unknown_reported.add(name)
            problems.append(_problem(file, "unknown_qualification", f"not in the register: {name}", qualification=name))
        if decision.conflict:
            problems.append(_problem(file, "conflict", f"{document}: {', '.join(decision.conflict)}",
                                     qualification=name, document=document, verdicts=", ".join(decision.conflict)))
        elif decision.verdict == UNKNOWN:
            problems.append(_problem(file, "no_verdict", f"no verdict for {document}",
                                     qualification=name, document=document))
    return rows, problems, evidence


def _order(key: tuple[QualName | None, str], sections: list[Section]) -> tuple[int, str, str]:
    qual, document = key
    names = [s.qual.name for s in sections if s.qual]
    position = names.index(qual.name) if qual and qual.name in names else len(names)
    return position, qual.name if qual else "", document


# --- recommendations ---------------------------------------------------------


def fragment(text: str) -> bool:
    """Return True for a piece of a table that advises nothing: a field label, an answer ("Jā",
    "–"), a verdict question, a number or a date, a word or two."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    return (len(words) < 3 or is_field_label(text) or bool(question(text)) or bool(answer(text))
            or bool(meta.find_dates(text)) and len(words) < 5)


def recommendations(file: str, doc: ReviewDocument, blocks: list[Block], sections: list[Section],
                    info: Metadata, stated: set[int] = frozenset()) -> list[Recommendation]:
    """Return the expert's recommendations: listed items, comment-table rows and Word comments.

    A listed item that states a verdict the rows report (block index in ``stated``) is the
    review's conclusion, not a recommendation.
    """
    recs = []
    listed = from_sections(blocks)
    labelled = from_labelled_lines(blocks, {item.block for item in listed})
    tabled = from_tables(blocks)
    for item in sorted(listed + labelled, key=lambda item: item.block) + tabled:
        if item.block in stated or (item in tabled and fragment(item.text)):
            continue
        section = _section_of(sections, item.block)
        docs = documents_in(item.text) or _context(blocks, item.block, section, doc.title)[0]
        recs.append(Recommendation(file, section.qual.name if section.qual else "", "/".join(docs),
                                   info.expert, item.text, item.location))
    default_qual = sections[0].qual.name if len(sections) == 1 and sections[0].qual else ""
    for item in from_comments(doc.comments):
        recs.append(Recommendation(file, default_qual, "/".join(documents_in(item.text)), info.expert,
                                   item.text, item.location))
    return recs
