"""Write report.docx: the quarterly progress report in the style LDDK sends.

The wording follows the Q1 2026 report (``shared/seeds``): the stage and its
dates, how many experts and qualifications, the qualifications whose MIP and
PKE review is done with both verdicts in brackets, the ones started listed by
sector, what is still open, and what needs a coordinator's attention.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from pipeline.consolidate import STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED, expert_key
from pipeline.messages import note_message
from pipeline.records import NEEDS_CORRECTIONS, NOT_SUPPORTED, SUPPORTED
from pipeline.safe_text import xml_frame, xml_text

#: Stage 4 of the project is 2026 Q1; one stage per quarter.
STAGE_ORIGIN = (2026, 1, 4)

MONTHS_NOM = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
              "septembris", "oktobris", "novembris", "decembris"]
MONTHS_DAT = ["janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam",
              "septembrim", "oktobrim", "novembrim", "decembrim"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

#: How each verdict is phrased in the report, exactly as in the seed report.
PHRASES = {
    "lv": {
        SUPPORTED: "{doc} saturs ir atbalstāms un virzāms saskaņošanai",
        NEEDS_CORRECTIONS: "{doc} saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
        NOT_SUPPORTED: "{doc} saturs nav atbalstāms",
        "unknown": "{doc} lēmums nav noteikts",
        "": "{doc} atzinums vēl nav saņemts",
    },
    "en": {
        SUPPORTED: "{doc} content supported and forwarded for approval",
        NEEDS_CORRECTIONS: "{doc} content supported; forward for approval after corrections",
        NOT_SUPPORTED: "{doc} content not supported",
        "unknown": "{doc} verdict unknown",
        "": "no {doc} review received yet",
    },
}

TEXT = {
    "lv": {
        "title": "Nozaru ekspertu iesaiste",
        "subtitle": "MIP un PKE satura ekspertīzes gaita",
        "made": "Sagatavots automātiski {made} no mapes {folder} ({files}).",
        "files_one": "fails",
        "files_many": "faili",
        "period_stage": "Projekta {stage}. posmā ({start} – {end})",
        "period_quarter": "{year}.gada {q}. ceturksnī ({start} – {end})",
        "intro": (
            "{period} ar LDDK deleģējumu projektā {involved} {sectors}nozaru {experts} – profesionāļi, "
            "lai nodrošinātu profesionālās izglītības iestāžu darba grupu izstrādāto kompetencēs balstīto "
            "modulāro izglītības programmu (MIP) satura un profesionālās kvalifikācijas eksāmenu (PKE) satura "
            "ekspertēšanu {qualifications}."
        ),
        "done": "Līdz {as_of} pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:",
        "done_none": "Līdz {as_of} MIP un PKE satura ekspertīze nevienai kvalifikācijai vēl nav pabeigta.",
        "started": "Līdz {as_of} uzsākta ekspertīžu veikšana šādām PKP:",
        "sector_in": "{n}) {sector} nozarē:",
        "sector_unknown": "{n}) kvalifikācijas, kuru nozare nav zināma:",
        "not_started": "Vēl nav uzsākta ekspertīze šādām kvalifikācijām:",
        "open": "Aktuāla vēl {n} MIP un PKE ekspertīze.",
        "open_none": "Visu reģistrā iekļauto kvalifikāciju MIP un PKE ekspertīze ir pabeigta.",
        "attention": "Koordinatoram jāpievērš uzmanība:",
        "problems": "Faili, kas jāpārbauda:",
    },
    "en": {
        "title": "Sector experts' involvement",
        "subtitle": "Progress of the MIP and PKE content reviews",
        "made": "Generated automatically on {made} from the folder {folder} ({files}).",
        "files_one": "file",
        "files_many": "files",
        "period_stage": "In stage {stage} of the project ({start} – {end})",
        "period_quarter": "In quarter {q} of {year} ({start} – {end})",
        "intro": (
            "{period}, delegated by LDDK, {experts} from the {sectors}sectors {involved} in the project to "
            "review the content of the competence-based modular education programmes (MIP) and of the "
            "professional qualification exams (PKE) written by the working groups of vocational schools "
            "for {qualifications}."
        ),
        "done": "By {as_of} the review of MIP and PKE content was completed for these qualifications:",
        "done_none": "By {as_of} the review of MIP and PKE content was not yet completed for any qualification.",
        "started": "By {as_of} reviews were started for these qualifications:",
        "sector_in": "{n}) {sector} sector:",
        "sector_unknown": "{n}) qualifications whose sector is unknown:",
        "not_started": "Reviews not yet started for these qualifications:",
        "open": "{n} MIP and PKE reviews are still open.",
        "open_none": "The MIP and PKE reviews of every qualification in the register are done.",
        "attention": "Needs the coordinator's attention:",
        "problems": "Files to check:",
    },
}


@dataclass(frozen=True)
class Period:
    """The quarter a report covers, and the date the report speaks up to."""

    year: int
    quarter: int
    start: dt.date
    end: dt.date
    as_of: dt.date

    @property
    def stage(self) -> int:
        """Return the project stage number (stage 4 = 2026 Q1)."""
        year, quarter, stage = STAGE_ORIGIN
        return stage + (self.year - year) * 4 + (self.quarter - quarter)


def quarter_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the quarter ``day`` falls in."""
    q = (day.month - 1) // 3
    start = dt.date(day.year, 3 * q + 1, 1)
    nxt = dt.date(day.year + (q == 3), (3 * q + 3) % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def report_period(review_dates: list[str], run_date: dt.date) -> Period:
    """Return the quarter of the latest review (or the run date) and the date to report up to."""
    dates = [d for d in (_parse(x) for x in review_dates) if d]
    anchor = max(dates) if dates else run_date
    start, end = quarter_bounds(anchor)
    as_of = min(end, max(run_date, anchor))
    return Period(anchor.year, (anchor.month - 1) // 3 + 1, start, end, as_of)


def _parse(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def lv_date(day: dt.date, case: str = "nom") -> str:
    """Return ``day`` written as in the seed report: "2026.gada 31.marts" (case nom) or "31.martam" (dat)."""
    months = MONTHS_DAT if case == "dat" else MONTHS_NOM
    return f"{day.year}.gada {day.day}.{months[day.month - 1]}"


def en_date(day: dt.date) -> str:
    """Return ``day`` as "31 March 2026"."""
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def genitive(sector: str) -> str:
    """Return a Latvian sector name in the genitive, lower case ("Mašīnbūve un metālapstrāde" -> "mašīnbūves un metālapstrādes")."""
    words = []
    for word in sector.lower().split():
        if word in {"un", "ar", "un/vai"} or len(word) < 3:
            words.append(word)
        elif word.endswith(("a", "e", "ā")):
            words.append(word + "s")
        elif word.endswith("is") or word.endswith("s") and not word.endswith(("us", "šs")):
            words.append(word[:-2 if word.endswith("is") else -1] + "a")
        else:
            words.append(word)
    return " ".join(words)


def plural_lv(n: int, one: str, many: str) -> str:
    """Return the Latvian noun form for ``n``: singular after 1, 21, 31 ... (not 11)."""
    return one if n % 10 == 1 and n % 100 != 11 else many


def verdict_phrase(document: str, code: str, lang: str) -> str:
    """Return the report wording of a document verdict ("MIP saturs ir atbalstāms ...")."""
    table = PHRASES[lang]
    return table.get(code, table["unknown"]).format(doc=document)


def done_item(row: dict, lang: str) -> str:
    """Return one completed qualification as in the seed: "name (MIP ...; PKE ...)"."""
    return f"{row['qualification']} ({verdict_phrase('MIP', row['mip'], lang)}; {verdict_phrase('PKE', row['pke'], lang)})"


def _date_text(day: dt.date, lang: str, case: str = "nom") -> str:
    return lv_date(day, case) if lang == "lv" else en_date(day)


def _bullets(doc, items: list[str], sep: str = "", last: str = "") -> None:
    """Add ``items`` as bulleted paragraphs, each ending in ``sep`` and the last one in ``last``.

    The first paragraph is made by python-docx; the others are copies of it
    with their own text (python-docx resolves the style and places each
    element anew for every paragraph, which adds up over thousands of
    problem files).  Text with tabs or line breaks goes through
    python-docx, which turns them into Word's tab and break elements.
    """
    style = doc.styles["List Bullet"]
    prototype = previous = None  # prototype: a paragraph of one run of plain text, to copy
    for i, item in enumerate(items):
        text = item + (last if i == len(items) - 1 else sep)
        if prototype is None or _SPECIAL.search(text):
            paragraph = doc.add_paragraph(style=style)
            paragraph.add_run(text)
            previous = paragraph._p
            if prototype is None and not _SPECIAL.search(text):
                prototype = previous
            continue
        element = copy.deepcopy(prototype)
        t = element.find(_T_PATH)
        t.text = text
        if text != text.strip():
            t.set(_XML_SPACE, "preserve")
        else:
            t.attrib.pop(_XML_SPACE, None)
        previous.addnext(element)  # every paragraph is added at the end of the body
        previous = element


_SPECIAL = re.compile(r"[\t\n\r]")
_T_PATH = f"{qn('w:r')}/{qn('w:t')}"
_XML_SPACE = qn("xml:space")


def build_report(
    status: pd.DataFrame,
    verdicts: pd.DataFrame,
    problems: pd.DataFrame,
    run_date: dt.date,
    lang: str = "lv",
    made: str = "",
    folder: str = "",
    files: int = 0,
):
    """Return the progress report as a python-docx Document."""
    # names and texts come from outside: shown escaped where XML cannot hold them (python-docx refuses them)
    status, verdicts, problems, folder = xml_frame(status), xml_frame(verdicts), xml_frame(problems), xml_text(folder)
    t = TEXT[lang]
    period = report_period(verdicts["date"].tolist() if len(verdicts) else [], run_date)
    as_of = _date_text(period.as_of, lang, "dat")
    doc = Document()
    _base_style(doc)
    doc.add_heading(t["title"], level=1)
    sub = doc.add_paragraph(t["subtitle"])
    sub.runs[0].italic = True
    if made:
        count = f"{files} {plural_lv(files, t['files_one'], t['files_many']) if lang == 'lv' else t['files_one' if files == 1 else 'files_many']}"
        note = doc.add_paragraph(t["made"].format(made=made, folder=folder, files=count))
        note.runs[0].font.size = Pt(8)
        note.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    doc.add_paragraph(_intro(status, verdicts, period, lang)).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    rows = status.to_dict("records")
    done = [r for r in rows if r["status"] == STATUS_DONE]
    started = [r for r in rows if r["status"] == STATUS_IN_PROGRESS]
    waiting = [r for r in rows if r["status"] == STATUS_NOT_STARTED]

    if done:
        doc.add_paragraph(t["done"].format(as_of=as_of))
        _bullets(doc, [done_item(r, lang) for r in done], ";", ".")
    else:
        doc.add_paragraph(t["done_none"].format(as_of=as_of))

    if started:
        _gap(doc.add_paragraph(t["started"].format(as_of=as_of)))
        for n, (sector, names) in enumerate(_by_sector(started), start=1):
            if sector:
                name = genitive(sector) if lang == "lv" else sector
                doc.add_paragraph(t["sector_in"].format(n=n, sector=name))
            else:
                doc.add_paragraph(t["sector_unknown"].format(n=n))
            _bullets(doc, names, ",", ".")

    if waiting:
        _gap(doc.add_paragraph(t["not_started"]))
        _bullets(doc, [r["qualification"] for r in waiting], ",", ".")
    open_count = len(started) + len(waiting)
    _gap(doc.add_paragraph(t["open"].format(n=open_count) if open_count else t["open_none"]))

    attention = [item for item in (_attention_item(r, lang) for r in rows) if item]
    if attention:
        _gap(doc.add_paragraph(t["attention"]))
        _bullets(doc, attention, ";", ".")
    shown = problems[problems["code"] != "lock_file"] if len(problems) else problems
    if len(shown):
        _gap(doc.add_paragraph(t["problems"]))
        _bullets(doc, [f"{f}: {m}" for f, m in zip(shown["file"].tolist(), shown["message"].tolist(), strict=True)])
    return doc


def _base_style(doc) -> None:
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    heading = doc.styles["Heading 1"]
    heading.font.name = "Times New Roman"
    heading.font.size = Pt(16)
    heading.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    for section in doc.sections:
        section.left_margin = section.right_margin = Pt(72)


def _by_sector(rows: list[dict]) -> list[tuple[str, list[str]]]:
    """Return ``(sector, names)`` in the order the rows come (register order)."""
    groups: dict[str, list[str]] = {}
    for r in rows:
        groups.setdefault(r["sector"] or "", []).append(r["qualification"])
    return list(groups.items())


def _attention_item(row: dict, lang: str) -> str:
    """Return what needs a look for one qualification, or "" (a document not yet reviewed is normal)."""
    notes = [note_message(code, params, lang) for code, params in row["notes"] if code != "missing"]
    return f"{row['qualification']}: {'; '.join(notes)}" if notes else ""


def _gap(paragraph) -> None:
    paragraph.paragraph_format.space_before = Pt(14)


def _intro(status: pd.DataFrame, verdicts: pd.DataFrame, period: Period, lang: str) -> str:
    t = TEXT[lang]
    start, end = _date_text(period.start, lang), _date_text(period.end, lang)
    if period.stage >= 1:
        when = t["period_stage"].format(stage=period.stage, start=start, end=end)
    else:
        when = t["period_quarter"].format(year=period.year, q=period.quarter, start=start, end=end)
    experts = len({expert_key(e, "") for e in set(verdicts["expert"].tolist()) if isinstance(e, str) and e.strip()}) if len(
        verdicts) else 0
    reviewed = status[status["status"] != STATUS_NOT_STARTED]
    sectors = sorted({s for s in reviewed["sector"] if s}, key=str.casefold)
    n_qual = len(status)
    if lang == "lv":
        sector_text = ", ".join(genitive(s) for s in sectors) + " " if sectors else ""
        return t["intro"].format(
            period=when,
            involved=plural_lv(experts, "iesaistīts", "iesaistīti"),
            sectors=sector_text,
            experts=f"{experts} {plural_lv(experts, 'eksperts', 'eksperti')}",
            qualifications=f"{n_qual} {plural_lv(n_qual, 'profesionālā kvalifikācijā', 'profesionālajās kvalifikācijās')}",
        )
    sector_text = ", ".join(sectors) + " " if sectors else ""
    return t["intro"].format(
        period=when,
        involved="was involved" if experts == 1 else "were involved",
        sectors=sector_text,
        experts=f"{experts} {'expert' if experts == 1 else 'experts'}",
        qualifications=f"{n_qual} professional {'qualification' if n_qual == 1 else 'qualifications'}",
    )
