"""Turn verdict rows into the tables coordinators read (pure pandas).

Every function here takes DataFrames and returns a new DataFrame; nothing
reads or writes files.  The flow is::

    verdict rows --annotate--> + the person (names folded), the source (review or
                               progress report) and the stage of each row
                 --latest_reviews--> one row per (qualification, document, expert)
                 --document_verdicts--> one row per (qualification, document): the newest
                               review stands; experts who differ within its stage are flagged
                 --qualification_status--> one row per qualification (register + unknown)
                 --sector_counts--> one row per sector

Notes are kept as data (``(code, params)`` tuples); the writers render them
with ``pipeline.messages.note_message`` in the coordinator's language.

Longer than 500 lines on purpose: it is the one flow above, each step feeding the next; split, the
steps would import each other's frames and column rules.
"""

from __future__ import annotations

from itertools import permutations

import pandas as pd

from pipeline.messages import problem_message
from pipeline.records import (
    DOCUMENT_TYPES,
    NEEDS_CORRECTIONS,
    NOT_SUPPORTED,
    SUPPORTED,
    UNKNOWN,
    VERDICTS,
    FileResult,
    Problem,
)
from pipeline.register import Register
from pipeline.stages import Calendar
from pipeline.textnorm import key

#: Contract columns of verdicts.csv, in order (shared/contract.md).
VERDICT_COLUMNS = [
    "file", "qualification", "document", "verdict", "expert", "date", "lki_level", "sector",
    "evidence", "location", "method", "confidence",
]
#: Extra verdict columns written after the contract ones.
VERDICT_EXTRA = ["in_register"]
#: Contract columns of problems.csv, in order.
PROBLEM_COLUMNS = ["file", "code", "message"]
PROBLEM_EXTRA = ["detail"]
RECOMMENDATION_COLUMNS = ["file", "qualification", "document", "expert", "text", "location"]

#: How conservative a verdict is: of two experts' reviews of one day, the higher rank stands.
#: ``unknown`` ranks highest because it means a person must look.
CONSERVATIVE_RANK = {SUPPORTED: 0, NEEDS_CORRECTIONS: 1, NOT_SUPPORTED: 2, UNKNOWN: 3}
#: Verdicts that close a document.
FINAL_VERDICTS = frozenset({SUPPORTED, NEEDS_CORRECTIONS})

STATUS_DONE = "done"
STATUS_IN_PROGRESS = "in_progress"
STATUS_NOT_STARTED = "not_started"
STATUSES = (STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED)


# --- records -> frames (the edge) --------------------------------------------


def verdicts_frame(results: list[FileResult]) -> pd.DataFrame:
    """Return every verdict row as a frame, with the file's mtime, sorted."""
    pairs = [(v, r) for r in results for v in r.verdicts]
    verdicts = [v for v, _ in pairs]
    columns = {
        "file": [v.file or r.file for v, r in pairs],
        "qualification": [v.qualification for v in verdicts],
        "document": [v.document for v in verdicts],
        "verdict": [v.verdict if v.verdict in VERDICTS else UNKNOWN for v in verdicts],
        "expert": [v.expert for v in verdicts],
        "date": [v.date for v in verdicts],
        "lki_level": [str(v.lki_level or "") for v in verdicts],
        "sector": [v.sector for v in verdicts],
        "evidence": [v.evidence for v in verdicts],
        "location": [v.location for v in verdicts],
        "method": [v.method for v in verdicts],
        "confidence": [float(v.confidence or 0.0) for v in verdicts],
        "in_register": [bool(v.in_register) for v in verdicts],
        "mtime": [float(r.mtime or 0.0) for _, r in pairs],
    }
    if not pairs:
        return sort_verdicts(pd.DataFrame(columns=[*VERDICT_COLUMNS, *VERDICT_EXTRA, "mtime"]))
    return sort_verdicts(pd.DataFrame(columns)[[*VERDICT_COLUMNS, *VERDICT_EXTRA, "mtime"]])


def problems_frame(results: list[FileResult]) -> pd.DataFrame:
    """Return every problem as a frame (file, code, detail, params), sorted."""
    pairs = [(p, r) for r in results for p in r.problems]
    frame = pd.DataFrame(
        {
            "file": [p.file or r.file for p, r in pairs],
            "code": [p.code for p, _ in pairs],
            "detail": [p.detail for p, _ in pairs],
            "params": pd.Series([tuple(p.params) for p, _ in pairs], dtype=object),
        },
        columns=["file", "code", "detail", "params"],
    )
    return frame.sort_values(["file", "code", "detail"], kind="stable", ignore_index=True)


def recommendations_frame(results: list[FileResult]) -> pd.DataFrame:
    """Return every recommendation as a frame, sorted by qualification, document, expert."""
    pairs = [(x, r) for r in results for x in r.recommendations]
    recs = [x for x, _ in pairs]
    frame = pd.DataFrame(
        {
            "file": [x.file or r.file for x, r in pairs],
            "qualification": [x.qualification for x in recs],
            "document": [x.document for x in recs],
            "expert": [x.expert for x in recs],
            "text": [x.text for x in recs],
            "location": [x.location for x in recs],
        },
        columns=RECOMMENDATION_COLUMNS,
    )
    return frame.sort_values(
        ["qualification", "document", "expert", "file", "location", "text"], kind="stable", ignore_index=True
    )


def register_frame(register: Register) -> pd.DataFrame:
    """Return the register as a frame: qualification, sector, lki_level, order."""
    rows = [
        {"qualification": q.name, "sector": q.sector, "lki_level": str(q.lki_level or ""), "order": i}
        for i, q in enumerate(register)
    ]
    return pd.DataFrame(rows, columns=["qualification", "sector", "lki_level", "order"])


def sort_verdicts(verdicts: pd.DataFrame) -> pd.DataFrame:
    """Return ``verdicts`` in the contract order: file, qualification, document (then expert)."""
    return verdicts.sort_values(
        ["file", "qualification", "document", "expert", "verdict"], kind="stable", ignore_index=True
    )


# --- consolidation -----------------------------------------------------------

#: Where a verdict row comes from: an expert's review, or a progress report restating verdicts.
SOURCE_REVIEW = "review"
SOURCE_REPORT = "report"
#: The extraction method of a progress report's bullet ("· name (MIP ...; PKE ...)").
SUMMARY_METHOD = "summary"
#: How many summary rows make a whole file a progress report (``pipeline.nlp.filekind`` counts the same).
REPORT_ROWS = 2


def name_key(name: object) -> str:
    """Return a person's name folded for comparison: case, diacritics, spacing and word order ignored.

    "Lāce  Kristīne" and "kristine lace" give the same key.
    """
    return " ".join(sorted(key(str(name or "")).split()))


def _token_matches(short: str, full: str) -> bool:
    return short == full or (len(short) == 1 and full.startswith(short))


def _covers(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Return True when every word of ``short`` matches its own word of ``full`` (an initial matches a word)."""
    if len(short) > len(full) or len(full) > 6:
        return False
    return any(all(_token_matches(a, b) for a, b in zip(short, chosen, strict=True))
               for chosen in permutations(full, len(short)))


def expert_identities(names) -> dict[str, str]:
    """Return each written name mapped to the key of the person it names.

    Names are the same person when they fold to the same words ("Zarins" =
    "Zariņš", "Lāce Kristīne" = "Kristīne Lāce").  A shorter form (a surname
    alone, "G. Zariņš") joins the one fuller name it fits; when it fits two
    people it stays apart.  Empty names are left out.
    """
    folded = {n: name_key(n) for n in set(names) if isinstance(n, str) and n.strip()}
    folded = {n: k for n, k in folded.items() if k}
    keys = {k: tuple(k.split()) for k in set(folded.values())}
    target: dict[str, str] = {}
    for k, words in keys.items():
        wider = [f for f, fw in keys.items() if f != k and _covers(fw, words)]
        widest = [f for f in wider if not any(g != f and _covers(keys[g], keys[f]) for g in wider)]
        target[k] = widest[0] if len(widest) == 1 else k
    return {n: target[k] for n, k in folded.items()}


def expert_names(names) -> dict[str, str]:
    """Return each person's key mapped to the name shown for them: the fullest, most often written form."""
    names = [n for n in names if isinstance(n, str) and n.strip()]
    identity = expert_identities(names)
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    best: dict[str, str] = {}
    for n in sorted(counts):
        k = identity.get(n)
        if k is None:
            continue
        shown = " ".join(n.split())
        rank = (len(shown.split()), sum(not c.isascii() for c in shown), counts[n])
        if k not in best or rank > best[k][0]:
            best[k] = (rank, shown)
    return {k: v[1] for k, v in best.items()}


def count_experts(names) -> int:
    """Return how many people the written names stand for (see ``expert_identities``)."""
    return len(set(expert_identities(names).values()))


def expert_key(expert: str, file: str) -> str:
    """Return the key that identifies one reviewer on their own: the folded name, or the file if unnamed."""
    name = name_key(expert)
    return name if name else "file:" + file


def expert_keys(experts: pd.Series, files: pd.Series) -> list[str]:
    """Return the person key of each (expert, file) pair; an unnamed reviewer is their file."""
    names = experts.tolist()
    identity = expert_identities(names)
    return [identity.get(e) or "file:" + f for e, f in zip(names, files.tolist(), strict=True)]


def sources(verdicts: pd.DataFrame) -> list[str]:
    """Return where each row comes from: ``report`` for a progress report's statements, else ``review``.

    A row is a report's when its method is ``summary``, or when its file holds
    ``REPORT_ROWS`` or more such rows (the rest of a report restates verdicts too).
    """
    if verdicts.empty:
        return []
    summary = verdicts["method"].astype(str).eq(SUMMARY_METHOD) if "method" in verdicts else \
        pd.Series(False, index=verdicts.index)
    per_file = summary.groupby(verdicts["file"]).transform("sum")
    report = summary | (per_file >= REPORT_ROWS)
    return [SOURCE_REPORT if r else SOURCE_REVIEW for r in report.tolist()]


def annotate(verdicts: pd.DataFrame, calendar: Calendar | None = None) -> pd.DataFrame:
    """Return ``verdicts`` with the columns consolidation works on.

    ``expert_key`` (the person), ``source`` (review or report), ``in_register`` and ``stage``
    (the stage number of the review date, None when undated, outside the
    calendar, or without a calendar).  Columns already there are kept.
    """
    frame = verdicts.copy()
    if "expert_key" not in frame:
        frame["expert_key"] = expert_keys(frame["expert"], frame["file"]) if len(frame) else \
            pd.Series(dtype=str)
    if "source" not in frame:
        frame["source"] = sources(frame) if len(frame) else pd.Series(dtype=str)
    if "in_register" not in frame:
        frame["in_register"] = True
    if "stage" not in frame:
        numbers = calendar.stage_numbers(frame["date"].tolist()) if calendar and len(frame) else [None] * len(frame)
        frame["stage"] = pd.Series(numbers, index=frame.index, dtype=object)
    return frame


def _newest_first(frame: pd.DataFrame, conservative_first: bool = False) -> pd.DataFrame:
    """Return ``frame`` sorted newest first: review date, then file time, then file name.

    With ``conservative_first``, reviews of the same day are ordered by how
    conservative their verdict is before the file time (two experts' reviews
    of one day: the more cautious one stands).  Undated rows come last.
    """
    frame = frame.assign(
        _date=pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce"),
        _mtime=pd.to_numeric(frame["mtime"], errors="coerce").fillna(0.0) if "mtime" in frame else 0.0,
        _rank=frame["verdict"].map(CONSERVATIVE_RANK).fillna(CONSERVATIVE_RANK[UNKNOWN]),
    )
    order = ["_date", "_rank", "_mtime"] if conservative_first else ["_date", "_mtime"]
    frame = frame.sort_values([*order, "file"], ascending=[False] * len(order) + [True],
                              kind="stable", na_position="last")
    return frame.drop(columns=["_date", "_mtime", "_rank"])


def _latest(frame: pd.DataFrame) -> pd.DataFrame:
    """Return each reviewer's newest row per document of an annotated ``frame``, keeping its index."""
    return _newest_first(frame).groupby(["qualification", "document", "expert_key"], sort=False).head(1)


def latest_reviews(verdicts: pd.DataFrame, calendar: Calendar | None = None) -> pd.DataFrame:
    """Return each reviewer's newest review per qualification and document.

    Newest means the latest review date, then the latest file modification
    time, then the file name; a review without a date counts as oldest.
    A reviewer is a person (names folded, see ``expert_identities``), an
    unnamed review its own file.  The rows that lost are dropped; the result
    carries the ``annotate`` columns and ``current`` = True.
    """
    frame = annotate(verdicts, calendar)
    if frame.empty:
        return frame.assign(current=pd.Series(dtype=bool))
    newest = _latest(frame).sort_values(["qualification", "document", "expert_key"], kind="stable")
    return newest.assign(current=True).reset_index(drop=True)


def mark_current(verdicts: pd.DataFrame, calendar: Calendar | None = None) -> pd.DataFrame:
    """Return ``verdicts`` annotated, with ``current`` = True on the one row whose verdict stands per document."""
    frame = annotate(verdicts, calendar)
    if frame.empty:
        return frame.assign(current=pd.Series(dtype=bool))
    current = pd.Series(False, index=frame.index)
    current.loc[_standing_rows(_latest(frame))] = True
    return frame.assign(current=current)


def _standing_rows(latest: pd.DataFrame) -> list:
    """Return the index of the row that stands for each document, from each reviewer's newest rows.

    An expert's review always outranks a progress report; among reviews the
    newest stands, whoever wrote it; of one day's reviews, the most
    conservative verdict.
    """
    ordered = _newest_first(latest, conservative_first=True)
    ordered = ordered.assign(_src=(ordered["source"] != SOURCE_REVIEW).astype(int)).sort_values("_src", kind="stable")
    return ordered.groupby(["qualification", "document"], sort=False).head(1).index.tolist()


def most_conservative(verdicts: list[str]) -> str:
    """Return the most conservative of ``verdicts`` (what stands when reviews of one day disagree)."""
    if not verdicts:
        return UNKNOWN
    return max(verdicts, key=lambda v: CONSERVATIVE_RANK.get(v, CONSERVATIVE_RANK[UNKNOWN]))


def _same_stage(a, b) -> bool:
    """Return True unless both stages are known and differ (an undated review may be of either)."""
    return a is None or b is None or pd.isna(a) or pd.isna(b) or a == b


DOCUMENT_COLUMNS = [
    "qualification", "document", "verdict", "experts", "opinions", "disagreement",
    "last_date", "sector", "lki_level", "in_register", "source", "stage",
]


def document_verdicts(latest: pd.DataFrame, calendar: Calendar | None = None) -> pd.DataFrame:
    """Return one row per (qualification, document): the verdict that stands and who said what.

    ``latest`` is each reviewer's newest review (``latest_reviews``).  The
    newest review stands, whoever wrote it; a progress report's statement
    only when no expert reviewed the document.  Columns: qualification,
    document, verdict, experts (every reviewer's name), opinions (``(expert,
    verdict)`` of the reviewers whose newest review falls in the same stage as
    the standing one, that one first), disagreement (those opinions differ;
    a report never disagrees, and unknown verdicts are flagged on their own),
    last_date, sector, lki_level, in_register, source (review or report),
    stage (of the standing review).
    """
    if latest.empty:
        return pd.DataFrame(columns=DOCUMENT_COLUMNS)
    frame = _newest_first(annotate(latest, calendar), conservative_first=True)
    names = expert_names(frame["expert"].tolist())
    identity = expert_identities(frame["expert"].tolist())
    standing = set(_standing_rows(frame))
    rows = []
    needed = frame[["qualification", "document", "expert", "verdict", "date", "source", "stage", "sector",
                    "lki_level", "in_register"]]
    for (qualification, document), group in needed.groupby(["qualification", "document"], sort=True):
        records = group.to_dict("records")
        top = next(r for i, r in zip(group.index, records, strict=True) if i in standing)
        reviews = [r for r in records if r["source"] == SOURCE_REVIEW]
        same = [r for r in reviews if _same_stage(r["stage"], top["stage"])] if top["source"] == SOURCE_REVIEW else []
        same.sort(key=lambda r: r is not top)
        shown = [(names.get(identity.get(r["expert"], ""), str(r["expert"] or "")), str(r["verdict"])) for r in same]
        decided = {v for _, v in shown if v != UNKNOWN}
        pool = reviews or records
        dates = [r["date"] for r in pool if isinstance(r["date"], str) and r["date"]]
        experts = sorted({names[identity[r["expert"]]] for r in reviews if r["expert"] in identity}, key=str.casefold)
        rows.append({
            "qualification": qualification,
            "document": document,
            "verdict": top["verdict"],
            "experts": tuple(experts),
            "opinions": tuple(shown) if len(shown) > 1 else ((shown[0],) if shown else ()),
            "disagreement": len(decided) > 1,
            "last_date": max(dates) if dates else "",
            "sector": _first(r["sector"] for r in [top, *pool]),
            "lki_level": _first(r["lki_level"] for r in [top, *pool]),
            "in_register": all(bool(r["in_register"]) for r in pool),
            "source": top["source"],
            "stage": top["stage"],
        })
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def _firsts(values: pd.Series) -> pd.Series:
    """Return ``values`` as ``_first`` reads them: text kept, other values as text, empties as missing."""
    def one(v):
        if isinstance(v, str):
            return v or None
        return None if v is None or pd.isna(v) else str(v)

    return pd.Series([one(v) for v in values.tolist()], index=values.index, dtype=object)


def _first(values) -> str:
    for v in values:
        if isinstance(v, str) and v:
            return v
        if v is not None and not isinstance(v, str) and not pd.isna(v):
            return str(v)
    return ""


def qualification_status(documents: pd.DataFrame, register: pd.DataFrame) -> pd.DataFrame:
    """Return one row per qualification: the register's, then unknown ones found in reviews.

    Columns: sector, qualification, lki_level, in_register, mip, pke (verdict
    code or "" when no review), status (done / in_progress / not_started),
    experts (tuple), last_date, notes (tuple of ``(code, params)``),
    sector_order, order.
    """
    known = register.assign(in_register=True)
    found = documents.drop_duplicates("qualification")
    extra = found[~found["qualification"].isin(set(known["qualification"]))]
    extra = pd.DataFrame(
        {
            "qualification": extra["qualification"],
            "sector": extra["sector"].fillna(""),
            "lki_level": extra["lki_level"].fillna(""),
            "order": range(len(known), len(known) + len(extra)),
            "in_register": False,
        }
    )
    base = pd.concat([known, extra], ignore_index=True) if len(extra) else known.copy()
    sectors = list(dict.fromkeys(list(known["sector"]) + sorted(set(extra["sector"]) - set(known["sector"]))))
    by_doc = {(q, d): row for q, d, row in zip(documents["qualification"], documents["document"],
                                                documents.to_dict("records"), strict=True)}
    rows = []
    for rec in base.to_dict("records"):
        name = rec["qualification"]
        docs = {d: by_doc.get((name, d)) for d in DOCUMENT_TYPES}
        verdicts = {d: (r["verdict"] if r else "") for d, r in docs.items()}
        experts = sorted({e for r in docs.values() if r for e in r["experts"]})
        dates = [r["last_date"] for r in docs.values() if r and r["last_date"]]
        rows.append(
            {
                "sector": rec["sector"] or "",
                "qualification": name,
                "lki_level": str(rec["lki_level"] or ""),
                "in_register": bool(rec["in_register"]),
                "mip": verdicts["MIP"],
                "pke": verdicts["PKE"],
                "status": status_of(list(verdicts.values())),
                "experts": tuple(experts),
                "last_date": max(dates) if dates else "",
                "notes": qualification_notes(docs, bool(rec["in_register"]), str(rec["lki_level"] or "")),
                "sector_order": sectors.index(rec["sector"] or "") if (rec["sector"] or "") in sectors else len(sectors),
                "order": rec["order"],
            }
        )
    frame = pd.DataFrame(
        rows,
        columns=["sector", "qualification", "lki_level", "in_register", "mip", "pke", "status", "experts",
                 "last_date", "notes", "sector_order", "order"],
    )
    return frame.sort_values(["sector_order", "order"], kind="stable", ignore_index=True)


def status_of(verdicts: list[str]) -> str:
    """Return the qualification status from its document verdicts ("" = no review)."""
    if not any(verdicts):
        return STATUS_NOT_STARTED
    if all(v in FINAL_VERDICTS for v in verdicts):
        return STATUS_DONE
    return STATUS_IN_PROGRESS


def qualification_notes(docs: dict, in_register: bool, register_level: str = "") -> tuple:
    """Return the notes for one qualification as ``(code, params)`` tuples.

    A register qualification whose documents give another LKI level than the
    register's (``register_level``) gets an ``lki_differs`` note.
    """
    notes: list[tuple[str, dict]] = []
    if not in_register:
        notes.append(("not_in_register", {}))
    levels = sorted({str(r["lki_level"]) for r in docs.values() if r and str(r["lki_level"] or "")})
    if in_register and register_level and levels and levels != [register_level]:
        notes.append(("lki_differs", {"documents": ", ".join(levels), "register": register_level}))
    reviewed = any(docs.values())
    for document, row in docs.items():
        if row is None:
            if reviewed:
                notes.append(("missing", {"document": document}))
            continue
        if row["disagreement"]:
            opinions = tuple(row["opinions"])
            notes.append(("disagreement", {"document": document, "opinions": opinions}))
        if row["verdict"] == UNKNOWN and not row["disagreement"]:
            notes.append(("unknown", {"document": document}))
        elif row["verdict"] == NOT_SUPPORTED and not row["disagreement"]:
            notes.append(("not_supported", {"document": document}))
    return tuple(notes)


def sector_counts(documents: pd.DataFrame, status: pd.DataFrame) -> pd.DataFrame:
    """Return per sector: document counts by verdict and qualification counts by status.

    Columns: sector, one per verdict code, one per status code, total (qualifications).
    """
    rows = []
    for _order, group in status.groupby("sector_order", sort=True):
        names = set(group["qualification"])
        docs = documents[documents["qualification"].isin(names)]
        row = {"sector": group["sector"].iloc[0]}
        for v in VERDICTS:
            row[v] = int((docs["verdict"] == v).sum())
        for s in STATUSES:
            row[s] = int((group["status"] == s).sum())
        row["total"] = len(group)
        rows.append(row)
    return pd.DataFrame(rows, columns=["sector", *VERDICTS, *STATUSES, "total"])


def status_totals(sectors: pd.DataFrame) -> dict[str, int]:
    """Return how many qualifications of all sectors have each status, and ``total``, from ``sector_counts``."""
    return {code: int(sectors[code].sum()) if len(sectors) else 0 for code in (*STATUSES, "total")}


def consolidate(verdicts: pd.DataFrame, register: pd.DataFrame,
                calendar: Calendar | None = None) -> dict[str, pd.DataFrame]:
    """Return every derived table: reviews (annotated, with ``current``), documents, status, sectors.

    ``calendar`` says which stage each review falls in: experts who disagree
    are flagged only within one stage (without a calendar, always).
    """
    frame = annotate(verdicts, calendar)  # once: the functions below keep columns already there
    if frame.empty:
        reviews, documents = frame.assign(current=pd.Series(dtype=bool)), document_verdicts(frame)
    else:
        latest = _latest(frame)
        current = pd.Series(False, index=frame.index)
        current.loc[_standing_rows(latest)] = True
        reviews = frame.assign(current=current)
        documents = document_verdicts(latest, calendar)
    status = qualification_status(documents, register)
    return {
        "reviews": reviews,
        "documents": documents,
        "status": status,
        "sectors": sector_counts(documents, status),
    }


def problem_rows(problems: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return ``problems`` with the coordinator's ``message`` column filled in ``lang``."""
    messages = [
        problem_message(Problem(file=f, code=c, detail=d, params=tuple(p)), lang)
        for f, c, d, p in zip(problems["file"], problems["code"], problems["detail"], problems["params"], strict=True)
    ]
    return problems.assign(message=pd.Series(messages, index=problems.index, dtype=object))
