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
    return spacy.load(path)
