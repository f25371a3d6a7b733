"""Turn verdict rows into the tables coordinators read (pure pandas).

Every function here takes DataFrames and returns a new DataFrame; nothing
reads or writes files.  The flow is::

    verdict rows --latest_reviews--> one row per (qualification, document, expert)
                 --document_verdicts--> one row per (qualification, document)
                 --qualification_status--> one row per qualification (register + unknown)
                 --sector_counts--> one row per sector

Notes are kept as data (``(code, params)`` tuples); the writers render them
with ``pipeline.messages.note_message`` in the coordinator's language.
"""

from __future__ import annotations

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

#: How conservative a verdict is: the highest rank stands when experts disagree.
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


def expert_key(expert: str, file: str) -> str:
    """Return the key that identifies one reviewer: the folded name, or the file if unnamed."""
    name = " ".join(str(expert or "").split()).casefold()
    return name if name else "file:" + file


def expert_keys(experts: pd.Series, files: pd.Series) -> list[str]:
    """Return ``expert_key`` of each (expert, file) pair, folding each distinct name once."""
    names = experts.tolist()
    folded = {e: " ".join(str(e or "").split()).casefold() for e in set(names)}
    return [folded[e] or "file:" + f for e, f in zip(names, files.tolist(), strict=True)]


def latest_reviews(verdicts: pd.DataFrame) -> pd.DataFrame:
    """Return the newest review per qualification, document and expert.

    Newest means the latest review date, then the latest file modification
    time, then the file name; a review without a date counts as oldest.
    The result has a boolean column ``current`` = True for every row, and
    the input rows that lost are dropped.
    """
    if verdicts.empty:
        return verdicts.assign(expert_key=pd.Series(dtype=str), current=pd.Series(dtype=bool))
    frame = verdicts.copy()
    frame["expert_key"] = expert_keys(frame["expert"], frame["file"])
    frame["_date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce")
    mtime = frame["mtime"] if "mtime" in frame else pd.Series(0.0, index=frame.index)
    frame["_mtime"] = pd.to_numeric(mtime, errors="coerce").fillna(0.0)
    frame = frame.sort_values(
        ["qualification", "document", "expert_key", "_date", "_mtime", "file"],
        kind="stable",
        na_position="first",
    )
    newest = frame.groupby(["qualification", "document", "expert_key"], sort=True).tail(1)
    return newest.drop(columns=["_date", "_mtime"]).assign(current=True).reset_index(drop=True)


_ROW_KEY = ["file", "qualification", "document", "expert"]


def mark_current(verdicts: pd.DataFrame) -> pd.DataFrame:
    """Return ``verdicts`` with a ``current`` column: False where a newer review of the same expert exists."""
    latest = latest_reviews(verdicts)
    current = pd.MultiIndex.from_frame(verdicts[_ROW_KEY]).isin(pd.MultiIndex.from_frame(latest[_ROW_KEY]))
    return verdicts.assign(current=pd.Series(current, index=verdicts.index, dtype=bool))


def most_conservative(verdicts: list[str]) -> str:
    """Return the verdict that stands when several experts reviewed one document."""
    if not verdicts:
        return UNKNOWN
    return max(verdicts, key=lambda v: CONSERVATIVE_RANK.get(v, CONSERVATIVE_RANK[UNKNOWN]))


def document_verdicts(latest: pd.DataFrame) -> pd.DataFrame:
    """Return one row per (qualification, document) from the newest reviews.

    Columns: qualification, document, verdict (most conservative), experts
    (tuple of names), opinions (tuple of ``(expert, verdict)``), disagreement
    (bool), last_date (``YYYY-MM-DD`` or ""), sector, lki_level, in_register.
    """
    columns = [
        "qualification", "document", "verdict", "experts", "opinions", "disagreement",
        "last_date", "sector", "lki_level", "in_register",
    ]
    if latest.empty:
        return pd.DataFrame(columns=columns)
    keys = ["qualification", "document"]
    frame = latest.sort_values([*keys, "expert", "file"], kind="stable", ignore_index=True)
    by = [frame[k] for k in keys]
    rank = frame["verdict"].map(CONSERVATIVE_RANK).fillna(CONSERVATIVE_RANK[UNKNOWN])
    grouped = rank.groupby(by, sort=True)
    experts = frame["expert"].tolist()
    verdicts = frame["verdict"].tolist()
    named = frame.loc[[bool(e) for e in experts], [*keys, "expert"]].astype({"expert": str}).drop_duplicates()
    names = named.sort_values([*keys, "expert"], kind="stable").groupby(keys, sort=True)["expert"].agg(tuple)
    dates = frame["date"].where([isinstance(d, str) and d != "" for d in frame["date"].tolist()])
    opinions = pd.Series([(str(e or ""), str(v)) for e, v in zip(experts, verdicts, strict=True)], dtype=object)
    out = pd.DataFrame(
        {
            "verdict": frame["verdict"].loc[grouped.idxmax()].to_numpy(),
            "opinions": opinions.groupby(by, sort=True).agg(tuple),
            "disagreement": frame["verdict"].groupby(by, sort=True).nunique() > 1,
            "last_date": dates.groupby(by, sort=True).max(),
            "sector": _firsts(frame["sector"]).groupby(by, sort=True).first(),
            "lki_level": _firsts(frame["lki_level"]).groupby(by, sort=True).first(),
            "in_register": (frame["in_register"].astype(bool) if "in_register" in frame
                            else pd.Series(True, index=frame.index)).groupby(by, sort=True).all(),
        },
        index=grouped.size().index,
    )
    out["experts"] = names.reindex(out.index)
    out["experts"] = [x if isinstance(x, tuple) else () for x in out["experts"].tolist()]
    for col in ("last_date", "sector", "lki_level"):
        out[col] = out[col].astype(object).where(out[col].notna(), "")
    out["in_register"] = out["in_register"].astype(bool)
    return out.reset_index()[columns]


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
                "notes": qualification_notes(docs, bool(rec["in_register"])),
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


def qualification_notes(docs: dict, in_register: bool) -> tuple:
    """Return the notes for one qualification as ``(code, params)`` tuples."""
    notes: list[tuple[str, dict]] = []
    if not in_register:
        notes.append(("not_in_register", {}))
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


def consolidate(verdicts: pd.DataFrame, register: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Return every derived table: reviews (with ``current``), documents, status, sectors."""
    reviews = mark_current(verdicts) if not verdicts.empty else verdicts.assign(current=pd.Series(dtype=bool))
    latest = latest_reviews(verdicts)
    documents = document_verdicts(latest)
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
