"""Decide what a Word file is before its verdicts count: a review, a progress report, or something else.

A coordinator's folder holds more than reviews: minutes, letters, calls for experts, instructions,
news items and legal texts that use the same words ("atbalsts", "virzība", "saskaņošana"). A person
tells them apart by evidence, and so does ``classify``:

* the documents reviewed are named (MIP, PKE, the modular programme, the qualification exam);
* a qualification is named (a section, a heading, a label);
* the expert states something about those documents (a first-person statement, or one that names
  the document, outside quotation marks), or marks an option on a form;
* the shape: a review's title ("Atzinums", "Ekspertīze") and signer, against the title of minutes,
  letters, news, instructions and legal text (``non_review_title_words``).

A progress report in the style of the seed (qualification bullets with both verdicts in brackets)
is recognised by its summary findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.decide import FORM_METHODS
from pipeline.nlp.documents import documents_in
from pipeline.nlp.findings import Finding
from pipeline.nlp.structure import alternatives
from pipeline.records import Block
from pipeline.textnorm import fold

REVIEW = "review"
REPORT = "report"
OTHER = "other"

_REVIEW_TITLE = re.compile(r"\b(?:" + alternatives("review_title_words") + r")\b")
_NON_REVIEW_TITLE = re.compile(r"\b(?:" + alternatives("non_review_title_words") + r")\b")
_OPEN, _CLOSE = "„«", "”»"
#: The expert speaking of their own verdict ("Gala vērtējumu programmai sniegšu, kad …").
_OWN_VERDICT = re.compile(r"\b(?:sniegsu|sniedzu|izvertesu|vertesu|rakstisu|rakstu|nosutisu|atsutisu)\b.*?"
                          r"\b(?:vertejum\w*|sledzien\w*|atzinum\w*)|\b(?:vertejum\w*|sledzien\w*|atzinum\w*)\b.*?"
                          r"\b(?:sniegsu|sniedzu|izvertesu|vertesu|rakstisu|nosutisu|atsutisu)\b")
#: How many opening lines make a file's title (the first line) and its heading.
HEAD_LINES = 2
#: The evidence a review needs (see ``classify``).
THRESHOLD = 3


@dataclass(frozen=True)
class FileKind:
    """What a file is, and the evidence for it (shown by ``reviews explain``)."""

    kind: str
    score: int
    evidence: tuple[str, ...]


def quoted(block: Block, at: int) -> bool:
    """Return True when offset ``at`` of ``block`` sits inside quotation marks („…”, «…»)."""
    depth = 0
    for ch in block.text[:at]:
        if ch in _OPEN or (ch == "“" and not depth):  # „…” and «…», or English “…”
            depth += 1
        elif ch in _CLOSE or (ch == "“" and depth):
            depth = max(0, depth - 1)
    return depth > 0


def _head(title: str, blocks: list[Block], lines: int = HEAD_LINES) -> str:
    found = [title] + [b.text for b in blocks if b.text.strip()][:lines]
    return fold(" \n ".join(found))


def classify(title: str, blocks: list[Block], findings: list[Finding], qualified: bool,
             signed: bool, fields: bool, assigns: bool = False) -> FileKind:
    """Return what the file is, from its blocks, the verdict findings kept (with their document
    references), whether a qualification is named, whether an expert signs it, whether it has
    a review's labelled fields ("Profesionālā kvalifikācija: …"), and whether a table assigns
    experts to qualifications (``assignment_table``)."""
    text = " ".join(b.text for b in blocks)
    if not documents_in(text) and not documents_in(title):
        return FileKind(OTHER, 0, ("names no MIP, PKE, modular programme or qualification exam",))
    if not findings and not qualified and not signed:
        return FileKind(OTHER, 0, ("names no qualification and no signer, and states no verdict (an empty form?)",))
    summaries = {f.block for f in findings if f.method == "summary"}
    if len(summaries) >= 2:
        return FileKind(REPORT, 0, (f"{len(summaries)} qualification lines with verdicts in brackets",))
    score, evidence = 0, []
    marks = [f for f in findings if f.method in FORM_METHODS]
    if marks:
        score += 3
        evidence.append(f"a form option is marked: {marks[0].evidence[:60]!r}")
    own = [f for f in findings if f.method not in FORM_METHODS and not quoted(blocks[f.block], f.start)]
    statements = [f for f in own if f.person == "1" or f.reference in ("named", "table row")]
    if statements:
        score += 2
        evidence.append(f"the expert's statement about the document: {statements[0].evidence[:60]!r}")
    elif own:
        score += 1
        evidence.append(f"a verdict sentence: {own[0].evidence[:60]!r}")
    own = next((b.text for b in blocks if _OWN_VERDICT.search(fold(b.text)) and documents_in(b.text + " " + title)
                or _OWN_VERDICT.search(fold(b.text)) and re.search(r"\b(?:programm|eksamen)", fold(b.text))), "")
    if own and not statements:
        score += 1
        evidence.append(f"the expert speaks of their verdict: {own[:60]!r}")
    if documents_in(_head(title, blocks)):
        score += 1
        evidence.append("its heading names the documents")
    if fields:
        score += 1
        evidence.append("it has a review's labelled fields")
    if qualified:
        score += 1
        evidence.append("a qualification is named")
    if signed:
        score += 1
        evidence.append("an expert signs it")
    head = _head(title, blocks, 1)
    if _REVIEW_TITLE.search(head):
        score += 1
        evidence.append("its title reads as a review")
    lines = [b.text for b in blocks if b.text.strip()][:2]
    short = fold(lines[1]) if len(lines) > 1 and len(lines[1].split()) <= 8 else ""
    subject = next((fold(t) for t in [b.text for b in blocks[:6]]
                    if re.match(r"\s*par\s", fold(t)) and len(t.split()) <= 14), "")
    other = (_NON_REVIEW_TITLE.search(head) or _NON_REVIEW_TITLE.search(short)  # "LDDK jaunumi, …" below it
             or _NON_REVIEW_TITLE.search(subject))  # a letter's subject: "Par precizētā PKE satura iesniegšanu"
    if other:
        score -= 3
        evidence.append(f"its title reads as something else ({other.group(0)!r})")
    if assigns and not marks and not any(f.person == "1" for f in statements):
        # its column headers read as a form's labels and its names as signers: the table decides
        return FileKind(OTHER, score, (*evidence, "a table assigns experts to qualifications, and no one states "
                                                  "a verdict in the first person or marks one"))
    return FileKind(REVIEW if score >= THRESHOLD else OTHER, score, tuple(evidence))
