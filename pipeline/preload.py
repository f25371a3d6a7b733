"""Imported by the workers' fork server before it forks any worker (see ``pipeline.pool.START_METHOD``).

It loads the reader, extraction and the spaCy pipeline once, in the server, so
that every worker forked from it starts with them loaded and shares their memory.
Nothing else should import this module: its import is that loading.
"""

import signal
import sys
import traceback

# Ctrl-C reaches the whole process group: the command stops the server and its workers, so the
# server must not die of it (with a traceback) while it loads.  Workers forked from it keep ignoring it.
signal.signal(signal.SIGINT, signal.SIG_IGN)

from pipeline.pool import prepare_worker  # noqa: E402

_excepthook = sys.excepthook


def _quiet_when_stopped(kind, exc, tb) -> None:
    """Print nothing for a worker that could not start because the command had stopped its pool (Ctrl-C).

    The fork server reports a worker that fails before it runs with ``sys.excepthook``:
    the pool's semaphore or pipe is gone when the command let go of it mid-start.
    Anything else is printed as usual.
    """
    starting = any(f.name == "_main" and f.filename.endswith(("multiprocessing/spawn.py", "multiprocessing\\spawn.py"))
                   for f in traceback.extract_tb(tb))
    if not (starting and issubclass(kind, FileNotFoundError | EOFError | ConnectionError)):
        _excepthook(kind, exc, tb)


sys.excepthook = _quiet_when_stopped  # used by the fork server for its children only

try:
    prepare_worker()
except Exception:  # noqa: BLE001 - e.g. no model: each worker then meets the error itself and reports it per file
    pass
