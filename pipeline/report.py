"""Write report.docx: the stage progress report in the shape LDDK sends.

The report follows the Q1 2026 report (``shared/seeds``) paragraph by paragraph:
the title, the opening paragraph on the project (measure 4.2.2.9, "turpmāk –
projekts"), the stage with its dates and counts of experts and qualifications,
the LKI levels, the qualifications whose MIP and PKE review is done with both
verdicts in the seed's wording, the ones started listed by sector, and when the
rest is planned to finish.  It is a document to send: file lists, disputes,
folders and qualifications outside the register stay in the workbook.

The page is A4, the styles' proofing language Latvian (lv-LV), and the document
properties name the author (``ReportScope.author``, "LDDK" unless told) and the
time of the run.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from pipeline.consolidate import (
    SOURCE_REVIEW,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    consolidate,
    count_experts,
    sources,
)
from pipeline.records import NEEDS_CORRECTIONS, NOT_SUPPORTED, SUPPORTED
from pipeline.safe_text import xml_frame
from pipeline.stages import Calendar, Period, ReportScope, choose_period, parse_date, quarter_bounds

__all__ = ["build_report", "genitive", "lv_date", "plural_lv", "quarter_bounds", "report_period"]

MONTHS_NOM = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
              "septembris", "oktobris", "novembris", "decembris"]
MONTHS_DAT = ["janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam",
              "septembrim", "oktobrim", "novembrim", "decembrim"]
MONTHS_LOC = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
              "septembrī", "oktobrī", "novembrī", "decembrī"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
#: LKI levels in the locative ordinal ("trešajā līmenī").
LEVELS_LV = {1: "pirmajā", 2: "otrajā", 3: "trešajā", 4: "ceturtajā", 5: "piektajā", 6: "sestajā",
             7: "septītajā", 8: "astotajā"}
LEVELS_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth"}
#: The proofing language of the report's styles, per report language.
PROOFING = {"lv": "lv-LV", "en": "en-GB"}

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
        "subtitle": ("elastīga un ilgtspējīgas digitālas zaļās ekonomikas izaugsmi veicinoša izglītības "
                     "piedāvājuma attīstīšanā"),
        "opening": (
            "Latvijas darba devēju konfederācija (LDDK) sadarbības partnera statusā arī {year}.gadā turpina "
            "aktīvu dalību Eiropas Savienības Kohēzijas politikas programmas 2021.– 2027. gadam 4.2.2. "
            "specifiskā atbalsta mērķa \"Uzlabot izglītības un mācību sistēmu kvalitāti, iekļautību, "
            "efektivitāti un nozīmīgumu darba tirgū, tostarp ar neformālās un ikdienējās mācīšanās validēšanas "
            "palīdzību, lai atbalstītu pamatkompetenču, tostarp uzņēmējdarbības un digitālo prasmju, apguvi, "
            "un sekmējot duālo mācību sistēmu un māceklības ieviešanu\" 4.2.2.9. pasākuma \"Izglītības procesa "
            "individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai\" īstenošanā "
            "(turpmāk – projekts)."
        ),
        "period_stage": "Projekta {stage}. posmā ({start} – {end})",
        "period_quarter": "{year}.gada {q}. ceturksnī ({start} – {end})",
        "intro": (
            "{period} ar LDDK deleģējumu projektā {involved} {sectors}nozaru {experts} – profesionāļi, "
            "lai nodrošinātu profesionālās izglītības iestāžu darba grupu izstrādāto kompetencēs balstīto "
            "modulāro izglītības programmu (MIP) satura un profesionālās kvalifikācijas eksāmenu (PKE) satura "
            "ekspertēšanu {qualifications}."
        ),
        "levels": (
            "MIP un PKE satura ekspertīze Latvijas kvalifikāciju ietvarstruktūras {levels} {noun}, t.sk. to "
            "īstenošanai profesionālajā tālākizglītībā, ir pēctecīgs posms 2025.gadā pilnveidoto nozaru "
            "kvalifikāciju struktūru un profesionālās kvalifikācijas prasību (nozarē aktuālo jauno prasmju) "
            "ieviešanai izglītības sistēmā."
        ),
        "level_one": "līmenī",
        "level_many": "līmeņos",
        "done": "Līdz {as_of} pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:",
        "done_none": "Līdz {as_of} MIP un PKE satura ekspertīze nevienai kvalifikācijai vēl nav pabeigta.",
        "started": "Līdz {as_of} uzsākta ekspertīžu veikšana šādām PKP:",
        "sector_in": "{n}) {sector} nozarē:",
        "sector_other": "{n}) citās nozarēs:",
        "planned": "MIP un PKE satura ekspertēšanu plānots pabeigt {month} (projekta {stage}.posms) "
                   "(aktuāla vēl {n} MIP un PKE ekspertīze)",
        "closing": (
            ", tādējādi noslēdzot LDDK kā sadarbības partnera iesaisti vienā no projekta aktivitātēm – "
            "profesionālās izglītības iestāžu metodiskā darba vadības principu un sistēmas attīstība un "
            "īstenošana visos satura nodrošināšanas, ieviešanas, īstenošanas un novērtēšanas procesos"
        ),
        "open": "Aktuāla vēl {n} MIP un PKE ekspertīze.",
        "open_none": "Visu kvalifikāciju MIP un PKE satura ekspertīze ir pabeigta.",
    },
    "en": {
        "title": "Sector experts' involvement",
        "subtitle": "in developing a flexible education offer that fosters a sustainable digital green economy",
        "opening": (
            "In {year} the Employers' Confederation of Latvia (LDDK), as a cooperation partner, continues to take "
            "an active part in measure 4.2.2.9 \"Individualisation of the learning process and cross-sector "
            "cooperation for excellence in vocational education\" of specific support objective 4.2.2 of the "
            "European Union Cohesion Policy Programme 2021–2027 (hereinafter – the project)."
        ),
        "period_stage": "In stage {stage} of the project ({start} – {end})",
        "period_quarter": "In quarter {q} of {year} ({start} – {end})",
        "intro": (
            "{period}, delegated by LDDK, {experts} from the {sectors}sectors {involved} in the project to "
            "review the content of the competence-based modular education programmes (MIP) and of the "
            "professional qualification exams (PKE) written by the working groups of vocational schools "
            "for {qualifications}."
        ),
        "levels": (
            "The review of MIP and PKE content at the {levels} {noun} of the Latvian Qualifications Framework, "
            "including their use in continuing vocational education, follows the sector qualification "
            "structures and professional qualification requirements improved in 2025 into the education system."
        ),
        "level_one": "level",
        "level_many": "levels",
        "done": "By {as_of} the review of MIP and PKE content was completed for these qualifications:",
        "done_none": "By {as_of} the review of MIP and PKE content was not yet completed for any qualification.",
        "started": "By {as_of} reviews were started for these qualifications:",
        "sector_in": "{n}) {sector} sector:",
        "sector_other": "{n}) other sectors:",
        "planned": "The review of MIP and PKE content is planned to finish in {month} (stage {stage} of the "
                   "project) ({n} MIP and PKE reviews still open)",
        "closing": (
            ", which completes LDDK's involvement as a cooperation partner in one of the project's activities – "
            "developing and applying the principles and system of methodological management in vocational "
            "schools in all processes of providing, introducing, delivering and assessing content"
        ),
        "open": "{n} MIP and PKE reviews are still open.",
        "open_none": "The review of MIP and PKE content is done for every qualification.",
    },
}


def report_period(review_dates: list[str], run_date: dt.date, calendar: Calendar | None = None,
                  stage: int | None = None, as_of: dt.date | None = None) -> Period:
    """Return the period a report covers (see ``pipeline.stages.choose_period``)."""
    return choose_period(calendar or Calendar(), review_dates, run_date, stage, as_of)


def lv_date(day: dt.date, case: str = "nom") -> str:
    """Return ``day`` written as in the seed report: "2026.gada 31.marts" (case nom) or "31.martam" (dat)."""
    months = MONTHS_DAT if case == "dat" else MONTHS_NOM
    return f"{day.year}.gada {day.day}.{months[day.month - 1]}"


def month_text(day: dt.date, lang: str) -> str:
    """Return the month of ``day`` as the seed's plan says it: "2026.gada jūlijā" ("July 2026")."""
    if lang == "lv":
        return f"{day.year}.gada {MONTHS_LOC[day.month - 1]}"
    return f"{MONTHS_EN[day.month - 1]} {day.year}"


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
    """Add ``items`` as bulleted paragraphs, each ending in ``sep`` and the last one in ``last``."""
    for i, item in enumerate(items):
        doc.add_paragraph(item + (last if i == len(items) - 1 else sep), style="List Bullet")


def report_verdicts(verdicts: pd.DataFrame, as_of: dt.date) -> pd.DataFrame:
    """Return the verdict rows a report as of ``as_of`` rests on: none dated later (undated ones stay)."""
    if verdicts.empty:
        return verdicts
    dates = [parse_date(d) for d in verdicts["date"].tolist()]
    keep = [d is None or d <= as_of for d in dates]
    return verdicts[keep]


def build_report(
    verdicts: pd.DataFrame,
    register: pd.DataFrame,
    created: dt.datetime,
    lang: str = "lv",
    scope: ReportScope | None = None,
):
    """Return the progress report as a python-docx Document.

    ``verdicts`` are every verdict row of the run, ``register`` the register
    frame, ``created`` the run's start (local time): it dates the report and
    its properties.  ``scope`` chooses the stage, the calendar and the author.
    """
    scope = scope or ReportScope()
    # names and texts come from outside: shown escaped where XML cannot hold them (python-docx refuses them)
    verdicts, register = xml_frame(verdicts), xml_frame(register)
    t = TEXT[lang]
    source = sources(verdicts)
    reviews = verdicts[[s == SOURCE_REVIEW for s in source]] if len(verdicts) else verdicts
    dated = reviews if len(reviews) else verdicts
    period = choose_period(scope.calendar, dated["date"].tolist() if len(dated) else [], created.date(),
                           scope.stage, scope.as_of)
    shown = report_verdicts(verdicts, period.as_of)
    status = consolidate(shown, register, scope.calendar)["status"]
    status = status[status["in_register"]] if status["in_register"].any() else status
    as_of = _date_text(period.as_of, lang, "dat")

    doc = Document()
    _page_and_styles(doc, lang)
    _properties(doc, t["title"], created, scope.author, lang)
    _centred(doc.add_paragraph(), t["title"], bold=True)
    _centred(doc.add_paragraph(), t["subtitle"], bold=True)
    doc.add_paragraph()
    _justified(doc.add_paragraph(t["opening"].format(year=(period.stage.start if period.stage else period.as_of).year)))
    doc.add_paragraph()
    _justified(doc.add_paragraph(_intro(status, reviews if len(reviews) else shown, period, lang)))
    levels = _levels(register, status, lang)
    if levels:
        _justified(doc.add_paragraph(levels))

    rows = status.to_dict("records")
    done = [r for r in rows if r["status"] == STATUS_DONE]
    started = [r for r in rows if r["status"] == STATUS_IN_PROGRESS]
    if done:
        doc.add_paragraph(t["done"].format(as_of=as_of))
        _bullets(doc, [done_item(r, lang) for r in done], ";", ".")
    else:
        doc.add_paragraph(t["done_none"].format(as_of=as_of))
    doc.add_paragraph()
    if started:
        doc.add_paragraph(t["started"].format(as_of=as_of))
        for n, (sector, names) in enumerate(_by_sector(started), start=1):
            name = (genitive(sector) if lang == "lv" else sector) if sector else ""
            doc.add_paragraph(t["sector_in"].format(n=n, sector=name) if sector else t["sector_other"].format(n=n))
            _bullets(doc, names, ",", ".")
            doc.add_paragraph()
    _justified(doc.add_paragraph(_plan(len(rows) - len(done), period, lang)))
    return doc


def _plan(open_count: int, period: Period, lang: str) -> str:
    """Return the closing paragraph: when the open reviews are planned to finish, and how many are open."""
    t = TEXT[lang]
    if not open_count:
        return t["open_none"]
    if period.planned is None:
        return t["open"].format(n=open_count)
    text = t["planned"].format(month=month_text(period.planned.end, lang), stage=period.planned.number, n=open_count)
    return text + (t["closing"] if period.planned_is_last else "") + "."


def _page_and_styles(doc, lang: str) -> None:
    """Set A4 pages with the usual Latvian margins, Times New Roman 12 pt, and the proofing language."""
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Mm(30), Mm(20)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    for name in ("Normal", "List Bullet"):
        style = doc.styles[name]
        style.font.name = "Times New Roman"
        style.font.size = Pt(12)
    normal = doc.styles["Normal"].paragraph_format
    normal.space_after = Pt(0)
    normal.line_spacing = 1.0
    language = PROOFING[lang]
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
    if r_pr is not None and r_pr.find(qn("w:lang")) is None:
        r_pr.append(OxmlElement("w:lang"))
    for lang_el in doc.styles.element.iter(qn("w:lang")):
        lang_el.set(qn("w:val"), language)
    r_pr = doc.styles["Normal"].element.get_or_add_rPr()
    if r_pr.find(qn("w:lang")) is None:
        r_pr.append(OxmlElement("w:lang"))
    r_pr.find(qn("w:lang")).set(qn("w:val"), language)
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), language)
    proof = settings.find(qn("w:proofState"))
    if proof is not None:  # "already checked" would hide the Latvian spelling check
        settings.remove(proof)


def _properties(doc, title: str, created: dt.datetime, author: str, lang: str) -> None:
    """Set the core properties: title, author, language, and the run time as created and modified."""
    props = doc.core_properties
    when = _utc(created)
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1
    props.language = PROOFING[lang]
    props.comments = ""
    props.subject = ""
    props.keywords = ""


def _utc(moment: dt.datetime) -> dt.datetime:
    """Return ``moment`` (local time when naive) in UTC without a zone, as the document properties store it."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def _centred(paragraph, text: str, bold: bool = False):
    run = paragraph.add_run(text)
    run.bold = bold
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _justified(paragraph):
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return paragraph


def _by_sector(rows: list[dict]) -> list[tuple[str, list[str]]]:
    """Return ``(sector, names)`` in the order the rows come (register order); no sector comes last."""
    groups: dict[str, list[str]] = {}
    for r in rows:
        groups.setdefault(r["sector"] or "", []).append(r["qualification"])
    return sorted(groups.items(), key=lambda kv: not kv[0])


def _levels(register: pd.DataFrame, status: pd.DataFrame, lang: str) -> str:
    """Return the LKI-levels paragraph: the levels of the register's qualifications ("" when none is known)."""
    values = register["lki_level"].tolist() if len(register) else status["lki_level"].tolist()
    levels = sorted({int(v) for v in (str(x).strip() for x in values) if v.isdigit() and 1 <= int(v) <= 8})
    if not levels:
        return ""
    t = TEXT[lang]
    words = [(LEVELS_LV if lang == "lv" else LEVELS_EN)[n] for n in levels]
    joined = words[0] if len(words) == 1 else ", ".join(words[:-1]) + (" un " if lang == "lv" else " and ") + words[-1]
    noun = t["level_one"] if lang == "lv" or len(words) == 1 else t["level_many"]
    return t["levels"].format(levels=joined, noun=noun)


def _intro(status: pd.DataFrame, reviews: pd.DataFrame, period: Period, lang: str) -> str:
    """Return the stage paragraph: the stage and its dates, the experts and their sectors, the qualifications."""
    t = TEXT[lang]
    start, end = _date_text(period.start, lang), _date_text(period.end, lang)
    if period.stage is not None:
        when = t["period_stage"].format(stage=period.stage.number, start=start, end=end)
    else:
        year, q = period.start.year, (period.start.month - 1) // 3 + 1
        when = t["period_quarter"].format(year=year, q=q, start=start, end=end)
    inside = [period.start <= d <= period.as_of if d else False
              for d in (parse_date(x) for x in reviews["date"].tolist())] if len(reviews) else []
    active = reviews[inside] if len(reviews) else reviews
    experts = count_experts(active["expert"].tolist()) if len(active) else 0
    sectors = sorted({s for s in (active["sector"].tolist() if len(active) else []) if isinstance(s, str) and s},
                     key=str.casefold)
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
