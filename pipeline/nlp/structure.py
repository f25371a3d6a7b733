"""The vocabularies of document structure, read from ``rules/structure.v1.json``.

Words that tell the code around the pipeline where it is (earlier-review labels, part
subjects, deferral and submission wording, round headings, field labels, signature cues,
date and expert labels, genitive endings …) are data in that schema-checked rule file; the
modules here only add regular-expression syntax around them.
"""

from __future__ import annotations

import re

from pipeline.config import RULES_DIR
from pipeline.nlp.rules_io import load_data

STRUCTURE_FILE = "structure.v1.json"

#: The checked content of ``structure.v1.json``.
RULES: dict = load_data(RULES_DIR / STRUCTURE_FILE)


def alternatives(name: str) -> str:
    """Return the alternatives listed under ``name`` as one regular-expression alternation (no group)."""
    return "|".join(RULES[name])


#: A table label naming an earlier review ("Iepriekšējās ekspertīzes secinājums", "Sākotnējais vērtējums",
#: "1. (sākotnējā)"): what stands in its row or column is history.
HISTORY_LABEL = re.compile(r"\b(?:" + alternatives("history_labels") + ")")
