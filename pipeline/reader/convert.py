"""Convert legacy Word files (.doc, .rtf) to .docx with LibreOffice, then read them.

LibreOffice runs in a session (and process group) of its own in a private
temporary folder holding the copy of the review.  However the conversion ends
(done, failed, over ``Limits.convert_seconds``, or the worker told to stop
because the file is over its time limit) the whole group is killed and the
folder removed: no LibreOffice is left running and no copy of a review is left
behind.  Only a worker killed outright (SIGKILL) cannot clean up after itself.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from pipeline.config import Limits
from pipeline.errors import ReadError
from pipeline.records import ReviewDocument


def soffice() -> str | None:
    """Return the path of LibreOffice's ``soffice``, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_converted(path: Path, kind: str, limits: Limits, data: bytes | None = None) -> ReviewDocument:
    """Convert ``path`` to .docx in a private temporary folder and read the result.

    ``data``, when given, is the file's content already read by the caller: the
    copy LibreOffice converts is written from it, and the file is not opened again.
    """
    from pipeline.reader.document import read_package

    exe = soffice()
    if exe is None:
        raise ReadError("legacy_doc", f"{kind}: LibreOffice (soffice) not found")
    tmp_path = Path(tempfile.mkdtemp(prefix="reviews-convert-"))
    proc: subprocess.Popen | None = None

    def clean_up() -> None:
        if proc is not None:
            _kill_group(proc)
        shutil.rmtree(tmp_path, ignore_errors=True)

    with _on_terminate(clean_up):
        try:
            source = tmp_path / f"source.{kind}"
            if data is None:
                shutil.copyfile(path, source)
            else:
                source.write_bytes(data)
            out_dir = tmp_path / "out"
            cmd = [
                exe,
                f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                "--headless",
                "--norestore",
                "--nolockcheck",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(out_dir),
                str(source),
            ]
            try:
                proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, start_new_session=True)
            except OSError as exc:
                raise ReadError("legacy_doc", f"LibreOffice failed to start: {exc}") from None
            try:
                _, stderr = proc.communicate(timeout=limits.convert_seconds)
            except subprocess.TimeoutExpired:
                raise ReadError("legacy_doc", f"LibreOffice took over {limits.convert_seconds:.0f} s") from None
            result = out_dir / "source.docx"
            if proc.returncode != 0 or not result.is_file():
                err = stderr.decode("utf-8", "replace").strip().splitlines()
                raise ReadError("legacy_doc", f"LibreOffice conversion failed: {err[-1] if err else proc.returncode}")
            return read_package(result, limits, source_format=kind)
        finally:
            clean_up()


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill LibreOffice's whole process group (soffice starts soffice.bin under it) and reap it."""
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # its own session: the group id is its process id
    with contextlib.suppress(OSError, ValueError, subprocess.TimeoutExpired):
        proc.communicate(timeout=10)  # reaps it; the pipes close once the whole group is gone


@contextlib.contextmanager
def _on_terminate(clean_up):
    """Run ``clean_up`` before this process ends on SIGTERM (how a worker over its time limit is stopped)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous == signal.SIG_IGN:
        yield
        return

    def handler(signum, frame):
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
        clean_up()
        if callable(previous):
            previous(signum, frame)
        else:
            os.kill(os.getpid(), signum)

    signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
