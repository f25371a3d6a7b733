"""Tell which documents (MIP, PKE) a piece of text talks about."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.structure import RULES, alternatives
from pipeline.records import DOCUMENT_TYPES
from pipeline.textnorm import fold

#: A clause saying a document is not part of this review ("MIP netika iesniegts ekspertīzei").
_NOT_REVIEWED = re.compile(r"\b(?:" + alternatives("not_reviewed_words") + ")")
#: A clause saying the review covers only some documents ("atzinums attiecas tikai uz programmu").
_ONLY = re.compile(r"\b(?:" + alternatives("only_words") + ")")
#: A sentence: "4. posmā" and an initial ("M. Ozoliņš") end none.
_SENTENCE = re.compile(r"(?:[^.;!?]|(?<=\b[A-ZĀČĒĢĪĶĻŅŠŪŽ])\.|\.(?=\s*[a-zāčēģīķļņšūž\d]))+[.;!?]?")
_FRAGMENT = re.compile(r"[^,–—()]+[,–—()]?")


def clauses(text: str) -> list[str]:
    """Return the clauses of ``text`` that speak of the documents: its sentences, and a sentence
    naming several documents cut where a new one is named ("MIP vērtēju atsevišķi, šeit – tikai par
    eksāmenu"); a fragment naming none stays with the one before it."""
    out: list[str] = []
    for sentence in _SENTENCE.findall(text):
        if len(documents_in(sentence)) < 2:
            out.append(sentence)
            continue
        parts: list[str] = []
        for fragment in _FRAGMENT.findall(sentence):
            if parts and not documents_in(fragment):
                parts[-1] += fragment
            else:
                parts.append(fragment)
        out += parts
    return out


#: How each document is named (structure.v1.json "documents").
_MIP = re.compile("|".join(RULES["documents"]["MIP"]))
_PKE = re.compile("|".join(RULES["documents"]["PKE"]))


@lru_cache(maxsize=16384)
def documents_in(text: str) -> tuple[str, ...]:
    """Return the documents ``text`` names, in the fixed order MIP, PKE."""
    folded = fold(text)
    docs = []
    if _MIP.search(folded):
        docs.append("MIP")
    if _PKE.search(folded):
        docs.append("PKE")
    return tuple(docs)


def not_reviewed(text: str) -> frozenset[str]:
    """Return the documents ``text`` says are not part of the review: "MIP netika iesniegts
    ekspertīzei", "PKE izvērtēs cits eksperts", "atzinums attiecas tikai uz programmu" (the other)."""
    out: set[str] = set()
    for clause in clauses(text):
        folded = fold(clause)
        docs = documents_in(clause) or (_named(folded) if len(clause.split()) <= 4 else ())  # "Programmas nevērtēju."
        if not docs:
            continue
        m = next((m for m in _NOT_REVIEWED.finditer(folded) if _says_not_reviewed(folded, m)), None)
        near = _fragment_documents(folded, m.start(), m.end()) if m else ()
        if m and not near:
            near = documents_in(folded[max(0, m.start() - 50): m.end() + 30])
        if m and not near and len(docs) == 1:  # "Par programmu (MIP) – … to skatās kolēģis, es to nevērtēju"
            near = docs
        if near:  # the document itself is said not to be reviewed, not some other paper
            out.update(near)
        elif (only := _ONLY.search(folded)) and (kept := _named(re.split(r"[,;]", folded[only.start():only.end() + 40])[0])) \
                and not _VERDICT_BEFORE.search(folded[:only.start()]):  # "netika atbalstīts tikai PKE"
            # the documents after "tikai" are the review's (not "uzdevums attiecas tikai uz montāžu"), even when
            # the clause names another first: "Eksāmena materiāli nav iesniegti, tāpēc vērtēju tikai programmu"
            out.update(d for d in DOCUMENT_TYPES if d not in kept)
    return frozenset(out)


def _says_not_reviewed(folded: str, m: re.Match) -> bool:
    """Return True if the match ``m`` of a not-reviewed phrase in ``folded`` says it of a document in
    this round: "Eksāmena materiālus neesmu saņēmis, tāpēc par PKE neko neteikšu" says it in its
    second phrase, after a first one about a part."""
    fragment = _fragment(folded, m.start(), m.end())
    if _PART_BEFORE.search(fragment[:m.start()]) or _PART_BEFORE.search(" ".join(fragment[m.end():].split()[:3])):
        return False  # "vērtēšanas lapas netika atsūtītas", "nav iesniegusi visus PKE pielikumus": a part
    if _CONCESSION.match(fragment.lstrip()):
        return False  # "paskatījos arī programmu, kaut gan tā man netika nodota": reviewed after all
    return not _EARLIER.search(_own_clause(folded, m.start(), m.end()))  # "PKE toreiz nebija iesniegts"


#: A verdict word just before "tikai": "netika atbalstīts tikai PKE" says which one, not the review's scope.
_VERDICT_BEFORE = re.compile(r"\b(?:ne)?(?:atbalst|virz|noraid|pienem)\w*\s+(?:\w+\s+)?$")
#: Words that date what a clause says to an earlier round ("PKE toreiz nebija iesniegts").
_EARLIER = re.compile(r"\b(?:" + alternatives("earlier_time_words") + r")\b")
#: A concessive clause: what it says was not sent did not stop the review ("kaut gan tā netika nodota").
_CONCESSION = re.compile(r"(?:kaut|lai)\s+(?:gan|ari)\b")

#: Parts of a document that may be missing while the document itself is reviewed.
_PART_BEFORE = re.compile(r"\b(?:vertesanas lap\w*|pielikum\w*|kriterij\w*|uzdevum\w*|modul(?:is|a|i|u|im|os|iem)\b|"
                          r"jautajum\w*|material\w*)")


def _own_clause(folded: str, start: int, end: int) -> str:
    """Return the words of the comma-bounded part around ``start:end`` from its last "un" before
    ``start`` up to ``end``: "… jau pirmajā kārtā tika atbalstīts un atkārtoti netika iesniegts"
    gives "un atkārtoti netika iesniegts"."""
    fragment = _fragment(folded, start, end)
    return fragment[max(0, fragment.rfind(" un ", 0, start)):end]


def _fragment(folded: str, start: int, end: int) -> str:
    """Return the comma-bounded part of ``folded`` around ``start:end``, padded with spaces in front
    so that offsets into ``folded`` stay offsets into it."""
    a = max(folded.rfind(",", 0, start), folded.rfind(";", 0, start), folded.rfind(":", 0, start)) + 1
    b = min((i for i in (folded.find(",", end), folded.find(";", end)) if i >= 0), default=len(folded))
    return " " * a + folded[a:b]


def _fragment_documents(folded: str, start: int, end: int) -> tuple[str, ...]:
    """Return the documents named, by their everyday names too, in the comma-bounded part of
    ``folded`` around ``start:end``: "Programma šajā kārtā netika iesniegta, vērtēju tikai eksāmenu"
    says it of the programme."""
    part = _fragment(folded, start, end)
    dash = max(part.rfind(" – ", 0, start), part.rfind(" — ", 0, start))
    if dash >= 0 and _named(part[dash + 3:]):  # "Vērtēju tikai programmu – eksāmena saturs netika iesniegts"
        part = part[dash + 3:]
    return _named(part)


def _named(part: str) -> tuple[str, ...]:
    """Return the documents folded text ``part`` names, by their everyday names too."""
    docs = set(documents_in(part))
    if re.search(r"\bprogramm(?:a|as|ai|u|am)\b", part) and not re.search(r"(?:eksamena|pke)\s+programm", part):
        docs.add("MIP")
    if re.search(r"\b(?:eksamen|parbaudijum)\w*", part):
        docs.add("PKE")
    return tuple(d for d in DOCUMENT_TYPES if d in docs)


def says_not_submitted(text: str) -> bool:
    """Return True for a text naming no document that says its document was not submitted or is not
    reviewed here: a table cell "— (skola vēl nav iesniegusi)" under a document's column."""
    folded = fold(text)
    return not documents_in(text) and bool(_NOT_REVIEWED.search(folded) or _NOT_SUBMITTED.search(folded))


#: "(skola vēl nav iesniegusi)": who did not submit it, in a cell that names no document.
_NOT_SUBMITTED = re.compile(r"\b(?:nav|netika|nebija)\s+(?:\w+\s+)?iesnie(?:gusi|gusas|dzis|guši)\b")


def reviewed_in(text: str) -> tuple[str, ...]:
    """Return the documents ``text`` names as reviewed: "PKE (MIP ekspertīzei netika iesniegts)" -> PKE."""
    excluded = not_reviewed(text)
    return tuple(d for d in documents_in(text) if d not in excluded)


#: A short heading that is just a document's everyday name: "Programma", "Eksāmens", "Eksāmena saturs".
#: What may open such a heading: a number or letter ("2.", "b)", "II."), a part ("B daļa."), "Par".
_HEADING_OPENER = r"^(?:(?:\d+|[a-z]|[ivx]+)[.)]\s*|(?:\d+\.|[a-z])\s*dala[.:]?\s*)?(?:par\s+)?"
_HEADING_DOCUMENT = {
    "MIP": re.compile(_HEADING_OPENER + r"(?:modular\w*\s+)?(?:izglitibas\s+)?programm(?:a|as|ai|u|am)(?:\s+saturs)?$"),
    "PKE": re.compile(_HEADING_OPENER + r"(?:(?:profesionalas\s+)?kvalifikacijas\s+)?(?:eksamen\w*|parbaudijum\w*)"
                      r"(?:\s+saturs\w*)?$"),
}


def heading_documents(text: str) -> tuple[str, ...]:
    """Return the document a short heading names by its everyday name ("Programma" -> MIP), or what
    ``documents_in`` finds in it."""
    folded = fold(text).strip(" :.–—-")
    found = tuple(d for d, pattern in _HEADING_DOCUMENT.items() if pattern.match(folded))
    return found or documents_in(text)
