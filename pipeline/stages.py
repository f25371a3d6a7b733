"""The project's stage calendar: which dates each stage (*posms*) covers, and which stage a report speaks of.

Stages are data, not arithmetic: they are read from a CSV the coordinators edit
(``inputs/stages.csv``, columns ``stage,start,end``, dates as ``YYYY-MM-DD``)::

    stage,start,end
    4,2026-01-01,2026-03-31
    5,2026-04-01,2026-07-31

``choose_period`` picks the stage a report covers: the one asked for
(``--stage N``), the one holding a given date (``--as-of DATE``), or by default
the one holding the newest review date.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import UsageError

COLUMNS = ("stage", "start", "end")
#: Who the report's document properties name as its author, unless told otherwise.
DEFAULT_AUTHOR = "LDDK"


@dataclass(frozen=True)
class Stage:
    """One stage of the project: its number and its first and last day."""

    number: int
    start: dt.date
    end: dt.date

    def holds(self, day: dt.date) -> bool:
        """Return True when ``day`` falls within this stage."""
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Calendar:
    """The project's stages, in date order."""

    stages: tuple[Stage, ...] = ()
    source: str = ""  # the file it was read from, for messages and the cache

    def holding(self, day: dt.date | None) -> Stage | None:
        """Return the stage ``day`` falls in, or None (no date, or a date outside every stage)."""
        if day is None:
            return None
        return next((s for s in self.stages if s.holds(day)), None)

    def number(self, number: int) -> Stage:
        """Return stage ``number``; a number the calendar does not hold is a usage error."""
        for s in self.stages:
            if s.number == number:
                return s
        known = ", ".join(str(s.number) for s in self.stages) or "none"
        raise UsageError(f"stage {number} is not in the stage calendar {self.source} (stages: {known})")

    def after(self, stage: Stage) -> Stage | None:
        """Return the stage that follows ``stage``, or None when it is the last."""
        later = [s for s in self.stages if s.start > stage.end]
        return later[0] if later else None

    @property
    def last(self) -> Stage | None:
        """Return the last stage of the calendar."""
        return self.stages[-1] if self.stages else None

    def stage_numbers(self, dates: list[str]) -> list[int | None]:
        """Return the stage number of each ``YYYY-MM-DD`` text (None when undated or outside every stage)."""
        cache: dict[str, int | None] = {}
        out = []
        for text in dates:
            if text not in cache:
                stage = self.holding(parse_date(text))
                cache[text] = stage.number if stage else None
            out.append(cache[text])
        return out


def parse_date(text: object) -> dt.date | None:
    """Return ``YYYY-MM-DD`` text as a date, or None when it is not one."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def load_calendar(path: Path) -> Calendar:
    """Read the stage calendar CSV at ``path``; anything wrong is a usage error naming the row."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"stage calendar {path} not found (columns: stage,start,end)") from None
    except OSError as exc:
        raise UsageError(f"stage calendar {path} cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1257")  # saved by Excel in Latvia
    sample = text.splitlines()[0] if text else ""
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise UsageError(f"stage calendar {path} is empty (columns: stage,start,end)")
    header = [c.strip().lower() for c in rows[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise UsageError(f"stage calendar {path}: missing column(s) {', '.join(missing)} (columns: stage,start,end)")
    at = {c: header.index(c) for c in COLUMNS}
    stages: list[Stage] = []
    for line, row in enumerate(rows[1:], start=2):
        cells = {c: (row[i].strip() if i < len(row) else "") for c, i in at.items()}
        where = f"stage calendar {path}, row {line}"
        try:
            number = int(cells["stage"])
        except ValueError:
            raise UsageError(f"{where}: stage {cells['stage']!r} is not a whole number") from None
        start, end = parse_date(cells["start"]), parse_date(cells["end"])
        if start is None or end is None:
            raise UsageError(f"{where}: dates must be written YYYY-MM-DD (got {cells['start']!r}, {cells['end']!r})")
        if end < start:
            raise UsageError(f"{where}: stage {number} ends ({end}) before it starts ({start})")
        stages.append(Stage(number, start, end))
    stages.sort(key=lambda s: s.start)
    for a, b in zip(stages, stages[1:], strict=False):
        if b.start <= a.end:
            raise UsageError(f"stage calendar {path}: stages {a.number} and {b.number} overlap")
        if b.number == a.number:
            raise UsageError(f"stage calendar {path}: stage {a.number} is listed twice")
    return Calendar(tuple(stages), str(path))


@dataclass(frozen=True)
class Period:
    """What a report covers: its stage (None when no stage holds it), the dates, and the day it speaks up to."""

    stage: Stage | None
    start: dt.date
    end: dt.date
    as_of: dt.date
    #: The stage the remaining reviews are planned to finish in: the next one, or this one when it is the last.
    planned: Stage | None = None
    #: True when ``planned`` is the calendar's last stage.
    planned_is_last: bool = False


@dataclass(frozen=True)
class ReportScope:
    """Which stage the report speaks of and who is named as its author (``--stage``, ``--as-of``, ``--author``)."""

    calendar: Calendar = field(default_factory=Calendar)
    stage: int | None = None
    as_of: dt.date | None = None
    author: str = DEFAULT_AUTHOR

    def fingerprint(self) -> str:
        """Return a text that changes whenever the report would: the calendar, the choice and the author."""
        stages = ";".join(f"{s.number},{s.start},{s.end}" for s in self.calendar.stages)
        text = f"{stages}|{self.stage}|{self.as_of}|{self.author}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def default_scope() -> ReportScope:
    """Return the scope of a report nobody chose one for: the shipped calendar (if any), the default author."""
    from pipeline.config import DEFAULT_STAGES

    return ReportScope(load_calendar(DEFAULT_STAGES) if DEFAULT_STAGES.is_file() else Calendar())


def quarter_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the calendar quarter ``day`` falls in."""
    q = (day.month - 1) // 3
    start = dt.date(day.year, 3 * q + 1, 1)
    nxt = dt.date(day.year + (q == 3), (3 * q + 3) % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def choose_period(calendar: Calendar, review_dates: list[str], run_date: dt.date,
                  stage: int | None = None, as_of: dt.date | None = None) -> Period:
    """Return the period a report covers.

    * ``stage``: that stage of the calendar, up to its end (or up to the run
      date while it is still running);
    * ``as_of``: the stage holding that date, up to that date;
    * neither: the stage holding the newest review date.
    A date no stage holds gives a period without a stage: its calendar quarter.
    """
    dates = [d for d in (parse_date(x) for x in review_dates) if d]
    if stage is not None:
        chosen = calendar.number(stage)
        inside = [d for d in dates if chosen.holds(d)]
        day = as_of or min(chosen.end, max([run_date, chosen.start, *inside]))
    elif as_of is not None:
        chosen, day = calendar.holding(as_of), as_of
    else:
        anchor = max(dates) if dates else run_date
        chosen = calendar.holding(anchor)
        day = min(chosen.end, max(run_date, anchor)) if chosen else None
        if chosen is None:
            start, end = quarter_bounds(anchor)
            day = min(end, max(run_date, anchor))
    if chosen is None:
        start, end = quarter_bounds(day)
        return Period(None, start, end, day)
    planned = calendar.after(chosen) or chosen
    return Period(chosen, chosen.start, chosen.end, day, planned, planned == calendar.last)
