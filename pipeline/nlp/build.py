"""Build the pipeline into a folder: ``python -m pipeline.nlp.build [models/lv_reviews]``.

The output is reproducible: rebuilding from the same rule files gives byte-identical
files (the meta carries no timestamps, rule data is written with sorted keys).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from pipeline.config import MODEL_DIR, RULES_DIR


def build(out_dir: Path = MODEL_DIR, rules_dir: Path = RULES_DIR) -> Path:
    """Assemble the pipeline from ``rules_dir`` and write it to ``out_dir`` (replaced)."""
    from pipeline.nlp.pipeline_def import assemble

    nlp = assemble(rules_dir)
    out_dir = Path(out_dir)
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.to_disk(tmp)
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)
    return out_dir


def main(argv: list[str] | None = None) -> int:
    """Build into the folder given on the command line, else models/lv_reviews."""
    args = sys.argv[1:] if argv is None else argv
    out = build(Path(args[0]) if args else MODEL_DIR)
    print(f"built {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
