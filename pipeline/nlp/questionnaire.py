"""Read verdicts from tables that ask the verdict's questions and answer them.

Many review forms do not print the verdict sentence but ask its three questions, one per row,
with the answer beside them or, in a one-column table, below them:

    Atbalstāms               | Jā
    Nepieciešami precizējumi | Jā
    Virzāms saskaņošanai     | Pēc precizējumu veikšanas

sometimes with one answer column per document ("Jautājums | MIP | PKE"). Read as text, the
question cells look like statements ("Atbalstāms", "Virzāms saskaņošanai"); here they are
questions, and the answers decide. The question and answer words are data
(``structure.v1.json``, "questionnaire").
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.nlp.documents import documents_in, reviewed_in
from pipeline.nlp.findings import Finding
from pipeline.nlp.structure import RULES
from pipeline.records import NEEDS_CORRECTIONS, NOT_SUPPORTED, SUPPORTED, Block
from pipeline.textnorm import fold

_Q = RULES["questionnaire"]


def _whole(key: str, document: bool = False) -> re.Pattern:
    lead = r"(?:(?:mip|pke|programm\w*|eksamen\w*)\s*[:–—-]?\s+)?" if document else ""
    return re.compile(r"^\W*" + lead + r"(?:" + "|".join(_Q[key]) + r")\W*$")


QUESTIONS = {kind: _whole(kind, document=True) for kind in ("support", "forward", "corrections")}
ANSWERS = {"after": _whole("after_corrections"), "yes": _whole("yes"), "no": _whole("no")}
_DOCUMENT_LABEL = re.compile(r"^\W*(?:izvertet\w*\s+)?dokument\w*\W*$")


def question(text: str) -> str:
    """Return which verdict question a table cell asks ("support", "forward", "corrections"), else ''."""
    folded = _YES_NO.sub("", fold(text)).strip()  # "Atbalstāms (Jā/Nē)"
    if len(folded.split()) > 6:
        return ""
    return next((kind for kind, pattern in QUESTIONS.items() if pattern.match(folded)), "")


_YES_NO = re.compile(r"\(\s*ja\s*/\s*ne\s*\)")


def answer(text: str) -> str:
    """Return what a table cell answers: "yes", "no", "after" (after corrections), or ''."""
    folded = fold(text).strip()
    if not folded:
        return "no"
    return next((kind for kind, pattern in ANSWERS.items() if pattern.match(folded)), "")


def verdict_of(answers: dict[str, str]) -> str:
    """Return the verdict that the answers to the three questions give, '' when they give none."""
    support, forward, corrections = (answers.get(k, "") for k in ("support", "forward", "corrections"))
    if support == "no" or (forward == "no" and support not in ("yes", "after")):
        return NOT_SUPPORTED if (support or forward) else ""
    if support in ("yes", "after") or forward in ("yes", "after"):
        if "after" in (support, forward) or corrections in ("yes", "after") or forward == "no":
            return NEEDS_CORRECTIONS
        return SUPPORTED
    return ""


def read_questionnaires(blocks: list[Block]) -> tuple[list[Finding], set[int]]:
    """Return the verdicts answered in question tables, and the indices of the question and
    answer cells (which state nothing themselves)."""
    tables: dict[tuple, dict[tuple[int, int], int]] = defaultdict(dict)
    for i, b in enumerate(blocks):
        if b.cell is not None:
            tables[(b.cell.path, b.cell.table)].setdefault((b.cell.row, b.cell.col), i)
    findings: list[Finding] = []
    used: set[int] = set()
    for cells in tables.values():
        asked = [(rc, i, question(blocks[i].text)) for rc, i in cells.items() if question(blocks[i].text)]
        if len(asked) < 2:
            continue
        one_column = max(c for _, c in cells) == 1
        in_a_row = len({r for (r, _), _, _ in asked}) == 1  # "Atbalstāms | Precizējumi | Virzāms" over the answers
        header_row = min(r for r, _ in cells)
        column_docs = {c: documents_in(blocks[i].text) for (r, c), i in cells.items() if r == header_row}
        table_docs: tuple[str, ...] = ()
        for (r, c), i in cells.items():
            below = (r + 1, c) if one_column else (r, c + 1)
            if _DOCUMENT_LABEL.match(fold(blocks[i].text)) and below in cells:
                table_docs = reviewed_in(blocks[cells[below]].text) or table_docs
        data_rows = sorted({r for r, _ in cells if r > header_row})
        if in_a_row and len(data_rows) > 1:  # a row per document (and qualification) under the questions
            for row in data_rows:
                found = _answered_row(blocks, cells, asked, row)
                if found is not None:
                    findings.append(found[0])
                    used.update(found[1])
            used.update(i for _, i, _ in asked)
            continue
        by_doc: dict[tuple[str, ...], dict[str, str]] = defaultdict(dict)
        evidence: dict[tuple[str, ...], list[str]] = defaultdict(list)
        first: dict[tuple[str, ...], int] = {}
        for (r, c), i, kind in sorted(asked):
            below = one_column or in_a_row
            targets = [(r + 1, c)] if below else [(r, k) for k in sorted({c2 for _, c2 in cells}) if k > c]
            for rc in targets:
                j = cells.get(rc)
                if j is None:
                    continue
                value = answer(blocks[j].text)
                head = cells.get((header_row, rc[1]))
                if value == "yes" and blocks[j].marks and head is not None and r != header_row:
                    heading = answer(blocks[head].text) if blocks[head].text.strip() else ""
                    value = heading if heading in ("yes", "no") else value  # an X under "Jā" or "Nē" answers it
                if not value:
                    continue
                docs = table_docs if below or len(targets) == 1 else column_docs.get(rc[1], ())
                docs = documents_in(blocks[i].text) or docs or (
                    column_docs.get(rc[1], ()) if not below else ()) or table_docs
                by_doc[docs][kind] = value
                evidence[docs].append(f"{blocks[i].text.strip()}: {blocks[j].text.strip() or '—'}")
                first.setdefault(docs, i)
                used.update((i, j))
        for docs, answers in by_doc.items():
            verdict = verdict_of(answers)
            if not verdict:
                continue
            i = first[docs]
            text = "; ".join(evidence[docs])
            findings.append(Finding(i, verdict, docs, True, 0.9, "table", text, blocks[i].location,
                                    0, len(blocks[i].text), 0, len(blocks[i].text),
                                    reference="table" if docs else ""))
    return findings, used


def _answered_row(blocks: list[Block], cells: dict, asked: list, row: int) -> tuple[Finding, set[int]] | None:
    """Return the verdict that table row ``row`` answers under the question row ``asked`` ("| MIP | Jā |
    Nē | Jā |"), with the indices of its answer cells, or None when the row answers nothing."""
    answers: dict[str, str] = {}
    evidence, used = [], set()
    for (_, c), i, kind in asked:
        j = cells.get((row, c))
        value = answer(blocks[j].text) if j is not None else ""
        if value and blocks[j].text.strip():  # an empty cell answers nothing here
            answers[kind] = value
            evidence.append(f"{blocks[i].text.strip()}: {blocks[j].text.strip()}")
            used.add(j)
    verdict = verdict_of(answers)
    if not verdict:
        return None
    docs = tuple(dict.fromkeys(d for (r, _), i in cells.items() if r == row and i not in used
                               for d in documents_in(blocks[i].text)))
    i = min(used)
    b = blocks[i]
    return Finding(i, verdict, docs, True, 0.9, "table", "; ".join(evidence), b.location, 0, len(b.text), 0,
                   len(b.text), reference="table row" if docs else ""), used
