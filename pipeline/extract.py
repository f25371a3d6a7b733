"""Turn a ReviewDocument into verdict rows, recommendations and problems.

The stages, each in its own module under ``pipeline/nlp``:

1. ``qualifications``: split the review into one section per qualification;
2. ``findings``: run the spaCy pipeline on the blocks that contain a verdict word;
3. ``forms``: keep only the options a form marks (checkbox, X/V/✓, strikethrough);
4. ``documents``: attach findings that name no document to the one their context names;
5. ``decide``: merge the findings per (qualification, document), detect conflicts;
6. ``metadata`` and ``recommendations``: expert, date, LKI level, the expert's advice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from pipeline.nlp import load_pipeline
from pipeline.nlp import metadata as meta
from pipeline.nlp.decide import decide
from pipeline.nlp.documents import documents_in
from pipeline.nlp.findings import Distractor, Finding, candidate, read_blocks
from pipeline.nlp.forms import select
from pipeline.nlp.qualifications import QualName, Section, split_sections
from pipeline.nlp.recommendations import from_comments, from_labelled_lines, from_sections, from_tables
from pipeline.records import (
    DOCUMENT_TYPES,
    UNKNOWN,
    Block,
    Extraction,
    Problem,
    Recommendation,
    ReviewDocument,
    VerdictRow,
)
from pipeline.register import Register
from pipeline.textnorm import fold

VERDICT_PARTS = frozenset({"body", "textbox"})


@dataclass(frozen=True)
class Metadata:
    """What the review says about itself."""

    expert: str = ""
    date: str = ""
    lki_level: str = ""
    expert_from_author: bool = False


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


def extract(doc: ReviewDocument, file: str, register: Register) -> Extraction:
    """Return the verdict rows, recommendations and problems found in ``doc``."""
    return analyse(doc, file, register).extraction


def analyse(doc: ReviewDocument, file: str, register: Register) -> Analysis:
    """Return the full analysis of ``doc``: findings, distractors, sections and the extraction."""
    blocks = [b for b in doc.blocks if b.part in VERDICT_PARTS]
    sections = split_sections(blocks, doc.title, register)
    read, distractors = read_blocks(load_pipeline(), blocks, [i for i, b in enumerate(blocks) if candidate(b.text)])
    kept = select(read, blocks)
    info = read_metadata(doc, blocks)
    kept, newest = latest_round(kept, blocks)
    if newest:
        info = replace(info, date=newest)
    assigned = assign(kept, blocks, sections, doc.title, register)
    rows, problems, evidence = build_rows(file, assigned, blocks, sections, doc, info, register)
    if not rows and not problems:  # a Word file that reviews nothing found: said, so that no file goes missing
        problems.append(_problem(file, "no_verdict", "no review of a MIP or PKE found in the file"))
    stated = {f.block for fs in assigned.values() for f in fs}
    recs = recommendations(file, doc, blocks, sections, info, stated)
    extraction = Extraction(tuple(rows), tuple(recs), tuple(problems))
    return Analysis(blocks, sections, read, kept, distractors, info, extraction, evidence)


# --- metadata ----------------------------------------------------------------


def read_metadata(doc: ReviewDocument, blocks: list[Block]) -> Metadata:
    """Return the expert's name, the review date and the LKI level written in ``doc``."""
    every = list(doc.headers) + blocks
    expert = find_expert(every)
    from_author = not expert and meta.looks_like_name(doc.author)
    return Metadata(
        expert=doc.author.strip() if from_author else expert,
        date=find_date(every),
        lki_level=find_level(doc.title, every),
        expert_from_author=from_author,
    )


def _right_cell(blocks: list[Block], i: int) -> Block | None:
    cell = blocks[i].cell
    for b in blocks[i + 1 : i + 6]:
        if b.cell and b.cell.table == cell.table and b.cell.row == cell.row and b.cell.col > cell.col:
            return b
    return None


def _below_cell(blocks: list[Block], i: int) -> Block | None:
    """Return the cell under ``blocks[i]`` (same table and column, next row): a signature table's value."""
    cell = blocks[i].cell
    for b in blocks[i + 1 : i + 12]:
        if (b.cell and b.cell.table == cell.table and b.cell.path == cell.path and b.cell.col == cell.col
                and b.cell.row == cell.row + 1):
            return b
    return None


def _label_values(blocks: list[Block], i: int) -> list[Block]:
    """Return the cells that may hold the value of label cell ``i``: the one to its right, then the one below."""
    return [b for b in (_right_cell(blocks, i), _below_cell(blocks, i)) if b is not None]


def find_expert(blocks: list[Block]) -> str:
    """Return the expert's name from a label, a metadata or signature table, or a signature line."""
    for i, b in enumerate(blocks):
        if b.cell is not None and meta.is_expert_label(b.text) and len(b.text.split()) <= 6:
            for value in _label_values(blocks, i):
                name = meta.first_name(value.text)
                if name:
                    return name
        name = meta.name_after_label(b.text) or meta.signature_name(b.text)
        if name:
            return name
    return ""


def find_date(blocks: list[Block]) -> str:
    """Return the review date: a labelled one first, else the first date written that does not date
    a submission or an earlier review; '' when the review has no date of its own."""
    first = ""
    for i, b in enumerate(blocks):
        dates = meta.find_dates(b.text)
        if meta.is_date_label(b.text):
            if dates:
                return dates[0][1]
            if b.cell is not None:
                for value in _label_values(blocks, i):
                    value_dates = meta.find_dates(value.text)
                    if value_dates:
                        return value_dates[0][1]
        if dates and not first and not meta.is_submission(b.text):
            first = dates[0][1]
    return first


def find_level(title: str, blocks: list[Block]) -> str:
    """Return the LKI level written in the title or the blocks, else ''."""
    for text in [title] + [b.text for b in blocks]:
        level = meta.find_lki(text)
        if level:
            return level
    return ""


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
    rounds = review_rounds(blocks)
    if len({d for _, d in rounds}) < 2:
        return findings, ""
    newest = max(range(len(rounds)), key=lambda n: rounds[n][1])
    bounds = [i for i, _ in rounds] + [len(blocks)]
    old = [(bounds[n], bounds[n + 1]) for n in range(len(rounds)) if n != newest]
    kept = [f for f in findings if not any(a <= f.block < b for a, b in old)]
    return kept, rounds[newest][1]


# --- assigning findings to qualifications and documents ----------------------


def _section_of(sections: list[Section], i: int) -> Section:
    for s in sections:
        if s.start <= i < s.end:
            return s
    return sections[0]


def _summary_qualification(block: Block, register: Register) -> QualName | None:
    """Return the one register qualification a summary bullet starts with, else None."""
    hits = register.find_all(block.text)
    if len({q.name for _, q in hits}) == 1 and hits[0][0] <= 3:
        q = hits[0][1]
        return QualName(q.name, True, q)
    return None


def _context_documents(blocks: list[Block], i: int, section: Section, title: str) -> tuple[str, ...]:
    """Return the documents the context of block ``i`` names: its table row, a heading above, the title."""
    b = blocks[i]
    if b.cell is not None:
        row = [x for x in blocks if x.cell and x.cell.table == b.cell.table and x.cell.path == b.cell.path
               and x.cell.row == b.cell.row]
        docs = documents_in(" ".join(x.text for x in row))
        if docs:
            return docs
    for j in range(i - 1, section.start - 1, -1):
        x = blocks[j]
        heading_like = x.heading_level is not None or (len(x.text.split()) <= 12 and not x.text.rstrip().endswith("."))
        if heading_like:
            docs = documents_in(x.text)
            if docs:
                return docs
    docs = documents_in(title)
    if docs:
        return docs
    if section.anchor >= 0:
        docs = documents_in(blocks[section.anchor].text)
    return docs


def assign(findings: list[Finding], blocks: list[Block], sections: list[Section], title: str,
           register: Register) -> dict[tuple[QualName | None, str], list[Finding]]:
    """Return the findings grouped by (qualification, document)."""
    summaries = {i: _summary_qualification(blocks[i], register) for i in {f.block for f in findings}}
    grouped: dict[tuple[QualName | None, str], list[Finding]] = defaultdict(list)
    for f in findings:
        section = _section_of(sections, f.block)
        qual = section.qual
        summary = summaries.get(f.block)
        if summary is not None and (qual is None or summary.name != qual.name) and blocks[f.block].cell is None:
            qual, f = summary, f.copy_with(method="summary" if f.method == "rule" else f.method)
        docs = f.documents or _context_documents(blocks, f.block, section, title) or DOCUMENT_TYPES
        for d in docs:
            grouped[(qual, d)].append(f)
    return grouped


def reviewed_documents(section: Section, blocks: list[Block], title: str) -> tuple[str, ...]:
    """Return the documents a section reviews, as its title or headings name them."""
    docs = documents_in(title)
    if docs:
        return docs
    heads = [blocks[j].text for j in range(section.start, section.end)
             if blocks[j].heading_level is not None or j == section.anchor]
    docs = documents_in(" ".join(heads))
    if docs:
        return docs
    text = " ".join(blocks[j].text for j in range(section.start, section.end))
    return documents_in(meta.without_deferred(text))


# --- rows and problems -------------------------------------------------------


def _problem(file: str, code: str, detail: str, **params: str) -> Problem:
    return Problem(file=file, code=code, detail=detail, params=tuple(sorted(params.items())))


def _section_level(section: Section, blocks: list[Block]) -> str:
    for j in range(section.start, section.end):
        level = meta.find_lki(blocks[j].text) or _level_cell(blocks, j)
        if level:
            return level
    return ""


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


def build_rows(file: str, assigned: dict, blocks: list[Block], sections: list[Section], doc: ReviewDocument,
               info: Metadata, register: Register) -> tuple[list[VerdictRow], list[Problem], dict]:
    """Return one row per (qualification, document) reviewed, the problems found, and each row's findings."""
    wanted: dict[tuple[QualName | None, str], Section | None] = {}
    for key in assigned:
        wanted[key] = next((s for s in sections if s.qual == key[0]), None)
    for s in sections:
        if s.qual is None and any(k[0] is None for k in assigned):
            continue
        if s.qual is None and assigned:
            continue
        for d in reviewed_documents(s, blocks, doc.title if len(sections) == 1 else ""):
            wanted.setdefault((s.qual, d), s)
    rows: list[VerdictRow] = []
    problems: list[Problem] = []
    evidence: dict[tuple[str, str], tuple[Finding, ...]] = {}
    summary = any(f.method == "summary" for fs in assigned.values() for f in fs)
    expert = "" if summary and info.expert_from_author else info.expert
    unknown_reported: set[str] = set()
    for (qual, document), section in sorted(wanted.items(), key=lambda kv: _order(kv[0], sections)):
        decision = decide(assigned.get((qual, document), []))
        q = qual.qualification if qual else None
        name = qual.name if qual else ""
        level = (_section_level(section, blocks) if section and len(sections) > 1 else "") or info.lki_level
        if not level and q is not None:
            level = q.lki_level
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


def recommendations(file: str, doc: ReviewDocument, blocks: list[Block], sections: list[Section],
                    info: Metadata, stated: set[int] = frozenset()) -> list[Recommendation]:
    """Return the expert's recommendations: listed items, comment-table rows and Word comments.

    A listed item that states a verdict the rows report (block index in ``stated``) is the
    review's conclusion, not a recommendation.
    """
    recs = []
    listed = from_sections(blocks)
    labelled = from_labelled_lines(blocks, {item.block for item in listed})
    for item in sorted(listed + labelled, key=lambda item: item.block) + from_tables(blocks):
        if item.block in stated:
            continue
        section = _section_of(sections, item.block)
        docs = documents_in(item.text) or _context_documents(blocks, item.block, section, doc.title)
        recs.append(Recommendation(file, section.qual.name if section.qual else "", "/".join(docs),
                                   info.expert, item.text, item.location))
    default_qual = sections[0].qual.name if len(sections) == 1 and sections[0].qual else ""
    for item in from_comments(doc.comments):
        recs.append(Recommendation(file, default_qual, "/".join(documents_in(item.text)), info.expert,
                                   item.text, item.location))
    return recs
