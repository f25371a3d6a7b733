"""Show why a review got its verdicts: in the terminal, or as a displaCy HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.extract import Analysis, analyse
from pipeline.messages import problem_message, verdict_label
from pipeline.nlp.findings import Finding
from pipeline.register import Register

DISTRACTOR_LABELS = {"purpose": "purpose", "instruction": "instruction", "history": "history"}
#: How a finding's document was found (``Finding.reference``), in words.
REFERENCES = {
    "named": "named in the sentence", "previous sentence": "named in the sentence before",
    "table row": "named in its table row", "table": "the table's document", "heading": "named in the heading above",
    "title": "named in the title", "section heading": "named in the section's heading",
    "documents reviewed": "the documents the review covers", "whole review": "both: nothing names one",
}
PREDICATES = frozenset({"SUPPORT", "FORWARD", "REJECT"})


def analyse_path(path: Path, register: Register) -> Analysis:
    """Read the review at ``path`` and return its full analysis."""
    from pipeline.reader import read_path

    return analyse(read_path(Path(path)), Path(path).name, register)


def highlight(text: str, start: int, end: int, colour: str = "green") -> str:
    """Return ``text`` with ``text[start:end]`` in bold colour (click.style)."""
    return text[:start] + click.style(text[start:end], fg=colour, bold=True) + text[end:]


def _finding_line(f: Finding, a: Analysis) -> str:
    text = a.blocks[f.block].text
    lo, hi = max(0, f.sent_start), min(len(text), f.sent_end or len(text))
    context = highlight(text[lo:hi], f.start - lo, f.end - lo)
    return f"    [{f.method}, {f.confidence:.2f}, {f.location}] {context}"


def _detail_line(f: Finding, a: Analysis, others: list[Finding]) -> str:
    """Return what a kept finding rests on: predicate, condition, document reference, salience."""
    text = a.blocks[f.block].text
    predicate = [text[x:y] for x, y, label in f.cues if label in PREDICATES]
    condition = [text[x:y] for x, y, label in f.cues if label == "CONDITION"]
    parts = []
    if predicate:
        parts.append("predicate " + ", ".join(f"«{p}»" for p in predicate))
    if condition:
        parts.append("condition " + ", ".join(f"«{c}»" for c in condition))
    docs = "+".join(f.documents) if f.documents else ""
    parts.append(f"document: {REFERENCES.get(f.reference, f.reference or 'named')}{f' ({docs})' if docs else ''}")
    conclusion, explicit = f.salience
    weight = [w for w, on in (("in the conclusion", conclusion), ("explicit", explicit)) if on] or ["a remark"]
    parts.append("salience: " + ", ".join(weight))
    lower = [o for o in others if o.salience < f.salience and o.verdict != f.verdict]
    if lower:
        parts.append(f"outranks {len(lower)} less salient statement(s)")
    if f.person == "1":
        parts.append("first person")
    return "      " + "; ".join(parts)


def explain_text(path: Path, register: Register, lang: str = "lv", analysis: Analysis | None = None) -> str:
    """Return a terminal explanation: per qualification and document, the verdict and its evidence.

    ``analysis`` is ``analyse_path(path, register)`` when the caller has it already.
    """
    a = analysis or analyse_path(path, register)
    lines = [click.style(str(path), bold=True)]
    info = a.info
    if a.kind is not None:
        verdict = {"review": "a review", "report": "a progress report"}.get(a.kind.kind, "not a review")
        lines.append(f"  file: {verdict} (evidence {a.kind.score}: {'; '.join(a.kind.evidence) or '-'})")
    expert_where = f" (from: {info.expert_where})" if info.expert_where else ""
    date_where = f" (from: {info.date_where})" if info.date_where else ""
    lines.append(f"  expert: {info.expert or '-'}{expert_where}   date: {info.date or '-'}{date_where}   "
                 f"LKI: {info.lki_level or '-'}")
    groups = {(q.name if q else "", d): fs for (q, d), fs in (a.assigned or {}).items()}
    for row in a.extraction.verdicts:
        head = f"{row.qualification or '?'} / {row.document}: {row.verdict} ({verdict_label(row.verdict, lang)})"
        lines.append(click.style("  " + head, fg="cyan", bold=True))
        used = a.evidence.get((row.qualification, row.document), ())
        others = groups.get((row.qualification, row.document), [])
        for f in used:
            lines.append(_finding_line(f, a))
            lines.append(_detail_line(f, a, others))
        if not used:
            lines.append("    (no evidence)")
    # a chosen option is kept as a copy that says how it was chosen: compare where the findings stand
    chosen = {(f.block, f.start, f.end) for f in a.kept}
    dropped = [f for f in a.read if (f.block, f.start, f.end) not in chosen]
    if dropped:
        lines.append("  options not chosen or printed without a mark:")
        lines += [_finding_line(f, a).replace("\x1b[32m", "\x1b[33m") for f in dropped]
    if a.distractors:
        lines.append("  verdict words ignored (no verdict in this context):")
        shown = set()
        for d in a.distractors:
            if (d.block, d.kind) not in shown:
                shown.add((d.block, d.kind))
                text = a.blocks[d.block].text
                lines.append(f"    [{d.kind}] {highlight(text, d.start, d.end, 'yellow')}")
    for p in a.extraction.problems:
        lines.append(click.style(f"  ! {p.code}: {problem_message(p, lang)}", fg="red"))
    return "\n".join(lines)


def _block_spans(a: Analysis, index: int) -> list[tuple[int, int, str]]:
    """Return (start, end, label) character spans to mark in block ``index``."""
    spans = set()
    kept = set(a.kept)
    for f in a.read:
        if f.block != index:
            continue
        docs = "+".join(f.documents) or "?"
        status = f.verdict if f in kept else f"{f.verdict} (not chosen)"
        spans.add((f.start, f.end, f"{status} {docs} [{f.method}]"))
        spans.update(f.cues)
    for d in a.distractors:
        if d.block == index:
            spans.add((d.start, d.end, f"ignored: {DISTRACTOR_LABELS.get(d.kind, d.kind)}"))
    return sorted(spans)


def render_html(a: Analysis, title: str) -> str:
    """Return a displaCy 'span' page marking every matched span of the analysed review."""
    from spacy import displacy

    from pipeline.nlp import load_pipeline

    nlp = load_pipeline()
    pages = []
    for i, block in enumerate(a.blocks):
        spans = _block_spans(a, i)
        if not spans:
            continue
        doc = nlp.make_doc(block.text)
        marked = []
        for start, end, label in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                marked.append({"start_token": span.start, "end_token": span.end, "label": label})
        pages.append({"text": block.text, "tokens": [t.text for t in doc], "spans": marked,
                      "title": f"{title}: {block.location}"})
    if not pages:
        pages.append({"text": "(no verdict words found)", "tokens": ["(no verdict words found)"], "spans": [],
                      "title": title})
    return displacy.render(pages, style="span", manual=True, page=True, minify=True)


def write_html(path: Path, register: Register, out_html: Path, analysis: Analysis | None = None) -> Path:
    """Write a displaCy page for the review at ``path`` to ``out_html`` and return its path."""
    html = render_html(analysis or analyse_path(path, register), Path(path).name)
    out_html = Path(out_html)
    out_html.write_text(html, encoding="utf-8")
    return out_html
