"""Measure how well three ways of handling inflection join the forms of each verdict word.

``python -m tools.measure_nlp`` prints, for each method, the share of word groups whose
forms all get one key, and the lookalikes wrongly joined to a group. The methods: the
LatvianStemmer package (a light suffix stemmer), the register's ending stripper, and the
paradigm table in ``rules/lemmas.v1.json`` (the one the pipeline uses).
"""

from __future__ import annotations

from pipeline.config import RULES_DIR
from pipeline.nlp.lemmatizer import Lexicon
from pipeline.nlp.rules_io import load_data
from pipeline.register import stem
from pipeline.textnorm import fold

#: Forms of each verdict word seen in reviews (the prefix-negated and debitive forms included).
GROUPS = {
    "atbalstīt": ["atbalstāms", "atbalstāma", "atbalstāmi", "atbalstīts", "atbalstīta", "atbalstu", "atbalstīt",
                  "atbalstams", "atbalstits"],
    "virzīt": ["virzāms", "virzāma", "virzīt", "virzīšanai", "virzīšanas", "virzu", "virzams"],
    "precizēt": ["precizējumi", "precizējumu", "precizējumiem", "precizēt", "precizēti", "precizejumu"],
    "saskaņot": ["saskaņošanai", "saskaņot", "saskaņošana", "saskaņots", "saskanosanai"],
    "labot": ["labojumi", "labojumu", "labojumiem", "labot", "laboti"],
}
PREFIXED = {"neatbalstāms": "atbalstīt", "jāprecizē": "precizēt", "nevirzīt": "virzīt", "jālabo": "labot"}
#: Words that look like a verdict word but are not one.
LOOKALIKES = {"precīzi": "precizēt", "virziens": "virzīt", "laboratorija": "labot", "saskaņā": "saskaņot"}


def _latvianstemmer():
    try:
        import LatvianStemmer
    except ImportError:
        return None
    return lambda w: LatvianStemmer.stem(fold(w))


def methods() -> dict:
    """Return the key functions to compare, by name."""
    lexicon = Lexicon(load_data(RULES_DIR / "lemmas.v1.json"))
    found = {"paradigm table (used)": lambda w: lexicon.analyse(fold(w))[0] or fold(w),
             "register stem": lambda w: stem(fold(w))}
    stemmer = _latvianstemmer()
    if stemmer:
        found["LatvianStemmer"] = stemmer
    return found


def score(key) -> dict:
    """Return the measurements for one key function."""
    joined = sum(len({key(w) for w in forms}) == 1 for forms in GROUPS.values())
    group_key = {lemma: key(forms[0]) for lemma, forms in GROUPS.items()}
    prefixed = sum(key(w) == group_key[lemma] for w, lemma in PREFIXED.items())
    false_joins = sum(key(w) == group_key[lemma] for w, lemma in LOOKALIKES.items())
    return {"groups joined": f"{joined}/{len(GROUPS)}", "ne-/jā- forms joined": f"{prefixed}/{len(PREFIXED)}",
            "lookalikes wrongly joined": f"{false_joins}/{len(LOOKALIKES)}"}


def main() -> int:
    """Print the comparison table."""
    for name, key in methods().items():
        print(f"{name:24}", "  ".join(f"{k}: {v}" for k, v in score(key).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
