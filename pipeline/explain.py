"""Show why a review got its verdicts: in the terminal, or as a displaCy HTML page."""

from __future__ import annotations

import html
from pathlib import Path

import click

from pipeline.errors import ReadError
from pipeline.extract import Analysis, analyse
from pipeline.messages import (
    cli_message,
    cue_label,
    location_label,
    method_label,
    problem_message,
    short_verdict_label,
    verdict_label,
)
from pipeline.nlp.findings import Finding
from pipeline.register import Register
from pipeline.safe_text import html_text, visible, xml_text

#: How a finding's document was found (``Finding.reference``), in words.
REFERENCES = {
    "named": "named in the sentence", "previous sentence": "named in the sentence before",
    "table row": "named in its table row", "table": "the table's document", "heading": "named in the heading above",
    "title": "named in the title", "section heading": "named in the section's heading",
    "documents reviewed": "the documents the review covers", "whole review": "both: nothing names one",
}
PREDICATES = frozenset({"SUPPORT", "FORWARD", "REJECT"})


def analyse_path(path: Path, register: Register) -> Analysis:
    """Read the review at ``path`` and return its full analysis; raise only ``ReadError``.

    The codes are those ``reviews run`` gives: what the reader refuses, and a
    failure of extraction as ``worker_crash`` (``too_large`` when memory runs out).
    """
    from pipeline.reader import read_path

    doc = read_path(Path(path))
    try:
        return analyse(doc, Path(path).name, register)
    except MemoryError:
        raise ReadError("too_large", "out of memory while reading") from None
    except Exception as exc:  # a bug must give the file's problem, not a traceback
        raise ReadError("worker_crash", f"{type(exc).__name__}: {exc}"[:200]) from None


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
    if f.column and not f.cues:  # a mark in a column headed by the option it chooses
        parts.append(f"marked under «{f.column}»")
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
    lines = [click.style(visible(str(path)), bold=True)]
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


#: displaCy's span templates, with the white space after each marked word kept inside its mark
#: (``white-space: pre``): without it the words of a marked phrase run together.
SPAN_TEMPLATES = {
    "span": '<span style="font-weight: bold; display: inline-block; position: relative; white-space: pre; '
            'height: {total_height}px;">{text}{span_slices}{span_starts}</span>',
    "slice": '<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; width: calc(100% + 2px); '
             'position: absolute;"></span>',
    "start": '<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; '
             'border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">'
             '<span style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; '
             'position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px">'
             '{label}{kb_link}</span></span>',
}
#: The colour of each kind of mark on the page.
COLOURS = {"chosen": "#8fd694", "not_chosen": "#d9d9d9", "ignored": "#ffe08a", "cue": "#a8d8ea"}

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-size: 16px; font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; padding: 2rem;">
<header style="margin-bottom: 3rem">
<h1 style="margin: 0 0 0.5rem 0; font-size: 1.5rem">{title}</h1>
<p style="margin: 0.2rem 0">{info}</p>
<ul style="margin: 0.5rem 0">{verdicts}</ul>
</header>
{content}
</body>
</html>
"""


def _block_spans(a: Analysis, index: int, lang: str = "lv") -> list[tuple[int, int, str, str]]:
    """Return (start, end, label, kind) character spans to mark in block ``index``, labelled in ``lang``.

    ``kind`` is ``chosen``, ``not_chosen``, ``ignored`` or ``cue`` (see ``COLOURS``).
    A kept finding is a copy of the one read that says how it was chosen, so the
    two are matched by where they stand, as in ``explain_text``.
    """
    spans = set()
    chosen = {(f.block, f.start, f.end): f for f in a.kept}
    for read in a.read:
        if read.block != index:
            continue
        f = chosen.get((read.block, read.start, read.end), read)  # the kept copy knows its documents and method
        docs = "+".join(f.documents) or "?"
        words = f"{short_verdict_label(f.verdict, lang)} {docs} [{method_label(f.method, lang)}]"
        if f is not read:
            spans.add((f.start, f.end, words, "chosen"))
        else:
            spans.add((f.start, f.end, f"{words} ({cli_message('explain_not_chosen', lang)})", "not_chosen"))
        spans.update((x, y, cue_label(label, lang), "cue") for x, y, label in read.cues)
    for d in a.distractors:
        if d.block == index:
            spans.add((d.start, d.end, f"{cli_message('explain_ignored', lang)}: {cue_label(d.kind, lang)}", "ignored"))
    return sorted(spans)


def _segments(doc, spans: list[tuple[int, int, str, str]]) -> tuple[list[str], list[dict], dict[str, str]]:
    """Return displaCy's tokens, spans and colours for one block.

    Each marked word is a token of its own, with the white space after it;
    the unmarked text between marks is one token, so displaCy adds no space
    of its own between its words.  Text is shown with control characters and
    bidirectional overrides escaped; labels are HTML-escaped (displaCy inserts them as they are).
    """
    marked: list[tuple[int, int, str, str]] = []
    for start, end, label, kind in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            marked.append((span.start, span.end, html.escape(label), kind))
    inside = {i for start, end, _, _ in marked for i in range(start, end)}
    tokens: list[str] = []
    position: dict[int, int] = {}  # token of the doc -> displaCy token
    run = ""
    for token in doc:
        if token.i in inside:
            if run.strip():
                tokens.append(run.rstrip())
            run = ""
            position[token.i] = len(tokens)
            tokens.append(xml_text(token.text_with_ws))
        else:
            run += xml_text(token.text_with_ws)
    if run.strip():
        tokens.append(run.rstrip())
    colours = {label.upper(): COLOURS[kind] for _, _, label, kind in marked}
    found = [{"start_token": position[start], "end_token": position[end - 1] + 1, "label": label}
             for start, end, label, _ in marked]
    return tokens, found, colours


def _header(a: Analysis, lang: str) -> tuple[str, str]:
    """Return the page header's line on the expert and the date, and its list of verdicts per document."""
    info = a.info
    line = (f"{cli_message('explain_expert', lang)}: {html_text(info.expert or '–')} &middot; "
            f"{cli_message('explain_date', lang)}: {html_text(info.date or '–')}")
    items = [
        f"<li>{html_text(row.qualification or '?')} / {row.document}: "
        f"<b>{html.escape(verdict_label(row.verdict, lang))}</b></li>"
        for row in a.extraction.verdicts
    ]
    return line, "".join(items) or f"<li>{cli_message('explain_no_verdict', lang)}</li>"


def render_html(a: Analysis, title: str, lang: str = "lv") -> str:
    """Return an HTML page marking every matched span of the analysed review with displaCy.

    ``title`` (the file's name) heads the page with the expert, the date and the
    verdict per document; every label is in ``lang``; nothing from the file is
    inserted unescaped.
    """
    from spacy import displacy

    from pipeline.nlp import load_pipeline

    nlp = load_pipeline()
    pages, colours = [], {}
    for i, block in enumerate(a.blocks):
        spans = _block_spans(a, i, lang)
        if not spans:
            continue
        tokens, marked, block_colours = _segments(nlp.make_doc(block.text), spans)
        colours.update(block_colours)
        pages.append({"tokens": tokens, "spans": marked, "title": html_text(location_label(block.location, lang))})
    if not pages:
        pages.append({"tokens": [cli_message("explain_no_words", lang)], "spans": [], "title": ""})
    options = {"colors": colours, "template": SPAN_TEMPLATES}
    content = "".join(
        f'<figure style="margin: 0 0 3rem 0">{displacy.render(page, style="span", manual=True, options=options)}</figure>'
        for page in pages
    )
    info, verdicts = _header(a, lang)
    return PAGE.format(lang=lang, title=html_text(title), info=info, verdicts=verdicts, content=content)


def write_html(path: Path, register: Register, out_html: Path, analysis: Analysis | None = None,
               lang: str = "lv") -> Path:
    """Write a displaCy page for the review at ``path`` to ``out_html`` and return its path."""
    html_page = render_html(analysis or analyse_path(path, register), Path(path).name, lang)
    out_html = Path(out_html)
    out_html.write_text(html_page, encoding="utf-8")
    return out_html
