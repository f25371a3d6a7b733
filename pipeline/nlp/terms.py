"""Match lists of folded multi-word terms on token NORM."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc


class TermMatcher:
    """Find the terms of several named lists in a document, matched on NORM."""

    def __init__(self, nlp: Language, lists: dict[str, list[str]]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.names = {}
        for name, terms in lists.items():
            key = nlp.vocab.strings.add(name)
            self.names[key] = name
            if terms:
                self.matcher.add(name, [nlp.make_doc(t) for t in terms])

    def __call__(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Return ``{list name: [(start, end), ...]}`` of the terms found, in order."""
        found: dict[str, list[tuple[int, int]]] = {name: [] for name in self.names.values()}
        for key, start, end in self.matcher(doc):
            found[self.names[key]].append((start, end))
        return found


def starts_in(start: int, spans: list[tuple[int, int]]) -> bool:
    """Return True if a match starting at token ``start`` begins inside one of ``spans``."""
    return any(s <= start < e for s, e in spans)
