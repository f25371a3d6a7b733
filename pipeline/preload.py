"""Imported by the workers' fork server before it forks any worker (see ``pipeline.pool.START_METHOD``).

It loads the reader, extraction and the spaCy pipeline once, in the server, so
that every worker forked from it starts with them loaded and shares their memory.
Nothing else should import this module: its import is that loading.
"""

from pipeline.pool import prepare_worker

try:
    prepare_worker()
except Exception:  # noqa: BLE001 - e.g. no model: each worker then meets the error itself and reports it per file
    pass
