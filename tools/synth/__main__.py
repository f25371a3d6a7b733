"""Run the generator: ``python -m tools.synth samples|corpus|bench OUT_DIR``."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from tools.synth import build_eval_corpus, build_samples, generate_corpus


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, write the requested files and print what was written."""
    parser = argparse.ArgumentParser(prog="python -m tools.synth", description=__doc__)
    parser.add_argument("what", choices=("samples", "corpus", "bench"),
                        help="samples: inputs/samples; corpus: labelled tests/corpus; bench: N mixed reviews")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=2000, help="number of reviews for 'bench'")
    parser.add_argument("--seed", type=int, default=None, help="random seed (each target has a fixed default)")
    parser.add_argument("--pool", choices=("samples", "eval"), default="samples", help="phrasing pool for 'bench'")
    parser.add_argument("--refresh-doc", action="store_true", help="re-make the legacy .doc sample with LibreOffice")
    args = parser.parse_args(argv)
    if args.what == "bench":
        rows = generate_corpus(args.out_dir, args.n, seed=args.seed or 0, pool=args.pool)
        print(f"{args.n} reviews, {len(rows)} expected rows -> {args.out_dir}")
        return 0
    if args.what == "samples":
        kw = {"seed": args.seed} if args.seed is not None else {}
        collected = build_samples(args.out_dir, refresh_doc=args.refresh_doc, **kw)
    else:
        kw = {"seed": args.seed} if args.seed is not None else {}
        collected = build_eval_corpus(args.out_dir, **kw)
    counts = Counter(r["verdict"] for r in collected.rows)
    print(f"{len(collected.manifest)} files, {len(collected.rows)} expected rows {dict(sorted(counts.items()))}, "
          f"{len(collected.problems)} expected problems -> {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
