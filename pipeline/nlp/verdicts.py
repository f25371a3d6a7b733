"""The ``lv_verdicts`` factory: turn the cues of each sentence into verdict spans.

Cues come from the span ruler (``rules/verdicts.v1.jsonl``), negation and context
marks from the components before this one. A sentence is cut into segments, one per
group of document mentions (MIP, PKE, "MIP un PKE"), so "MIP saturs ir atbalstāms;
pēc precizējumu veikšanas virzāms saskaņošanai; PKE saturs ir atbalstāms un virzāms
saskaņošanai" gives one verdict for each document. Each segment with a support,
forward or reject cue becomes a span in ``doc.spans["verdicts"]`` labelled with the
verdict code, with ``span._.documents`` (the documents named, possibly none) and
``span._.settled`` (True when the corrections question was answered explicitly:
"virzāms saskaņošanai", "bez precizējumiem", or a condition).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.cues import CUES_KEY
from pipeline.nlp.documents import not_reviewed
from pipeline.nlp.docutil import get_extension, get_spans, sentence_ids, set_extension, set_spans
from pipeline.nlp.structure import RULES
from pipeline.records import NEEDS_CORRECTIONS, NOT_SUPPORTED, SUPPORTED

VERDICTS_KEY = "verdicts"
DISTRACTORS_KEY = "distractors"
DOC_LABELS = {"DOC_MIP": ("MIP",), "DOC_PKE": ("PKE",), "DOC_BOTH": ("MIP", "PKE")}
DECISIVE = frozenset({"SUPPORT", "FORWARD", "REJECT"})
VERDICT_CUES = DECISIVE | {"CONDITION"}
#: Tokens that may stand between two document names that share one verdict ("gan MIP, gan PKE").
JOINERS = frozenset(RULES["document_joiners"])

#: Words after which "programma" is not the MIP ("eksāmena programma").
NOT_MIP_BEFORE = frozenset({"pke", "eksamena", "eksamenu", "parbaudijuma", "fondu", "politikas", "darbibas", "atbalsta"})
#: Words that refer back to what an earlier step required ("Pēc tam saturs ir atbalstāms").
AFTER_THAT = (("pec", "tam"), ("pec", "tam,"), ("pec", "to"), ("pec", "so"), ("pec", "tiem"), ("tad",),
              ("pareja", "dala"), ("parejais",), ("citadi",))  # "Abi temati jāpievieno. Pārējā daļā … atbalstāma"
#: Pronouns by gender (lower case, with diacritics): "Tas nav atbalstāms" refers back to a masculine
#: noun (eksāmens, saturs), "Tā ir atbalstāma" to a feminine one (programma).
MASCULINE, FEMININE = frozenset({"tas", "tam"}), frozenset({"tā", "tai"})
#: Documents named by a feminine noun (programma, MIP = modulārā programma) or a masculine one.
FEMININE_LEMMAS = frozenset({"programma", "mip", "mip-a", "mips"})
#: Words that open a condition clause ("kad būs …", "ja tiks …").
SUBORDINATORS = frozenset({"kad", "ja", "tiklidz", "lidzko"})
#: Words that make the correction after them required, like a debitive ("Nepieciešams precizēt …").
NECESSITY = frozenset({"nepieciesams", "nepieciesami", "nepieciesama", "nepieciesamas", "vajag", "vajadzigs",
                       "vajadziga", "vajadzigi", "obligati"})
#: Words that open a concession ("Neskatoties uz to, ka …, programma ir atbalstāma"): what it grants
#: does not condition the verdict of the main clause.
CONCESSIVE = tuple(tuple(words.split()) for words in RULES["concessive_openers"])
#: Openers of a sentence that qualify the verdict before it ("Taču pirms saskaņošanas jāizlabo …").
CONTRAST = frozenset(RULES["contrast_openers"]) | {"pirms", "vispirms"}  # "Pirms saskaņošanas jāizlabo …"

for _name, _default in (("documents", ()), ("settled", False), ("confidence", 0.0), ("reference", "")):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


@dataclass(frozen=True, slots=True)
class Cue:
    """What the verdict rules need of a cue span (read once: span extensions are slow to access)."""

    label: str
    start: int
    end: int
    negated: bool = False
    person: str = ""
    must: bool = False  # a debitive condition ("jāprecizē"): a required correction, not a suggestion


@dataclass
class Segment:
    """The cues of one part of a sentence that share the same documents."""

    documents: list[str] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    reference: str = ""  # how the documents were found: "named", "previous sentence", or "" (none)

    def decisive(self) -> bool:
        """Return True if the segment holds a support, forward or reject cue."""
        return any(c.label in DECISIVE for c in self.cues)


def decide(cues: list[Cue]) -> tuple[str, bool, float]:
    """Return ``(verdict code, settled, confidence)`` for the cues of one segment."""
    present = {(c.label, c.negated) for c in cues}

    def has(label: str, negated: bool) -> bool:
        return (label, negated) in present

    support, support_neg = has("SUPPORT", False), has("SUPPORT", True)
    forward, forward_neg = has("FORWARD", False), has("FORWARD", True)
    condition, condition_neg = has("CONDITION", False), has("CONDITION", True)
    if support_neg or has("REJECT", False) or (forward_neg and not support and not condition and not condition_neg):
        return NOT_SUPPORTED, True, 0.9
    if condition or (support and forward_neg) or (forward_neg and condition_neg):  # "bez labojumiem nevirzītu"
        return NEEDS_CORRECTIONS, True, 0.9
    settled = forward or condition_neg
    confidence = 0.9 if settled else 0.8
    if not support:
        confidence = 0.75
    return SUPPORTED, settled, confidence


def segments(doc: Doc, cues: list[Cue], docs: list[Cue]) -> list[Segment]:
    """Split the cues of one sentence into segments introduced by document mentions."""
    events = sorted([(d.start, 0, d) for d in docs] + [(c.start, 1, c) for c in cues], key=lambda e: (e[0], e[1]))
    parts: list[Segment] = [Segment()]
    last_doc_end = None
    clause_open = False  # inside "…, kad programmā būs …": the documents named there are the condition's
    for _, kind, cue in events:
        current = parts[-1]
        if kind == 1 and cue.label == "CONDITION" and doc[cue.start].norm_ in SUBORDINATORS:
            clause_open = True
        if kind == 0 and clause_open and current.decisive():
            if not any(t.norm_ in (";", ":") for t in doc[max(c.end for c in current.cues):cue.start]):
                continue
            clause_open = False
        if kind == 0 and current.decisive() and not current.documents and any(
                t.norm_ in (";", ":") for t in doc[max(c.end for c in current.cues):cue.start]):
            parts.append(Segment())  # "Tas nav atbalstāms: uzdevumi nesakrīt ar programmā …" explains
        if kind == 0 and (_aside(doc, cue.start) or _bracketed_elsewhere(doc, cue.start, DOC_LABELS[cue.label])):
            continue  # "Neskatoties uz iepriekš teikto par programmu, PKE …": not what the sentence judges
        if kind == 0 and current.decisive() and current.documents and _yardstick(doc, cue.start):
            continue  # "Eksāmenu … nevaru — tas jāpārstrādā atbilstoši jaunajai programmai": its yardstick
        if kind == 0:
            current = parts[-1]
            labels = DOC_LABELS[cue.label]
            joined = last_doc_end is not None and all(t.norm_ in JOINERS for t in doc[last_doc_end : cue.start])
            same = set(labels) <= set(current.documents)  # "MIP … pēc tam programmu var virzīt"
            between = doc[max(c.end for c in current.cues):cue.start] if current.cues else doc[cue.start:cue.start]
            semi = next((t.i for t in between if t.text == ";"), None)  # "…; elektrotehniķa MIP ir atbalstāma"
            after = tuple(t.norm_ for t in doc[semi + 1:semi + 3]) if semi is not None else ()
            new_clause = current.decisive() and semi is not None and not any(after[:len(p)] == p for p in AFTER_THAT)
            if current.decisive() and current.documents and (not joined and not same or new_clause):
                same = _likewise(doc, cue.end)  # "…, eksāmena saturs arī — …": the same verdict, its own span
                parts.append(Segment(list(labels), current.cues + [Cue("LIKEWISE", same, same + 1)] if same >= 0 else [],
                                     "named"))
            else:
                current.documents += [d for d in labels if d not in current.documents]
                current.reference = "named"
            last_doc_end = cue.end
        else:
            current.cues.append(cue)
    return [p for p in parts if p.decisive()]


#: Words that open a clause naming a document only to set it aside ("neskatoties uz …", "atšķirībā no …").
ASIDE = frozenset({"neskatoties", "atskiriba", "salidzinot", "preteji", "tapat"})
#: Words before a document named as the yardstick of another ("atbilstoši jaunajai programmai"), and the
#: words after a document that give it the verdict just stated ("…, eksāmena saturs arī.", "PKE – tāpat.").
MEASURED_BY = frozenset(RULES["yardstick_words"])
LIKEWISE = frozenset(RULES["likewise_words"])


def _aside(doc: Doc, i: int) -> bool:
    """Return True when the document named at token ``i`` stands in a clause set aside by its opener."""
    sent_start = doc[i].sent.start
    j = i - 1
    while j >= sent_start and doc[j].text not in (",", ";", ":"):
        if doc[j].norm_ in ASIDE:
            return any(t.text == "," for t in doc[i:doc[i].sent.end])
        j -= 1
    return False


def _likewise(doc: Doc, end: int) -> int:
    """Return the token of "arī" / "tāpat" right after the document named before token ``end`` when the
    clause ends there ("programma ir atbalstāma …, eksāmena saturs arī — …", "PKE – tāpat."), else -1."""
    words = [t for t in doc[end:end + 4] if not t.is_space]
    k = 0
    while k < len(words) and words[k].norm_ in ("saturs", "saturam", "–", "—", "-", ":"):
        k += 1
    if k >= len(words) or words[k].norm_ not in LIKEWISE:
        return -1
    nxt = words[k + 1] if k + 1 < len(words) else None
    return words[k].i if nxt is None or nxt.is_punct or nxt.is_sent_start else -1


def _yardstick(doc: Doc, i: int) -> bool:
    """Return True when the document named at token ``i`` is what another is measured by: "atbilstoši
    jaunajai programmai", "saskaņā ar programmu", "saskaņojot ar programmu" (a gerund and "ar")."""
    before = doc[max(i - 3, doc[i].sent.start):i]
    if any(t.norm_ in MEASURED_BY for t in before):
        return True
    return i >= 2 and doc[i - 1].norm_ == "ar" and doc[i - 2].norm_.endswith("ot") and doc[i - 2].is_alpha


def _bracketed_elsewhere(doc: Doc, i: int, labels: tuple[str, ...]) -> bool:
    """Return True when the document named at token ``i`` stands in brackets that say it is not reviewed
    here: "atbalstāms un virzāms saskaņošanai (PKE vērtē cits eksperts)"."""
    sent = doc[i].sent
    opened = next((t.i for t in reversed(doc[sent.start:i]) if t.text in ("(", ")")), None)
    if opened is None or doc[opened].text != "(":
        return False
    closed = next((t.i for t in doc[i:sent.end] if t.text == ")"), sent.end)
    return bool(set(labels) & not_reviewed(doc[opened + 1:closed].text))


def gives_verdicts(cue_spans) -> bool:
    """Return True when a text with these cues gives verdicts: it holds a decisive cue.

    A text without one has neither verdicts nor distractors.
    """
    return any(s.label_ in DECISIVE for s in cue_spans)


def is_distractor(span: Span) -> bool:
    """Return True for a verdict cue in a non-verdict context (purpose, instructions, history)."""
    return span.label_ in VERDICT_CUES and bool(get_extension(span, "context"))


class Verdicts:
    """Write one span per verdict-giving segment into ``doc.spans["verdicts"]``.

    Cues in a non-verdict context go to ``doc.spans["distractors"]`` for explanations.
    """

    def __init__(self, nlp: Language, name: str = "lv_verdicts") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` with verdict and distractor spans."""
        verdicts, distractors = [], []
        by_sent: dict[int, tuple[list[Cue], list[Cue]]] = {}
        cue_spans = get_spans(doc, CUES_KEY)
        if not gives_verdicts(cue_spans):
            set_spans(doc, VERDICTS_KEY, [])
            set_spans(doc, DISTRACTORS_KEY, [])
            return doc
        ids = sentence_ids(doc)
        for span in cue_spans:
            label = span.label_
            if is_distractor(span):
                distractors.append(span)
                continue
            if label in VERDICT_CUES:
                must = label == "CONDITION" and ("Nec" in doc[span.start].morph.get("Mood") or any(
                    t.norm_ in NECESSITY for t in doc[max(span.start - 2, doc[span.start].sent.start):span.start]))
                cue = Cue(label, span.start, span.end, bool(get_extension(span, "negated")),
                          get_extension(span, "person"), must)
            elif label in DOC_LABELS:
                if label == "DOC_MIP" and span.start > 0 and doc[span.start - 1].norm_ in NOT_MIP_BEFORE:
                    continue
                cue = Cue(label, span.start, span.end)
            else:
                continue
            cues, docs = by_sent.setdefault(int(ids[span.start]), ([], []))
            (docs if label in DOC_LABELS else cues).append(cue)
            if label == "FORWARD" and doc[span.start].norm_ == "pirms":  # "jāpārraksta pirms saskaņošanas"
                cues.append(Cue("CONDITION", span.start, span.end, cue.negated, cue.person, True))
        sentences = sorted(by_sent.items())
        last_docs: list[str] = []
        mentions: list[tuple[list[str], bool]] = []  # the sentence before's document mentions: (documents, feminine)
        last_end = 0
        for n, (_sid, (cues, docs)) in enumerate(sentences):
            first_token = min(c.start for c in cues + docs)
            if "\n" in doc.text[last_end:doc[first_token].idx]:
                last_docs, mentions = [], []  # a line break ends the paragraph: its topic does not carry over
            conceded = self._conceded(doc, cues)
            cues = [c for c in cues if c.start not in conceded]
            opener = self._conditional_opener(doc, cues + docs)
            if opener is not None:  # "Ja darba grupa to izdarīs, programmu var atbalstīt": the main clause waits
                cues = cues + [Cue("CONDITION", opener, opener + 1, False, "", True)]
            for seg in segments(doc, cues, docs) if cues else []:
                if not seg.documents and last_docs:
                    seg.documents, seg.reference = self._antecedent(doc, seg, mentions, last_docs), "previous sentence"
                code, settled, confidence = decide(seg.cues)
                if code == SUPPORTED and self._qualified(doc, sentences, n, seg, settled):
                    code, settled, confidence = NEEDS_CORRECTIONS, True, 0.85
                first = min(c.start for c in seg.cues)
                last = max(c.end for c in seg.cues)
                span = Span(doc, first, last, label=code)
                set_extension(span, "documents", tuple(seg.documents))
                set_extension(span, "settled", settled)
                set_extension(span, "confidence", confidence)
                set_extension(span, "reference", seg.reference)
                if any(c.person for c in seg.cues):
                    set_extension(span, "person", "1")
                verdicts.append(span)
            if docs:  # the subject comes first: "Eksāmena saturs, pretēji programmai, …. To atbalstu"
                ordered = sorted(docs, key=lambda d: d.start)
                last_docs = list(DOC_LABELS[ordered[0].label])
                mentions = [(list(DOC_LABELS[d.label]), doc[d.start].norm_ in FEMININE_LEMMAS
                             or doc[d.start].lemma_ in FEMININE_LEMMAS) for d in ordered]
            last_end = doc[max(c.end for c in cues + docs) - 1].idx
        set_spans(doc, VERDICTS_KEY, verdicts)
        set_spans(doc, DISTRACTORS_KEY, distractors)
        return doc

    @staticmethod
    def _antecedent(doc: Doc, seg: Segment, mentions: list, first: list[str]) -> list[str]:
        """Return the documents a segment without its own refers back to: by the gender of its
        pronoun ("Tas" -> the masculine eksāmens, "Tā" -> the feminine programma), else the first
        document the sentence before named (its subject)."""
        start = min(c.start for c in seg.cues)
        words = {t.lower_ for t in doc[start].sent if t.i < start}
        feminine = bool(words & FEMININE) and not words & MASCULINE
        masculine = bool(words & MASCULINE) and not words & FEMININE
        for docs, fem in mentions if (feminine or masculine) else ():
            if fem == feminine:
                return docs
        return list(first)

    @staticmethod
    def _conceded(doc: Doc, cues: list[Cue]) -> set[int]:
        """Return the starts of the condition cues in a sentence-opening concession that ends in a comma
        before the main clause's verdict: "Neskatoties uz to, ka vēl nepieciešami daži labojumi (…), pret
        programmu iebildumu nav – tā ir atbalstāma un virzāma saskaņošanai"."""
        main = [c.start for c in cues if c.label in DECISIVE and not c.negated]
        if not main:
            return set()
        sent = doc[min(main)].sent
        words = tuple(t.norm_ for t in sent[:2])
        if not any(words[:len(o)] == o for o in CONCESSIVE):
            return set()
        commas = [t.i for t in sent if t.text == "," and t.i < min(main)]
        return {c.start for c in cues if c.label == "CONDITION" and commas and c.start < commas[-1]}

    @staticmethod
    def _conditional_opener(doc: Doc, cues: list[Cue]) -> int | None:
        """Return the token of a sentence-opening "Ja"/"Kad" whose clause ends in a comma before the
        sentence's verdict cues, else None."""
        if not cues:
            return None
        first = min(c.start for c in cues)
        sent = doc[first].sent
        if sent[0].norm_ not in SUBORDINATORS or sent[0].lower_ == "jā":  # "Jā, atbalstu": yes, not if
            return None
        verdict = [c.start for c in cues if c.label in DECISIVE]
        comma = next((t.i for t in sent if t.text == ","), None)
        return sent[0].i if comma is not None and verdict and comma < min(verdict) else None

    @staticmethod
    def _qualified(doc: Doc, sentences: list, n: int, seg: Segment, settled: bool) -> bool:
        """Return True when a neighbouring sentence of the same paragraph makes the support conditional.

        The next sentence qualifies it when it states a required correction ("jāizlabo …",
        "ar nosacījumu …") and gives no verdict of its own, and either opens with a contrast
        ("Taču pirms saskaņošanas …") or the support left the corrections open. The sentence
        before qualifies it when it states a condition or requires a correction and this one refers
        back to it ("Pēc tam saturs ir atbalstāms", "Pēc tam var virzīt saskaņošanai").
        """
        if any(c.label == "CONDITION" and c.negated for c in seg.cues):
            return False  # "bez precizējumiem"
        sid = sentences[n][0]
        start = min(c.start for c in seg.cues)

        def neighbour(k: int) -> list[Cue] | None:
            if not 0 <= k < len(sentences) or abs(sentences[k][0] - sid) != 1:
                return None
            cues = sentences[k][1][0]
            a, b = sorted((start, min(c.start for c in cues + sentences[k][1][1])))
            if "\n" in doc[a:b].text:
                return None
            return cues

        def requires(cues: list[Cue] | None) -> bool:
            return bool(cues) and not any(c.label in DECISIVE for c in cues) and any(
                c.label == "CONDITION" and not c.negated and c.must for c in cues)

        nxt = neighbour(n + 1)
        if nxt is not None and seg.documents and any(
                DOC_LABELS[d.label][0] not in seg.documents for d in sentences[n + 1][1][1] if len(DOC_LABELS[d.label]) == 1):
            nxt = None  # "MIP …, iebildumu nav. PKE … jānorāda …": the next sentence is about the other document
        if requires(nxt) or (nxt and not settled and any(c.label == "CONDITION" and not c.negated for c in nxt)
                             and not any(c.label in DECISIVE for c in nxt)):
            opener = doc[min(c.start for c in nxt)].sent[0].norm_
            if not settled or opener in CONTRAST:
                return True
        prev = neighbour(n - 1)
        if requires(prev) or (prev and any(c.label == "CONDITION" and not c.negated for c in prev)):
            sent = doc[start].sent
            words = [t.norm_ for t in sent]
            return any(tuple(words[i:i + len(p)]) == p for p in AFTER_THAT for i in range(len(words)))
        return False


@Language.factory("lv_verdicts")
def make_verdicts(nlp: Language, name: str) -> Verdicts:
    """Create the verdict component."""
    return Verdicts(nlp, name)
