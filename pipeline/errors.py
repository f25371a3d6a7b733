"""Exceptions that carry a problem code from shared/contract.md."""

from __future__ import annotations


class ReadError(Exception):
    """A file could not be read; ``code`` is a problem code, ``detail`` says why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class UsageError(Exception):
    """The user asked for something impossible (missing folder, bad register)."""
