"""Describe one review to generate (``ReviewSpec``) and assemble its body (``DocBuilder``)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from tools.synth import phrases as ph
from tools.synth import wml
from tools.synth.package import docx_bytes
from tools.synth.vocab import MODULES, Qual, format_date, format_lki, genitive

DOCS = ("MIP", "PKE")


@dataclass
class QualReview:
    """The verdicts one review gives for one qualification: ``{"MIP": code, "PKE": code}``."""

    qual: Qual
    verdicts: dict[str, str]

    @property
    def docs_label(self) -> str:
        """Return "MIP un PKE", "MIP" or "PKE" for the documents reviewed."""
        return " un ".join(self.verdicts)


@dataclass
class ReviewSpec:
    """Everything needed to write one review document, and what a reader should find in it."""

    layout: str
    reviews: list[QualReview]
    expert: str
    date: dt.date
    pool: str = "samples"
    seed: int = 0
    date_style: int = 0
    lki_style: int = 0
    traps: set[str] = field(default_factory=set)
    started: list[Qual] = field(default_factory=list)  # summary only: started, no verdicts yet
    problems: list[str] = field(default_factory=list)
    variant: int = 0
    evidence: list[str] = field(default_factory=list)  # verdict texts as written, filled while rendering
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def expected_rows(self, file: str) -> list[dict[str, str]]:
        """Return the verdict rows a correct reader produces for this document."""
        expert = "" if self.layout == "summary" else self.expert
        return [
            {
                "file": file,
                "qualification": r.qual.name if r.qual.registered else r.qual.title,
                "document": doc,
                "verdict": verdict,
                "expert": expert,
                "date": self.date.isoformat(),
                "lki_level": r.qual.lki,
            }
            for r in self.reviews
            for doc, verdict in r.verdicts.items()
        ]


class DocBuilder:
    """Accumulate paragraphs, tables and comments for one document."""

    def __init__(self, spec: ReviewSpec) -> None:
        self.spec = spec
        self.rng = spec.rng
        self.parts: list[str] = []
        self.comments: list[str] = []
        self._next_id = 1

    def new_id(self) -> int:
        """Return a fresh id for a comment, revision, shape or control."""
        self._next_id += 1
        return self._next_id

    def add(self, xml: str) -> None:
        """Append ready-made body XML (a paragraph or a table)."""
        self.parts.append(xml)

    def p(self, text: str = "", style: str | None = None, **fmt) -> None:
        """Append a paragraph of plain text."""
        self.parts.append(wml.text_para(text, style=style, **fmt))

    def heading(self, text: str, level: int = 2) -> None:
        """Append a heading paragraph (Heading1..3)."""
        self.p(text, style=f"Heading{level}")

    def comment_on(self, runs: str, text: str) -> str:
        """Return ``runs`` anchored to a new Word comment holding ``text``."""
        cid = len(self.comments)
        self.comments.append(wml.comment(cid, self.spec.expert or "Koordinators", text))
        return wml.commented(runs, cid)

    # --- shared content ------------------------------------------------------

    def sentence_runs(self, text: str) -> str:
        """Return a verdict sentence as runs, messy (split, NBSP, quotes) when the spec asks for it."""
        if "messy" not in self.spec.traps:
            return wml.run(text)
        words = text.split(" ")
        text = "".join(w + (wml.NBSP if self.rng.random() < 0.3 else " ") for w in words).rstrip(" " + wml.NBSP)
        return wml.split_runs(text, self.rng, pieces=self.rng.randint(3, 7))

    def verdict_sentence(self, doc: str, verdict: str) -> str:
        """Return a verdict sentence for ``doc`` from the spec's phrasing pool."""
        sentence = self.rng.choice(ph.VERDICT_SENTENCES[self.spec.pool][verdict]).format(D=doc)
        self.spec.evidence.append(sentence)
        return sentence

    def module(self, qual: Qual) -> str:
        """Return a module name that fits the qualification's sector."""
        return self.rng.choice(MODULES.get(qual.sector, MODULES["Kokrūpniecība"]))

    def title(self, review: QualReview) -> None:
        """Append the review title, naming the qualification in the nominative or genitive."""
        q = review.qual
        pattern = self.rng.choice(ph.TITLES)
        text = pattern.format(Q=q.title, q_gen=genitive(q.name), DOCS=review.docs_label)
        if "messy" in self.spec.traps:
            text = text.replace("„", "«").replace("”", "»")
        self.p(text, style="Title")
        if pattern == "EKSPERTĪZES ATZINUMS":
            self.p(f"par profesionālās kvalifikācijas „{q.title}” {review.docs_label} saturu")

    def meta_values(self, review: QualReview) -> list[tuple[str, str]]:
        """Return the metadata pairs (label, value) of a review."""
        s = self.spec
        return [
            ("Profesionālā kvalifikācija", review.qual.title),
            ("LKI līmenis", review.qual.lki),
            ("Nozare", review.qual.sector),
            ("Eksperts", s.expert),
            ("Datums", format_date(s.date, s.date_style)),
        ]

    def date_runs(self, text: str) -> str:
        """Return the date as runs; with the ``tracked_date`` trap an older date is shown deleted first."""
        if "tracked_date" not in self.spec.traps:
            return wml.run(text)
        old = format_date(self.spec.date - dt.timedelta(days=21), self.spec.date_style)
        return wml.deleted(old, self.new_id(), self.spec.expert) + wml.inserted(text, self.new_id(), self.spec.expert)

    def meta_lines(self, review: QualReview) -> None:
        """Append the header block: one "Label: value" line each."""
        for label, value in self.meta_values(review):
            if label == "Datums":
                self.add(wml.para(wml.run(f"{label}: ") + self.date_runs(value)))
            elif label == "LKI līmenis":
                lki = format_lki(value, self.spec.lki_style)
                self.p(lki if lki.startswith("LKI līmenis") else f"Līmenis: {lki}")
            else:
                self.p(f"{label}: {value}")

    def meta_table(self, review: QualReview) -> None:
        """Append the metadata as a two-column table."""
        labels = {"Profesionālā kvalifikācija": "Kvalifikācijas nosaukums", "Eksperts": "Eksperta vārds, uzvārds"}
        rows = [[labels.get(k, k), wml.para(self.date_runs(v)) if k == "Datums" else v]
                for k, v in self.meta_values(review)]
        rows.append(["Izvērtētie dokumenti", ", ".join(review.verdicts)])
        self.add(wml.table(rows, [3400, 5600]))
        self.p()

    def distractors_before(self, review: QualReview) -> None:
        """Append the purpose, instructions and history sentences the spec asks for."""
        s = self.spec
        if "purpose" in s.traps:
            self.p(self.rng.choice(ph.PURPOSE).format(DOCS=review.docs_label))
        if "instructions" in s.traps:
            self.p(self.rng.choice(ph.INSTRUCTIONS))
        if "history" in s.traps:
            doc = self.rng.choice(list(review.verdicts))
            self.p(self.rng.choice(ph.HISTORY).format(D=doc))

    def remarks(self, review: QualReview, numbered_head: bool = True) -> None:
        """Append numbered remarks fitting the verdicts (corrections only where asked for)."""
        s = self.spec
        head = self.rng.choice(ph.SECTION_HEADS["remarks"])
        self.heading(f"{head}" if not numbered_head else f"2. {head}", 2)
        items: list[str] = []
        for doc, verdict in review.verdicts.items():
            if verdict in (ph.NEEDS, ph.NOT):
                picks = self.rng.sample(ph.CORRECTION_REMARKS[doc], 2)
                items += [f"{doc}: {t.format(M=self.module(review.qual))}" for t in picks]
            else:
                items.append(self.rng.choice(ph.SUGGESTIONS).format(M=self.module(review.qual)))
        if "neutral" in s.traps:
            items.insert(0, self.rng.choice(ph.NEUTRAL_REMARKS))
        for i, item in enumerate(items, 1):
            runs = wml.run(f"{i}. {item}")
            if "comment" in s.traps and i == 1:
                doc = next(iter(review.verdicts))
                runs = self.comment_on(runs, self.rng.choice(ph.COMMENTS).format(D=doc))
            self.add(wml.para(runs, style="ListParagraph"))

    def build(self, title: str = "Ekspertīzes atzinums") -> bytes:
        """Return the finished .docx bytes."""
        s = self.spec
        when = f"{s.date.isoformat()}T10:00:00Z"
        return docx_bytes("".join(self.parts), self.comments or None, title=title, author=s.expert or "LDDK", when=when)


def docs_for(rng: random.Random, single_doc_share: float = 0.12) -> tuple[str, ...]:
    """Return which documents a review covers: usually both, sometimes only one."""
    if rng.random() < single_doc_share:
        return (rng.choice(DOCS),)
    return DOCS
