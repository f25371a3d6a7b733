"""Imported by the workers' fork server before it forks any worker (see ``pipeline.run.START_METHOD``).

It loads the reader, extraction and the spaCy pipeline once, in the server, so
that every worker forked from it starts with them loaded and shares their memory.
Nothing else should import this module: its import is that loading.
"""

import atexit
import os

from pipeline.run import prepare_worker

try:
    prepare_worker()
except Exception:  # noqa: BLE001 - e.g. no model: each worker then meets the error itself and reports it per file
    pass

# When the run stops the server, it leaves at once instead of freeing the pipeline object by
# object (the run waits for it).  Registered after the others, this runs first: the server
# holds no file or output of its own to close.
atexit.register(os._exit, 0)
