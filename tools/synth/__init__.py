"""Generate realistic synthetic expert reviews (.docx bytes) with the rows a reader should find.

``generate_corpus`` writes many mixed reviews quickly (the benchmark);
``build_samples`` writes inputs/samples; ``build_eval_corpus`` writes the
labelled corpus in tests/corpus.  Documents are raw WordprocessingML zipped
with fixed timestamps, so a seed always gives the same bytes.
"""

from tools.synth.corpus import build_eval_corpus, generate_corpus
from tools.synth.layouts import LAYOUTS, VerdictDeck, make_spec, render
from tools.synth.samples import build_samples

__all__ = ["LAYOUTS", "VerdictDeck", "build_eval_corpus", "build_samples", "generate_corpus", "make_spec", "render"]
