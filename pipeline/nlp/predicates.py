"""The ``lv_predicates`` factory: keep only the verdict words that state something about the document.

The word family of a verdict is ambiguous in Latvian. "atbalsts" is also aid ("ES fondu
atbalsts"), "atbalsta" is also a genitive noun or another subject's verb ("uzņēmumi atbalsta
…"), "atbalstītās programmas" is an attribute, and "atbalstu" is both "I support" and the
accusative noun. A verdict is a predicate about the document: a participle ("atbalstāms",
"atbalstīts", "virzāms"), a first person ("atbalstu", "neatbalstu"), an infinitive after a
modal ("var atbalstīt", "iesaku virzīt"), or a third person whose subject is the expert.

This component reads the form of each verdict cue's word from its ending (rules in
``rules/predicates.v1.json``), resolves the noun/verb ambiguity from the words around it,
and drops the cues that are not predicates from ``doc.spans["cues"]``. It also owns time: a
past form ("atbalstīju", "tika atbalstīts") or a past adverb in a clause without a present
marker ("Toreiz … ar nosacījumu") makes the cue history (``span._.context = "history"``).
It sets ``span._.person`` to "1" for statements in the first person or by the expert as
subject, which the verdict component carries to the verdict span (salience).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.component_data import DataComponent
from pipeline.nlp.cues import CUES_KEY
from pipeline.nlp.docutil import get_extension, get_spans, sentence_ids, set_extension, set_spans
from pipeline.textnorm import fold

if not Span.has_extension("person"):
    Span.set_extension("person", default="")

#: Forms that are statements about the document; the others are dropped unless context says otherwise.
PREDICATE = "participle"
#: Words after "precizējumi"/"labojumi" past which a "veikti"/"izpildīti" no longer says they are made.
_NOT_MADE_YET = frozenset({",", ";", "–", "—", "(", "nav", "vel", "netika", "nebija"})


class Predicates(DataComponent):
    """Drop verdict cues that are not predicates about the document; mark past ones as history."""

    schema = "predicates"

    def __init__(self, nlp: Language, name: str = "lv_predicates") -> None:
        super().__init__(name)

    def prepare(self) -> None:
        """Build the lookup tables from the rule data."""
        d = self.data
        self.stems = sorted((fold(s) for s in d["stems"]), key=len, reverse=True)
        self.ending_class = {fold(e): kind for kind, endings in d["endings"].items() for e in endings}
        self.definite = tuple(d["definite_endings"])
        words = ("modals", "expert_subjects", "verb_neighbours", "clause_openers", "noun_governors",
                 "past_aux", "past_adverbs", "present_markers", "clause_terminators", "objection_objects", "disagree", "noun_followers",
                 "own_choice", "pending_before", "undecided", "made_before", "said_past",
                 "dated_months")
        for key in words:
            setattr(self, key, frozenset(fold(w) for w in d[key]))
        self.window = d["window"]
        self.correction_lemmas = frozenset(d["correction_lemmas"])
        self.made_endings = tuple(fold(e) for e in d["made_endings"])
        self.made_after = tuple(fold(w) for w in d["made_after"])
        self.verdict_labels = tuple(fold(w) for w in d["verdict_labels"])
        self.now_markers = self.present_markers - {"ir", "nav", "ar", "tiek", "netiek", "bus", "tiks"}
        self.applies_to = frozenset(d["applies_to"])

    def form(self, token) -> str:
        """Return the form class of a verdict word ('participle', 'noun', …): 'unknown' for an ending
        the table does not know (never a predicate), '' for a word of no stem in the table."""
        word = token.norm_
        morph = token.morph
        if "Neg" in morph.get("Polarity") and word.startswith("ne"):
            word = word[2:]
        elif "Nec" in morph.get("Mood") and word.startswith("ja"):
            word = word[2:]
        for stem in self.stems:
            if word.startswith(stem):
                kind = self.ending_class.get(word[len(stem):], "unknown")
                if kind == "participle" and token.lower_.endswith(self.definite):
                    return "attribute"
                return kind
        return ""

    def _clause(self, doc: Doc, i: int, ids: list[int]) -> tuple[int, int]:
        """Return the token range of the clause around token ``i`` (within its sentence). A bracket after
        the token ends it ("atbalstāms (iepriekšējā redakcijā netika atbalstīts)" is no history); a cue
        inside one still reads the clause it remarks on."""
        start = i
        while start > 0 and ids[start - 1] == ids[i] and doc[start - 1].norm_ not in self.clause_terminators:
            start -= 1
        end = i + 1
        while end < len(doc) and ids[end] == ids[i] and doc[end].norm_ not in self.clause_terminators \
                and doc[end].text != "(":
            end += 1
        return start, end

    def _past(self, clause: set[str]) -> bool:
        return bool(clause & self.past_adverbs) and not (clause & self.present_markers)

    def _past_sentence(self, doc: Doc, i: int, ids: list[int]) -> bool:
        """Return True in a sentence that opens with a past adverb and holds a past auxiliary, with no
        word of the present in it: "Pirmajā kārtā programmas bija atbalstītas …, bet eksāmeni –
        remontatslēdzniekam nebija atbalstīts, tehniķim atbalstīts pēc precizējumiem"."""
        a, b = self._sentence_start(ids, i), self._sentence_end(ids, i)
        words = [doc[j].norm_ for j in range(a, b)]
        return bool(set(words[:3]) & self.past_adverbs) and bool(set(words) & self.past_aux) \
            and not set(words) & self.now_markers

    def _reported_past(self, doc: Doc, start: int, ids: list[int], follows: bool = True) -> bool:
        """Return True for a "ka" clause that a past clause reports: "Toreiz norādīju, ka … virzīt
        nevajadzētu" tells what was said then, not the verdict now; and for a clause joined to one
        ("…, ka MIP ir atbalstāms, bet virzāms tikai pēc precizējumiem") unless it says now."""
        if follows and doc[start].norm_ != "ka" and start >= 2 and ids[start - 2] == ids[start] \
                and doc[start - 1].norm_ in ("bet", "tacu", "tomer", "un", ","):
            a, b = self._clause(doc, start, ids)
            if not {doc[j].norm_ for j in range(a, b)} & self.now_markers:
                return self._reported_past(doc, self._clause(doc, start - 2, ids)[0], ids, follows=False)
        if doc[start].norm_ != "ka" or start < 2 or ids[start - 2] != ids[start]:
            return False
        a, b = self._clause(doc, start - 2, ids)
        words = {doc[j].norm_ for j in range(a, b)}
        # "Martā eksperts … norādīja, ka …", "2026. gada martā sniedzu atzinumu, ka …"
        return self._past(words) or bool(words & (self.said_past | self.dated_months))

    def _quoted_past(self, doc: Doc, i: int, ids: list[int]) -> bool:
        """Return True for a cue inside quotation marks that a past saying opens: "Februāra atzinumā
        rakstīju: „MIP saturs nav atbalstāms …”" quotes the earlier review, not the verdict now."""
        a = self._sentence_start(ids, i)
        quotes = [j for j in range(a, i) if doc[j].norm_ == '"']
        if len(quotes) % 2 == 0:
            return False
        return bool({doc[j].norm_ for j in range(a, quotes[-1])} & self.said_past)

    def _counterfactual(self, doc: Doc, i: int, ids: list[int]) -> bool:
        """Return True for the main clause of an unreal past condition: "Ja darba grupa nebūtu ņēmusi vērā
        piezīmes, eksāmens nebūtu atbalstāms" says what the verdict would have been, not what it is."""
        a = self._sentence_start(ids, i)
        if doc[a].lower_ != "ja":
            return False
        comma = next((t.i for t in doc[a:i] if t.text == ","), None)
        if comma is None:
            return False
        words = [t.norm_ for t in doc[a:comma]]
        return any(w in ("butu", "nebutu") and any(x.endswith(("is", "usi", "usas")) and len(x) > 4
                                                   for x in words[k + 1:k + 3]) for k, w in enumerate(words))

    @staticmethod
    def _sentence_start(ids: list[int], i: int) -> int:
        start = i
        while start > 0 and ids[start - 1] == ids[i]:
            start -= 1
        return start

    @staticmethod
    def _sentence_end(ids: list[int], i: int) -> int:
        end = i
        while end < len(ids) and ids[end] == ids[i]:
            end += 1
        return end

    def _before(self, doc: Doc, i: int, start: int) -> list[str]:
        return [doc[j].norm_ for j in range(max(start, i - self.window), i)]

    def read(self, doc: Doc, span: Span, ids: list[int]) -> tuple[bool, str, str]:
        """Return ``(keep, person, time)`` for one verdict cue: whether it is a predicate, '1' for
        the first person or the expert as subject, and 'past' for history."""
        i = span.start
        token = doc[i]
        if any(t.lemma_ == "iebildums" for t in span):
            return self._objection(doc, span), "1", ""
        kind = self.form(token)
        start, end = self._clause(doc, i, ids)
        before = self._before(doc, i, start)
        after = [doc[j].norm_ for j in range(i + 1, min(end, i + 1 + self.window))]
        clause = {doc[j].norm_ for j in range(start, end)}
        past_clause = self._past(clause) or self._reported_past(doc, start, ids) or self._past_sentence(doc, i, ids) \
            or self._quoted_past(doc, i, ids)
        if doc[self._sentence_end(ids, i) - 1].text == "?" or self._counterfactual(doc, i, ids):
            return False, "", ""  # a question states nothing ("Nav iebildumu?"), nor what would have been
        if len(span) > 1 and kind not in ("first_past", "past"):
            kind = PREDICATE  # "virzīšanai saskaņošanai", "nodot saskaņošanai": a fixed phrase
        if kind == "" or kind == PREDICATE:  # "PKE saturu atzinu par atbalstāmu": what was said then
            past = any(w in self.past_aux or w in self.said_past for w in before) or past_clause
            return True, "", "past" if past else ""
        if kind in ("first_past", "past"):
            return True, "1" if kind == "first_past" else "", "past"
        if kind == "first_person":
            return True, "1", "past" if past_clause else ""
        if kind == "infinitive":
            modal = [w for w in before + after if w in self.modals or w in self.past_aux]
            if not modal and i == start and (i == 0 or ids[i - 1] != ids[i]):
                return True, "", ""  # "Virzīt saskaņošanai pēc precizējumu veikšanas": a recommendation
            if not modal and i > 0 and doc[i - 1].text in ("–", "—", "-", ":") and any(
                    ids[j] == ids[i] and (doc[j].norm_ in ("mip", "pke") or doc[j].norm_.startswith(
                        ("programm", "eksamen", "satur"))) for j in range(max(0, i - 5), i - 1)):
                return True, "", ""  # "Sistēmu tehniķa MIP – neatbalstīt": a conclusion's recommendation
            if not modal and i > 1 and doc[i - 1].text == ":" and doc[i - 2].norm_.startswith(self.verdict_labels):
                return True, "", ""  # "Vērtējums: neatbalstīt; …", "Slēdziens: atbalstīt"
            if not modal:
                return False, "", ""
            first = any(w.endswith("u") or w in ("iesaku", "neiesaku") for w in modal)
            return True, "1" if first else "", "past" if past_clause else ""
        if kind == "first_or_noun":
            if "Neg" in token.morph.get("Polarity"):
                return True, "1", "past" if past_clause else ""
            prev = doc[i - 1].norm_ if i > start else ""
            if any(w in self.noun_followers for w in after[:2]):
                return False, "", ""  # "Atbalstu piešķir …": the noun as subject
            if prev in self.noun_governors or (len(prev) >= 5 and prev.endswith("o") and doc[i - 1].is_alpha):
                return False, "", ""
            if prev in ("un", "vai") and any(doc[j].norm_ in ("par", "ar", "bez", "pret", "uz")
                                             for j in range(max(start, i - 5), i - 1)):
                return False, "", ""  # "Paldies par Jūsu ieguldījumu un atbalstu": a second noun after the first
            opens = i == start or prev in self.clause_openers or prev in self.expert_subjects or prev in self.verb_neighbours
            if opens or any(w in self.verb_neighbours for w in after):
                return True, "1", "past" if past_clause else ""
            return False, "", ""
        if kind == "third_or_noun":
            subjects = [t for t in doc[max(start, i - self.window):i] if t.norm_ in self.expert_subjects
                        and not (len(t.text) > 1 and t.text.isupper())]  # "ES" is the European Union
            if subjects:
                return True, "1", "past" if past_clause else ""
            return False, "", ""
        return False, "", ""  # noun, attribute, gerund, future

    def _made(self, doc: Doc, span: Span) -> bool:
        """Return True for a correction verb in a past participle with nothing pending before it, or
        corrections said to be made ("(precizējumi veikti)", "labojumi ir izdarīti")."""
        token = doc[span.start]
        before_words = {t.norm_ for t in doc[max(0, span.start - 2):span.start]}
        if token.norm_.startswith(("precizejum", "labojum", "korekcij")) and before_words & self.made_before:
            return True  # "pēc aprīļa labojumiem", "pēc veiktajiem precizējumiem": made already
        if doc[span.end - 1].norm_.endswith("sanas") and self._earlier_remarks(doc, span.end - 1):
            return True  # "Pēc 1. kārtā norādīto trūkumu novēršanas … ir atbalstāms": fixed since
        following = list(doc[span.end:span.end + 3])
        done = next((n for n, t in enumerate(following) if t.lemma_ in self.correction_lemmas
                     and t.norm_.endswith(self.made_endings) and "Nec" not in t.morph.get("Mood")), None)
        if token.norm_.startswith(("precizejum", "labojum", "korekcij")) and "pec" in before_words and done is not None \
                and all(t.is_alpha and not t.norm_.endswith("sanas") for t in following[:done]):
            return True  # "Pēc labojumiem programmā iekļauta …" (not "pēc precizējumu veikšanas (pārstrādāts …)")
        clause = []  # "labojumi ir veikti", "visi precizējumi no 15.05. atzinuma izpildīti": up to six words
        depth = 0  # on, not past a comma, a dash or "vēl nav" (still pending), over a bracketed list
        for t in doc[span.end:span.end + 30]:
            if t.text in "()":
                depth += 1 if t.text == "(" else -1
                continue
            if depth > 0:
                continue
            if t.norm_ in _NOT_MADE_YET or t.is_sent_start or len(clause) == 6:
                break
            clause.append(t.norm_)
        said_made = any(" ".join(clause[k:]).startswith(self.made_after) for k in range(len(clause)))
        if token.norm_.startswith(("precizejum", "labojum", "korekcij")) and said_made:
            before = doc[max(0, span.start - self.window - 1):span.start]
            return not any(t.norm_ in self.pending_before for t in before)
        if len(span) > 1 or token.lemma_ not in self.correction_lemmas or "Nec" in token.morph.get("Mood"):
            return False
        if token.norm_.endswith(("aja", "eja", "ija", "oja")):
            return True  # a past finite form: "darba grupa uzdevumu jau papildināja", "skola izlaboja"
        if not token.norm_.endswith(self.made_endings) or token.norm_.endswith(("jumi", "jumu", "jums")):
            return False
        before = doc[max(0, span.start - self.window - 1):span.start]
        return not any(t.norm_ in self.pending_before for t in before)

    def _earlier_remarks(self, doc: Doc, i: int) -> bool:
        """Return True when the gerund at ``i`` follows "pēc" and remarks of an earlier round: "pēc
        1. kārtā norādīto trūkumu novēršanas", "pēc iepriekšējā atzinumā minēto nepilnību novēršanas"."""
        start = i
        while start > max(0, i - 6) and not doc[start].is_sent_start:
            start -= 1
        words = [t.norm_ for t in doc[start:i]]
        if "pec" not in words:
            return False
        between = words[len(words) - 1 - words[::-1].index("pec"):]
        numbered_round = any(w == "karta" and "".join(between[max(0, k - 2):k]).rstrip(".").isdigit()
                             for k, w in enumerate(between))  # "1. kārtā"
        return numbered_round or bool(set(between) & (self.past_adverbs - {"ieprieks", "jau"}))  # "iepriekš minēto": above

    def _own_choice(self, doc: Doc, span: Span, ids: list[int]) -> bool:
        """Return True when the expert states the option as their own ("Mans vērtējums … variants: …")."""
        i = span.start
        start = i
        while start > 0 and ids[start - 1] == ids[i]:
            start -= 1
        return any(t.norm_ in self.own_choice for t in doc[start:i])

    def _disputed(self, doc: Doc, span: Span, ids: list[int]) -> bool:
        """Return True for a statement the expert disputes: "Nevaru piekrist, ka … būtu atbalstāms"."""
        start, _ = self._clause(doc, span.start, ids)
        if doc[start].norm_ != "ka":
            return False
        return any(t.norm_ in self.disagree for t in doc[max(0, start - 5):start])

    def _undecided(self, doc: Doc, span: Span, ids: list[int]) -> bool:
        """Return True when the expert says they cannot tell: "nevaru pateikt, ka … atbalstāms"."""
        start, _ = self._clause(doc, span.start, ids)
        first, _ = self._clause(doc, max(0, start - 2), ids)
        return any(t.norm_ in self.undecided for t in doc[max(0, min(first, start - 5)):start])

    def _objection(self, doc: Doc, span: Span) -> bool:
        """Return True unless "no objections" is said of something else ("pret moduļu secību")."""
        if span.end >= len(doc) or doc[span.end].norm_ != "pret":
            return True
        following = doc[span.end + 1 : span.end + 3 + self.window]
        return any(t.norm_ in self.objection_objects for t in following)

    def __call__(self, doc: Doc) -> Doc:
        """Drop the cues of ``doc`` that are not predicates; mark history and the person."""
        spans = get_spans(doc, CUES_KEY)
        if not any(s.label_ in self.applies_to for s in spans):
            return doc
        ids = sentence_ids(doc)
        kept = []
        for span in spans:
            if get_extension(span, "context") == "instruction" and self._own_choice(doc, span, ids):
                set_extension(span, "context", "")
            if span.label_ == "CONDITION" and self._made(doc, span):
                continue  # "labotajā redakcijā", "nepilnības ir novērstas": a correction already made
            if span.label_ == "CONDITION" and doc[span.start].norm_ == "kamer" and not any(
                    t.norm_ in ("nav", "netiks", "nebus", "netiek") for t in doc[span.end:span.end + 4]):
                continue  # "kamēr" is "while" unless a negated verb follows: "kamēr nav norādīti" = until
            if span.label_ in self.applies_to and not get_extension(span, "context"):
                keep, person, time = self.read(doc, span, ids)
                if not keep:
                    continue
                if any(t.lemma_ == "iebildums" for t in span):
                    set_extension(span, "negated", False)  # "iebildumu nav": the "nav" is the statement
                elif self._disputed(doc, span, ids):
                    if self._undecided(doc, span, ids):
                        continue  # "nevaru pateikt ne to, ka saturs ir atbalstāms, ne to, ka nav"
                    set_extension(span, "negated", True)
                if person:
                    set_extension(span, "person", person)
                if time == "past":
                    set_extension(span, "context", "history")
            kept.append(span)
        if len(kept) != len(spans):
            set_spans(doc, CUES_KEY, kept)
        return doc


@Language.factory("lv_predicates")
def make_predicates(nlp: Language, name: str) -> Predicates:
    """Create the predicate component (rules loaded by the build or from disk)."""
    return Predicates(nlp, name)
