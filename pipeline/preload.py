"""Imported by the workers' fork server before it forks any worker (see ``pipeline.pool.START_METHOD``).

It loads the reader, extraction and the spaCy pipeline once, in the server, so
that every worker forked from it starts with them loaded and shares their memory.
Nothing else should import this module: its import is that loading.
"""

import atexit
import gc
import os
import sys
import types

_LEFT_OUT = "spaCy's command line is not loaded in the reviews fork server and its workers"


def _no_cli(*args, **kwargs):
    raise RuntimeError(_LEFT_OUT)


def skip_spacy_cli() -> None:
    """Let ``import spacy`` leave out spaCy's command line in this process.

    ``spacy/__init__.py`` imports ``spacy.cli.info`` only to offer ``spacy.info``;
    that pulls in typer, rich, requests, weasel and ~370 other modules (0.25-0.3 s
    of the server's start-up, on the critical path of every run).  Nothing the
    pipeline runs imports ``spacy.cli``.  Only the fork server does this, as it
    is our own process; a no-op once spaCy is imported.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli", "Left out of the reviews fork server (see pipeline.preload).")
    cli.__path__ = []  # a package with no submodules: ``import spacy.cli.X`` fails plainly
    info = types.ModuleType("spacy.cli.info")
    info.info = cli.info = _no_cli
    cli.__getattr__ = _missing
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info


def _missing(name: str):
    raise AttributeError(f"spacy.cli.{name}: {_LEFT_OUT}")


skip_spacy_cli()

from pipeline.pool import prepare_worker  # noqa: E402  after the line above, which must precede spaCy

try:
    prepare_worker()
except Exception:  # noqa: BLE001 - e.g. no model: each worker then meets the error itself and reports it per file
    pass

# What is loaded now lives as long as the workers: out of the cyclic collector's sight, a worker's
# full collections no longer walk the ~90,000 objects of the pipeline (70 ms each).
gc.freeze()

# When the run stops the server, it leaves at once instead of freeing the pipeline object by
# object (the run waits for it).  Registered after the others, this runs first: the server
# holds no file or output of its own to close.
atexit.register(os._exit, 0)
