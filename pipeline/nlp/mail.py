"""E-mails pasted or printed into Word: their header lines, the quoted earlier message, a forward.

Outlook and Gmail headers in Latvian and English ("No:", "Nosūtīts:", "From:", "Sent:", …), a
web mail's "Vārds Uzvārds <adrese@…>   datums" line, and the markers of a quoted message are data
in ``rules/authorship.v1.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.config import RULES_DIR
from pipeline.nlp import metadata as meta
from pipeline.nlp.rules_io import load_data
from pipeline.records import Block
from pipeline.textnorm import fold

#: The checked content of ``authorship.v1.json``: e-mail header words and quote markers here, the
#: expert's and the date's vocabularies in ``authorship`` (which reads this same dict).
RULES = load_data(RULES_DIR / "authorship.v1.json")
_QUOTE = [re.compile(p) for p in RULES["quote_markers"]]
_HEADERS = {kind: words for kind, words in RULES["email_headers"].items()}
_HEADER = re.compile(r"^\s*(" + "|".join(w for words in _HEADERS.values() for w in words) + r")\s*:\s*(.*)$")


def header(text: str) -> tuple[str, str] | None:
    """Return (kind, value) for an e-mail header line ("No: …", "Sent: …"), else None."""
    m = _HEADER.match(fold(text))
    if m is None:
        return None
    word = m.group(1)
    kind = next(k for k, words in _HEADERS.items() if word in words)
    return kind, text[len(text) - len(m.group(2)):].strip() if m.group(2) else ""


_ADDRESS_LINE = re.compile(r"^\s*([^<>@]{3,60}?)\s*<[^<>@\s]+@[^<>\s]+>(.*)$")


def email_header(blocks: list[Block]) -> tuple[int, int, dict[str, str]] | None:
    """Return (first, last + 1, {kind: value}) of the first block of e-mail headers in the review's
    opening lines, if it is one (a sender or a sent date among at least two header lines), or of a
    printed web-mail message: "Vārds Uzvārds <adrese@…>   pirmdiena, 2026. gada 23. marts 18:12"."""
    for start in range(min(len(blocks), 12)):
        found: dict[str, str] = {}
        end = start
        while end < len(blocks) and (h := header(blocks[end].text)) is not None:
            found.setdefault(h[0], h[1])
            end += 1
        if end - start >= 2 and ("sender" in found or "sent" in found):
            return start, end, found
    dated = [i for i in range(min(len(blocks), 10)) if (m := _ADDRESS_LINE.match(blocks[i].text))
             and (meta.find_dates(m.group(2)) or (i + 1 < len(blocks) and not _ADDRESS_LINE.match(blocks[i + 1].text)
                                                  and meta.find_dates(blocks[i + 1].text)
                                                  and len(blocks[i + 1].text.split()) <= 8))]
    # a Gmail print names its account first, then the sender with the date beside or below
    for start in dated + list(range(min(len(blocks), 6))):
        m = _ADDRESS_LINE.match(blocks[start].text)
        if m and header(blocks[start].text) is None and not is_quote_marker(blocks[start].text):
            sent = m.group(2) if meta.find_dates(m.group(2)) else (
                blocks[start + 1].text if start + 1 < len(blocks) and meta.find_dates(blocks[start + 1].text) else "")
            return start, start + 1, {"sender": m.group(1), "sent": sent}
    return None


def header_lines(blocks: list[Block]) -> list[Block]:
    """Return ``blocks`` with a paragraph of e-mail headers (one line each, "From: …" then "Sent: …",
    as Outlook pastes them, or a web mail's "Vārds <adrese>   date" then "To: …") cut into one block
    per line, so that each header is read as a line."""
    out: list[Block] = []
    for b in blocks:
        lines = b.text.split("\n")
        if len(lines) >= 2 and b.cell is None and sum(
                header(line) is not None or _ADDRESS_LINE.match(line) is not None for line in lines) >= 2:
            out += [replace(b, text=line, marks=(), struck=(), emphasized=()) for line in lines if line.strip()]
        else:
            out.append(b)
    return out


def thread_message(blocks: list[Block], has_verdict: Callable[[str], bool]) -> list[Block]:
    """Return the blocks to read of a printed web-mail thread: its opening lines (the subject) and
    the newest message for which ``has_verdict(text)`` holds. A Gmail print lists the messages
    oldest first, each under "Vārds Uzvārds <adrese@…>   datums", so the coordinator's request
    comes before the expert's answer. Any other review is returned whole."""
    heads = [i for i, b in enumerate(blocks) if (m := _ADDRESS_LINE.match(b.text)) and meta.find_dates(m.group(2))
             and header(b.text) is None and not is_quote_marker(b.text)]
    if len(heads) < 2:
        return blocks
    spans = list(zip(heads, heads[1:] + [len(blocks)], strict=True))
    answers = [(a, z) for a, z in spans if any(has_verdict(b.text) for b in blocks[a:z])]
    start, end = (answers or spans)[-1]
    return blocks[:heads[0]] + blocks[start:end]


def is_quote_marker(text: str) -> bool:
    """Return True for a line that opens a quoted earlier message."""
    folded = fold(text).strip()
    return any(p.search(folded) for p in _QUOTE)


def quoted_from(blocks: list[Block]) -> int:
    """Return the index of the first block of a quoted earlier message under an e-mail, else len(blocks).

    Only a review written as an e-mail has one: the quote starts at a line such as
    "-----Sākotnējais ziņojums-----", "On … wrote:", "> …", or a second block of headers.
    """
    head = email_header(blocks)
    if head is None:
        return len(blocks)
    for i in range(head[1], len(blocks)):
        if is_quote_marker(blocks[i].text) or (header(blocks[i].text) or ("", ""))[0] == "sender":
            return i
    return len(blocks)


_FORWARD = re.compile(r"forward|parsutit|^\s*(?:fw|fwd|pars)\s*:")


def forwarded_at(blocks: list[Block], cut: int) -> bool:
    """Return True when the message quoted at ``cut`` is forwarded ("---------- Forwarded message",
    "Tēma: FW: …"): a coordinator passing on the expert's e-mail, which is then the review."""
    head = email_header(blocks)
    if head is None or cut >= len(blocks):
        return False
    subjects = [fold(b.text).split(":", 1)[1] for b in blocks[head[0]:head[1]]
                if re.match(r"\s*(?:tema|temats|subject)\s*:", fold(b.text))]
    return bool(_FORWARD.search(fold(blocks[cut].text)) or any(_FORWARD.search(s) for s in subjects))
