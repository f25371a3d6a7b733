r"""Make text from outside (file names, review text) safe to show in a terminal, HTML or XML.

File names and review text come from whoever filled the folder.  A character
that would act instead of show is written as a visible escape (``\x07``,
``\x1b``, ``\u202e``), the same notation ``pipeline.discover.printable`` uses
for undecodable bytes:

- ``visible``: for one line in a terminal or a page: every control character
  (newline and tab included), bidirectional override, embedding, isolate or
  mark, line and paragraph separator, lone surrogate and non-character.
- ``xml_text``: for text handed to openpyxl and python-docx: what XML 1.0
  cannot hold, plus C1 controls and bidirectional controls; tab and line
  breaks are kept (a cell or a paragraph may hold several lines).
- ``html_text``: ``visible`` then HTML-escaped.
"""

from __future__ import annotations

import html
import re

#: Bidirectional embeddings, overrides, isolates and marks: they reorder what is shown
#: ("gpj.exe" shown as "exe.jpg").
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: What XML 1.0 cannot hold: C0 controls but tab, newline and return; lone surrogates; U+FFFE, U+FFFF.
_XML_ILLEGAL = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"

_UNSAFE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_UNSAFE_XML = re.compile(f"[{_XML_ILLEGAL}\x7f-\x9f{_BIDI}]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    r"""Return ``text`` for one line of a terminal: controls and bidirectional marks as ``\xNN``/``\uNNNN``."""
    return _UNSAFE_LINE.sub(_escape, text)


def xml_text(text: str) -> str:
    r"""Return ``text`` as XML 1.0 can hold it, what cannot be held or would reorder it shown as escapes."""
    return _UNSAFE_XML.sub(_escape, text)


def html_text(text: str) -> str:
    """Return ``text`` for an HTML page: ``visible``, then with ``& < > " '`` escaped."""
    return html.escape(visible(text), quote=True)


def xml_frame(frame):
    """Return a copy of the pandas ``frame`` with every text cell passed through ``xml_text``."""
    return frame.map(lambda v: xml_text(v) if isinstance(v, str) else v)
