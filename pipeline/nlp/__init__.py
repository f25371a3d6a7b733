"""The Latvian spaCy pipeline that reads verdicts: factories, rule files, build and load.

Importing this package registers the custom factories, so ``spacy.load`` can
rebuild the pipeline from ``models/lv_reviews`` without network access.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.config import MODEL_DIR, missing_model
from pipeline.nlp import contexts, cues, lemmatizer, negation, normalizer, predicates, sentences, verdicts  # noqa: F401


@lru_cache(maxsize=4)
def load_pipeline(path: str | Path = MODEL_DIR):
    """Return the built pipeline at ``path``, loaded once per process (never downloads)."""
    import spacy

    path = Path(path)
    why = missing_model(path)
    if why is not None:
        raise FileNotFoundError(why)
    nlp = spacy.load(path)
    # the rule components keep no per-token model state, so a review as long as the reader's text
    # limit allows is read whole (spaCy's default of 1,000,000 characters guards its parser)
    nlp.max_length = 8_000_000
    return nlp
