"""Write narrative reviews: header or table metadata, remarks, and a conclusion with the verdicts."""

from __future__ import annotations

from tools.synth import phrases as ph
from tools.synth import wml
from tools.synth.spec import DocBuilder, QualReview, ReviewSpec
from tools.synth.vocab import SECTOR_GENITIVE, format_date, format_lki


def _opening(b: DocBuilder, review: QualReview, table: bool) -> None:
    """Append title, metadata and the distractor sentences."""
    b.title(review)
    if table:
        b.meta_table(review)
    else:
        b.meta_lines(review)
    b.heading(f"1. {b.rng.choice(('Vispārīgā informācija', 'Ievads', 'Ekspertīzes gaita'))}", 2)
    b.p(f"Ekspertīzei iesniegts {review.docs_label} saturs, ko izstrādājusi profesionālās izglītības "
        "iestādes darba grupa.")
    b.distractors_before(review)


def _conclusion(b: DocBuilder, review: QualReview, wrap=None) -> None:
    """Append the conclusion heading and one verdict sentence per document."""
    b.heading(f"3. {b.rng.choice(ph.SECTION_HEADS['conclusion'])}", 2)
    if "history" in b.spec.traps and b.spec.variant % 2:
        b.p(b.rng.choice(ph.HISTORY).format(D=next(iter(review.verdicts))))  # the old verdict, right before the new
    paragraphs = "".join(
        wml.para(b.sentence_runs(b.verdict_sentence(doc, verdict)))
        for doc, verdict in review.verdicts.items()
    )
    if wrap is None:
        b.add(paragraphs)
    else:
        b.add(wml.para(wrap(paragraphs)))
    b.p()
    b.p(f"Eksperts: {b.spec.expert}" if b.rng.random() < 0.5 else f"{b.spec.expert} ________________")


def narrative(spec: ReviewSpec, table: bool | None = None) -> bytes:
    """Return a narrative review; metadata as lines or, with ``table``, as a two-column table."""
    b = DocBuilder(spec)
    review = spec.reviews[0]
    _opening(b, review, spec.variant % 2 == 1 if table is None else table)
    b.remarks(review)
    _conclusion(b, review)
    return b.build()


def narrative_lines(spec: ReviewSpec) -> bytes:
    """Return a narrative review with a "Label: value" header block."""
    return narrative(spec, table=False)


def narrative_table(spec: ReviewSpec) -> bytes:
    """Return a narrative review with the metadata in a two-column table."""
    return narrative(spec, table=True)


def messy_runs(spec: ReviewSpec) -> bytes:
    """Return a narrative review whose verdicts are split across runs with NBSPs and «quotes»."""
    spec.traps.add("messy")
    return narrative(spec)


def unregistered(spec: ReviewSpec) -> bytes:
    """Return a narrative review of a qualification missing from the register."""
    return narrative(spec, table=False)


def textbox(spec: ReviewSpec) -> bytes:
    """Return a narrative review whose conclusion sits in a text box (DrawingML + VML fallback)."""
    b = DocBuilder(spec)
    review = spec.reviews[0]
    _opening(b, review, spec.variant % 2 == 0)
    b.remarks(review)
    shape = b.new_id()
    _conclusion(b, review, wrap=lambda paragraphs: wml.textbox(paragraphs, shape))
    return b.build()


def tracked_changes(spec: ReviewSpec) -> bytes:
    """Return a review edited with track changes: the old verdict deleted, the new one inserted."""
    if spec.variant % 3 != 1:
        spec.traps.add("tracked_date")
    b = DocBuilder(spec)
    review = spec.reviews[0]
    _opening(b, review, spec.variant % 2 == 0)
    b.remarks(review)
    b.heading("3. Secinājumi", 2)
    for doc, verdict in review.verdicts.items():
        old = b.rng.choice([v for v in ph.TRACKED_OLD if v != verdict])
        new = b.verdict_sentence(doc, verdict)
        content = wml.deleted(ph.TRACKED_OLD[old].format(D=doc), b.new_id(), spec.expert)
        content += wml.inserted(new, b.new_id(), spec.expert)
        b.add(wml.para(content))
    b.p()
    b.p(f"Eksperts: {spec.expert}")
    return b.build()


def no_verdict(spec: ReviewSpec) -> bytes:
    """Return a review with remarks but no verdict (the expert awaits the school's answer)."""
    b = DocBuilder(spec)
    review = spec.reviews[0]
    _opening(b, review, spec.variant % 2 == 0)
    b.remarks(review)
    b.heading("3. Turpmākā rīcība", 2)
    b.p("Galīgais vērtējums tiks sniegts pēc darba grupas atbildes un precizētās redakcijas saņemšanas.")
    b.p(f"Eksperts: {spec.expert}")
    return b.build()


def multi_qualification(spec: ReviewSpec) -> bytes:
    """Return one review covering several qualifications, one section each."""
    b = DocBuilder(spec)
    sector = spec.reviews[0].qual.sector
    b.p(f"Ekspertīzes atzinums par {SECTOR_GENITIVE.get(sector, sector.lower())} nozares profesionālo kvalifikāciju MIP un PKE saturu",
        style="Title")
    b.p(f"Eksperts: {spec.expert}")
    b.p(f"Datums: {format_date(spec.date, spec.date_style)}")
    b.p(f"Nozare: {sector}")
    if "purpose" in spec.traps:
        b.p(ph.PURPOSE[0].format(DOCS="MIP un PKE"))
    for i, review in enumerate(spec.reviews, 1):
        q = review.qual
        b.heading(f"{i}. {q.title} ({format_lki(q.lki, spec.lki_style)})", 1)
        b.p(f"Profesionālā kvalifikācija: {q.title}")
        items = []
        for doc, verdict in review.verdicts.items():
            if verdict != ph.SUPPORTED:
                items.append(f"{doc}: " + b.rng.choice(ph.CORRECTION_REMARKS[doc]).format(M=b.module(q)))
        for j, item in enumerate(items, 1):
            b.p(f"{i}.{j}. {item}", style="ListParagraph")
        b.heading("Secinājumi", 2)
        for doc, verdict in review.verdicts.items():
            b.add(wml.para(b.sentence_runs(b.verdict_sentence(doc, verdict))))
    b.p()
    b.p(f"{spec.expert} ________________")
    return b.build()


def summary(spec: ReviewSpec) -> bytes:
    """Return a coordinator's summary in the style of the quarterly report."""
    b = DocBuilder(spec)
    pool = spec.pool
    b.p(f"Rīgā, {format_date(spec.date, spec.date_style)}")
    b.p("Nozaru ekspertu iesaiste: MIP un PKE satura ekspertīzes kopsavilkums", style="Title")
    b.p("Projekta 4. posmā (2026.gada 1.janvāris – 2026.gada 31.marts) ar LDDK deleģējumu iesaistīti nozaru "
        "eksperti MIP un PKE satura ekspertēšanai.")
    b.p("Līdz 2026.gada 31.martam pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:")
    last = len(spec.reviews) - 1
    for i, review in enumerate(spec.reviews):
        parts = "; ".join(ph.SUMMARY_PHRASES[pool][v].format(D=d) for d, v in review.verdicts.items())
        spec.evidence.append(parts)
        end = "." if i == last else ";"
        b.p(f"· {review.qual.name} ({parts}){end}")
    b.p()
    b.p("Līdz 2026.gada 31.martam uzsākta ekspertīžu veikšana šādām PKP:")
    by_sector: dict[str, list[str]] = {}
    for q in spec.started:
        by_sector.setdefault(q.sector, []).append(q.name)
    for n, (sector, names) in enumerate(by_sector.items(), 1):
        b.p(f"{n}) {SECTOR_GENITIVE.get(sector, sector.lower())} nozarē:")
        for k, name in enumerate(names):
            b.p(f"· {name}{'.' if k == len(names) - 1 else ','}")
    b.p("MIP un PKE satura ekspertēšanu plānots pabeigt 2026.gada jūlijā (projekta 5.posms).")
    return b.build(title="Kopsavilkums")
