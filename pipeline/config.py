"""All paths and default limits in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UsageError

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
INPUTS_DIR = PROJECT_DIR / "inputs"
SAMPLES_DIR = INPUTS_DIR / "samples"
DEFAULT_REGISTER = INPUTS_DIR / "qualifications.csv"
DEFAULT_STAGES = INPUTS_DIR / "stages.csv"  # the project's stage calendar (pipeline.stages)
DEFAULT_OUTPUT_DIR = Path("outputs")
MODELS_DIR = PROJECT_DIR / "models"
MODEL_NAME = "lv_reviews"
MODEL_DIR = MODELS_DIR / MODEL_NAME
RULES_DIR = PACKAGE_DIR / "nlp" / "rules"

# Output file names fixed by shared/contract.md.
VERDICTS_CSV = "verdicts.csv"
PROBLEMS_CSV = "problems.csv"
SUMMARY_XLSX = "summary.xlsx"
REPORT_DOCX = "report.docx"
STORE_DB = "reviews.sqlite"
#: Where a run stages its outputs, the journal of putting them in place, and the lock of one run at a time.
STAGING_PREFIX = ".reviews-staging-"
JOURNAL = ".reviews-commit.json"
LOCK_FILE = ".reviews.lock"


def missing_model(path: Path = MODEL_DIR) -> str | None:
    """Return why there is no built spaCy pipeline at ``path`` (and what to do), or None when there is one."""
    if (Path(path) / "config.cfg").is_file():
        return None
    return f"no spaCy pipeline at {path}: run `make model` (python -m pipeline.nlp.build)"


@dataclass(frozen=True)
class Limits:
    """Safety limits applied to every input file before and while reading it.

    Every limit can be overridden with an environment variable
    ``REVIEWS_<NAME>`` (e.g. ``REVIEWS_MAX_FILE_BYTES``).
    """

    max_file_bytes: int = 100 * 1024 * 1024  # the file on disk
    max_part_bytes: int = 64 * 1024 * 1024  # one XML part, uncompressed
    max_total_bytes: int = 256 * 1024 * 1024  # all parts read, uncompressed
    max_ratio: int = 200  # uncompressed/compressed, for parts over 1 MiB
    max_members: int = 10_000  # zip entries
    max_depth: int = 256  # XML element nesting
    # What reading expands, whatever the file's size: a part referenced three times counts three times.
    max_elements: int = 1_000_000  # XML elements parsed, counted by their tags (start and end tags both count)
    max_text_chars: int = 4_000_000  # characters of text read out of the parts (comment anchors included)
    worker_memory_bytes: int = 1024 * 1024 * 1024  # address space a worker may add to what it holds at start
    seconds_per_file: float = 60.0  # wall time per file in a worker
    convert_seconds: float = 120.0  # LibreOffice .doc conversion

    @classmethod
    def from_env(cls) -> Limits:
        """Return the defaults, overridden by ``REVIEWS_*`` environment variables.

        A malformed value is a ``UsageError`` (the command's exit status 2).
        """
        values = {}
        for name, f in cls.__dataclass_fields__.items():
            raw = os.environ.get("REVIEWS_" + name.upper())
            if raw:
                try:
                    values[name] = type(f.default)(float(raw))
                except (TypeError, ValueError) as exc:
                    raise UsageError(f"bad REVIEWS_* limit in the environment: {exc}") from None
        return cls(**values)
