"""Write form reviews: every option printed, the chosen one marked (X, checkbox or strike-out)."""

from __future__ import annotations

from tools.synth import phrases as ph
from tools.synth import wml
from tools.synth.spec import DocBuilder, QualReview, ReviewSpec
from tools.synth.vocab import format_date, format_lki

LETTERS = ("X", "x", "V", "✓")


def _chosen(spec: ReviewSpec, verdict: str) -> set[str]:
    """Return the options to mark: the verdict, none (no verdict) or two (a conflict)."""
    if verdict != ph.UNKNOWN:
        return {verdict}
    if "conflict" in spec.problems:
        return {ph.SUPPORTED, ph.NEEDS}
    return set()


def _box(b: DocBuilder, kind: str, checked: bool) -> str:
    """Return checkbox runs of the given kind."""
    if kind == "glyph":
        return wml.glyph_box(checked, "x" if b.spec.variant % 3 else "check")
    if kind == "sym":
        return wml.sym_box(checked, boxed_x=b.spec.variant % 4 == 3)
    if kind == "sdt":
        return wml.sdt_box(checked, 100000 + b.new_id())
    return wml.formfield_box(checked, f"Check{b.new_id()}", via_default=b.spec.variant % 2 == 0)


def _header(b: DocBuilder, review: QualReview) -> None:
    """Append the form title and the metadata table."""
    s, q = b.spec, review.qual
    b.p("EKSPERTA ATZINUMS", style="Title")
    b.p(f"par profesionālās kvalifikācijas „{q.title}” {review.docs_label} saturu")
    rows = [
        ["Profesionālās kvalifikācijas nosaukums", q.title],
        ["Latvijas kvalifikāciju ietvarstruktūras līmenis", format_lki(q.lki, s.lki_style)],
        ["Nozare", q.sector],
        ["Eksperts (vārds, uzvārds)", s.expert],
        ["Aizpildīšanas datums", format_date(s.date, s.date_style)],
    ]
    b.add(wml.table(rows, [4200, 4800]))
    b.p()
    b.p("Atzīmējiet vienu atbilstošo vērtējumu katram dokumentam.", italic=True)
    b.distractors_before(review)


def _remarks(b: DocBuilder, review: QualReview) -> None:
    """Append the free-text remarks part of the form."""
    b.heading("Piezīmes un ieteikumi", 2)
    n = 0
    for doc, verdict in review.verdicts.items():
        if verdict in (ph.NEEDS, ph.NOT):
            for t in b.rng.sample(ph.CORRECTION_REMARKS[doc], 2):
                n += 1
                b.p(f"{n}. {doc}: {t.format(M=b.module(review.qual))}", style="ListParagraph")
    if not n:
        b.p("Būtisku piezīmju nav.")


def _options(b: DocBuilder, doc: str, verdict: str, kind: str) -> None:
    """Append the three options for one document, marked with ``kind``."""
    pool = b.spec.pool
    chosen = _chosen(b.spec, verdict)
    options = [(code, ph.FORM_OPTIONS[pool][code]) for code in ph.OPTION_ORDER]
    b.spec.evidence += [text for code, text in options if code in chosen]
    b.heading(f"{doc} satura vērtējums", 2)
    variant = b.spec.variant
    if kind == "letter":
        mark = LETTERS[variant % len(LETTERS)]
        rows = [["Vērtējums", "Atzīme"]]
        rows += [[text, mark if code in chosen else ""] for code, text in options]
        if variant % 2:
            rows = [[r[1], r[0]] for r in rows]
        b.add(wml.table(rows, [7200, 1800] if not variant % 2 else [1800, 7200]))
        b.p()
    elif kind == "strike":
        b.p("Vērtējums (nevajadzīgo svītrot):")
        dstrike = variant % 5 == 4
        if variant % 2:
            runs = []
            for i, (code, text) in enumerate(options):
                struck = code not in chosen
                runs.append(wml.run(text, strike=struck and not dstrike, dstrike=struck and dstrike))
                if i < len(options) - 1:
                    runs.append(wml.run(" / "))
            b.add(wml.para("".join(runs)))
        else:
            for code, text in options:
                struck = code not in chosen
                b.add(wml.para(wml.run(text, strike=struck and not dstrike, dstrike=struck and dstrike)))
    elif variant % 2:
        rows = [[wml.para(_box(b, kind, code in chosen)), text] for code, text in options]
        b.add(wml.table(rows, [900, 8100]))
        b.p()
    else:
        for code, text in options:
            b.add(wml.para(_box(b, kind, code in chosen) + wml.run(" " + text)))


def form(spec: ReviewSpec, kind: str) -> bytes:
    """Return a form review whose choices are marked with ``kind``."""
    b = DocBuilder(spec)
    review = spec.reviews[0]
    _header(b, review)
    for doc, verdict in review.verdicts.items():
        _options(b, doc, verdict, kind)
    _remarks(b, review)
    b.p()
    b.p(f"Eksperts: {spec.expert}    Paraksts: ____________")
    return b.build(title="Eksperta atzinuma veidlapa")


def form_mark(spec: ReviewSpec) -> bytes:
    """Return a form with an X, V or ✓ in the cell next to the chosen option."""
    return form(spec, "letter")


def checkbox_glyph(spec: ReviewSpec) -> bytes:
    """Return a form with ☒/☑/☐ typed in MS Gothic."""
    return form(spec, "glyph")


def checkbox_sym(spec: ReviewSpec) -> bytes:
    """Return a form with Wingdings ``w:sym`` checkboxes."""
    return form(spec, "sym")


def checkbox_sdt(spec: ReviewSpec) -> bytes:
    """Return a form with ``w14:checkbox`` content controls."""
    return form(spec, "sdt")


def checkbox_formfield(spec: ReviewSpec) -> bytes:
    """Return a form with legacy ``FORMCHECKBOX`` fields."""
    return form(spec, "formfield")


def strike(spec: ReviewSpec) -> bytes:
    """Return a "nevajadzīgo svītrot" form: the options that do not apply are struck out."""
    return form(spec, "strike")
