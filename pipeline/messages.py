"""What coordinators read: problem messages and labels, Latvian by default."""

from __future__ import annotations

import re

from pipeline.records import Problem

LANGS = ("lv", "en")

PROBLEM_MESSAGES: dict[str, dict[str, str]] = {
    "empty": {
        "lv": "Fails ir tukšs (0 baitu). Palūdziet ekspertam atsūtīt atzinumu vēlreiz.",
        "en": "The file is empty (0 bytes). Ask the expert to send the review again.",
    },
    "corrupt": {
        "lv": "Fails ir bojāts vai nepilnīgs, to nevar atvērt. Palūdziet ekspertam atsūtīt to vēlreiz.",
        "en": "The file is damaged or truncated and cannot be opened. Ask the expert to send it again.",
    },
    "encrypted": {
        "lv": "Dokuments ir aizsargāts ar paroli. Noņemiet paroli (Fails > Informācija > Aizsargāt dokumentu) un saglabājiet vēlreiz.",
        "en": "The document is password-protected. Remove the password (File > Info > Protect Document) and save it again.",
    },
    "legacy_doc": {
        "lv": "Vecā Word 97-2003 formāta (.doc) failu neizdevās pārveidot. Atveriet to Word un saglabājiet kā .docx.",
        "en": "This Word 97-2003 (.doc) file could not be converted. Open it in Word and save it as .docx.",
    },
    "not_docx": {
        "lv": "Fails nav Word dokuments (teksts, cits arhīvs vai pārdēvēts fails). Ja tas ir atzinums, saglabājiet to kā .docx; ja nav, izņemiet to no atzinumu mapes.",
        "en": "The file is not a Word document (text, another archive, or a renamed file). If it is a review, save it as .docx; if not, move it out of the reviews folder.",
    },
    "unsupported_format": {
        "lv": "Šāds faila formāts netiek apstrādāts. Ja tas ir atzinums, saglabājiet to kā Word .docx.",
        "en": "This file format is not processed. If it is a review, save it as a Word .docx file.",
    },
    "too_large": {
        "lv": "Fails pārsniedz drošības ierobežojumus (izmērs vai saspiešanas pakāpe) un netika lasīts. Pārbaudiet failu; ja tas ir īsts atzinums, saglabājiet to no jauna bez attēliem.",
        "en": "The file exceeds the safety limits (size or compression ratio) and was not read. Check it; if it is a genuine review, save it again without images.",
    },
    "lock_file": {
        "lv": "Word pagaidu bloķēšanas fails (~$...), izlaists. Nekas nav jādara.",
        "en": "A Word owner (lock) file (~$...), skipped. Nothing to do.",
    },
    "duplicate": {
        "lv": "Saturs ir tāds pats kā failam {original}; ieskaitīts vienreiz. Dzēsiet lieko kopiju.",
        "en": "Same content as {original}; counted once. Delete the extra copy.",
    },
    "no_verdict": {
        "lv": "Atzinumā nav atrasts lēmums par {document} ({qualification}). Pārbaudiet atzinumu un ievadiet lēmumu manuāli.",
        "en": "No verdict was found for {document} ({qualification}). Check the review and enter the verdict by hand.",
    },
    # ``no_verdict`` of a whole file: it names no MIP or PKE it reviews (see ``problem_message``)
    "no_verdict_in_file": {
        "lv": "Failā nav atrasts neviens MIP vai PKE atzinums. Ja tas ir atzinums, pārbaudiet to un ievadiet lēmumu "
              "manuāli; ja nav, izņemiet to no atzinumu mapes.",
        "en": "No review of a MIP or PKE was found in the file. If it is a review, check it and enter the verdict "
              "by hand; if not, remove it from the reviews folder.",
    },
    # ``no_verdict`` of a file that is not a review at all (minutes, letters, news, instructions)
    "not_a_review": {
        "lv": "Fails neizskatās pēc MIP vai PKE ekspertīzes atzinuma (protokols, vēstule, ziņa, norādījumi vai "
              "cits dokuments), tāpēc lēmumi no tā netika ņemti. To var izņemt no atzinumu mapes.",
        "en": "The file does not look like a review of a MIP or PKE (minutes, a letter, news, instructions or "
              "another document), so no verdict was taken from it. It can be removed from the reviews folder.",
    },
    "unknown_qualification": {
        "lv": "Kvalifikācija „{qualification}” nav reģistrā. Ja tā ir jauna, pievienojiet to failam qualifications.csv.",
        "en": "The qualification \"{qualification}\" is not in the register. If it is new, add it to qualifications.csv.",
    },
    "conflict": {
        "lv": "Atzinumā ir pretrunīgi lēmumi par {document} ({qualification}): {verdicts}. Precizējiet pie eksperta.",
        "en": "The review gives contradictory verdicts for {document} ({qualification}): {verdicts}. Ask the expert.",
    },
    "timeout": {
        "lv": "Faila apstrāde pārsniedza laika ierobežojumu un tika pārtraukta. Atveriet un saglabājiet failu no jauna.",
        "en": "Processing the file exceeded the time limit and was stopped. Open and save the file again.",
    },
    "worker_crash": {
        "lv": "Faila apstrāde neizdevās (apstrādes process avarēja). Atveriet un saglabājiet failu no jauna; ja atkārtojas, ziņojiet izstrādātājiem.",
        "en": "Processing the file failed (the worker process crashed). Open and save the file again; if it recurs, tell the developers.",
    },
    "unreadable": {
        "lv": "Failu nevar nolasīt: nav piekļuves tiesību, tas pazuda apstrādes laikā vai ir saite (saīsne) uz vietu ārpus mapes. Iekopējiet pašu failu mapē, pārbaudiet piekļuvi un palaidiet vēlreiz.",
        "en": "The file cannot be read: no permission, it disappeared during the run, or it is a link (shortcut) leading outside the folder. Copy the file itself into the folder, check access and run again.",
    },
}

#: Problem codes (problems.csv keeps the codes) as the workbook shows them.
PROBLEM_LABELS: dict[str, dict[str, str]] = {
    "empty": {"lv": "tukšs fails", "en": "empty file"},
    "corrupt": {"lv": "bojāts fails", "en": "damaged file"},
    "encrypted": {"lv": "aizsargāts ar paroli", "en": "password-protected"},
    "legacy_doc": {"lv": "vecs .doc formāts", "en": "old .doc format"},
    "not_docx": {"lv": "nav Word dokuments", "en": "not a Word document"},
    "unsupported_format": {"lv": "cits formāts", "en": "another format"},
    "too_large": {"lv": "pārāk liels", "en": "too large"},
    "lock_file": {"lv": "Word bloķēšanas fails", "en": "Word lock file"},
    "duplicate": {"lv": "dublikāts", "en": "duplicate"},
    "no_verdict": {"lv": "lēmums nav atrasts", "en": "no verdict found"},
    "unknown_qualification": {"lv": "kvalifikācija nav reģistrā", "en": "qualification not in register"},
    "conflict": {"lv": "pretrunīgi lēmumi", "en": "contradictory verdicts"},
    "timeout": {"lv": "apstrāde pārsniedza laiku", "en": "processing timed out"},
    "worker_crash": {"lv": "apstrāde neizdevās", "en": "processing failed"},
    "unreadable": {"lv": "nevar nolasīt", "en": "cannot be read"},
}


def problem_label(code: str, lang: str = "lv") -> str:
    """Return a problem code worded for ``lang`` (an unknown code as it is)."""
    return PROBLEM_LABELS.get(code, {}).get(lang, code)


VERDICT_LABELS: dict[str, dict[str, str]] = {
    "supported": {"lv": "atbalstāms un virzāms saskaņošanai", "en": "supported, forward for approval"},
    "needs_corrections": {
        "lv": "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
        "en": "supported, forward after corrections",
    },
    "not_supported": {"lv": "nav atbalstāms", "en": "not supported"},
    "unknown": {"lv": "nav noteikts", "en": "unknown"},
}


class _Blank(dict):
    def __missing__(self, name: str) -> str:
        return "?"


def problem_message(problem: Problem, lang: str = "lv") -> str:
    """Return the coordinator's message for ``problem`` in ``lang``."""
    code = problem.code
    if code == "no_verdict" and dict(problem.params).get("kind") == "not_review":
        code = "not_a_review"
    elif code == "no_verdict" and not dict(problem.params).get("document"):
        code = "no_verdict_in_file"
    template = PROBLEM_MESSAGES.get(code, {}).get(lang)
    if template is None:
        return problem.detail or problem.code
    params = dict(problem.params)
    if params.get("verdicts"):  # verdict codes, as the detail keeps them: the message words them
        params["verdicts"] = ", ".join(
            short_verdict_label(v, lang) if v in SHORT_VERDICT_LABELS else v for v in params["verdicts"].split(", ")
        )
    return template.format_map(_Blank(params))


def verdict_label(code: str, lang: str = "lv") -> str:
    """Return the verdict wording for ``code`` in ``lang``."""
    return VERDICT_LABELS.get(code, VERDICT_LABELS["unknown"])[lang]


# --- labels for the workbook, the report and the history (added by outputs) --

STATUS_LABELS: dict[str, dict[str, str]] = {
    "done": {"lv": "pabeigta", "en": "done"},
    "in_progress": {"lv": "procesā", "en": "in progress"},
    "not_started": {"lv": "nav uzsākta", "en": "not started"},
}

SHORT_VERDICT_LABELS: dict[str, dict[str, str]] = {
    "supported": {"lv": "atbalstāms", "en": "supported"},
    "needs_corrections": {"lv": "ar precizējumiem", "en": "after corrections"},
    "not_supported": {"lv": "nav atbalstāms", "en": "not supported"},
    "unknown": {"lv": "nav noteikts", "en": "unknown"},
}

LABELS: dict[str, dict[str, str]] = {
    # sheet names (at most 31 characters, no []:*?/\)
    "sheet_overview": {"lv": "Pārskats", "en": "Overview"},
    "sheet_summary": {"lv": "Kopsavilkums", "en": "Summary"},
    "sheet_reviews": {"lv": "Atzinumi", "en": "Reviews"},
    "sheet_recommendations": {"lv": "Ieteikumi", "en": "Recommendations"},
    "sheet_sectors": {"lv": "Nozares", "en": "Sectors"},
    "sheet_problems": {"lv": "Problēmas", "en": "Problems"},
    "sheet_about": {"lv": "Par", "en": "About"},
    # column headings
    "col_sector": {"lv": "Nozare", "en": "Sector"},
    "col_qualification": {"lv": "Kvalifikācija", "en": "Qualification"},
    "col_lki": {"lv": "LKI līmenis", "en": "LKI level"},
    "col_mip": {"lv": "MIP lēmums", "en": "MIP verdict"},
    "col_pke": {"lv": "PKE lēmums", "en": "PKE verdict"},
    "col_status": {"lv": "Statuss", "en": "Status"},
    "col_experts": {"lv": "Eksperti", "en": "Experts"},
    "col_last_date": {"lv": "Pēdējā atzinuma datums", "en": "Last review date"},
    "col_notes": {"lv": "Piezīmes", "en": "Notes"},
    "col_file": {"lv": "Fails", "en": "File"},
    "col_document": {"lv": "Dokuments", "en": "Document"},
    "col_verdict": {"lv": "Lēmums", "en": "Verdict"},
    "col_expert": {"lv": "Eksperts", "en": "Expert"},
    "col_date": {"lv": "Datums", "en": "Date"},
    "col_evidence": {"lv": "Pamatojums (teksts)", "en": "Evidence (text)"},
    "col_location": {"lv": "Vieta dokumentā", "en": "Location"},
    "col_method": {"lv": "Metode", "en": "Method"},
    "col_confidence": {"lv": "Ticamība", "en": "Confidence"},
    "col_in_register": {"lv": "Reģistrā", "en": "In register"},
    "col_current": {"lv": "Spēkā", "en": "Current"},
    "from_report": {"lv": "(no kopsavilkuma ziņojuma)", "en": "(from a progress report)"},
    "col_recommendation": {"lv": "Ieteikums", "en": "Recommendation"},
    "col_code": {"lv": "Kods", "en": "Code"},
    "col_message": {"lv": "Kas jādara", "en": "What to do"},
    "col_detail": {"lv": "Tehniska piezīme", "en": "Technical detail"},
    "col_total": {"lv": "Kopā", "en": "Total"},
    "col_documents_total": {"lv": "Dokumenti kopā", "en": "Documents in total"},
    "col_qualifications_total": {"lv": "Kvalifikācijas kopā", "en": "Qualifications in total"},
    "all_sectors": {"lv": "Visas nozares kopā", "en": "All sectors"},
    "overview_headline": {
        "lv": "Pabeigtas {done} no {total} kvalifikācijām; procesā {in_progress}; nav uzsāktas {not_started}.",
        "en": "{done} of {total} qualifications done; {in_progress} in progress; {not_started} not started."},
    "col_item": {"lv": "Rādītājs", "en": "Item"},
    "col_value": {"lv": "Vērtība", "en": "Value"},
    "yes": {"lv": "jā", "en": "yes"},
    "no": {"lv": "nē", "en": "no"},
    "legend": {"lv": "Apzīmējumi", "en": "Legend"},
    "status_done_means": {"lv": "abi dokumenti (MIP un PKE) ir atbalstāmi, arī ar precizējumiem",
                          "en": "both documents (MIP and PKE) are supported, with or without corrections"},
    "status_in_progress_means": {
        "lv": "ir vismaz viens atzinums, bet kāds dokuments vēl nav atbalstāms, nav novērtēts vai lēmums nav noteikts",
        "en": "at least one review, but a document is not supported, not yet reviewed or its verdict is unknown"},
    "status_not_started_means": {"lv": "nav neviena atzinuma", "en": "no review yet"},
    "doc_both": {"lv": "abi", "en": "both"},
    "page_footer": {"lv": "&P. lapa no &N", "en": "Page &P of &N"},
    "chart_title": {"lv": "Dokumentu lēmumi pa nozarēm", "en": "Document verdicts by sector"},
    "chart_y": {"lv": "Dokumenti", "en": "Documents"},
    "no_sector": {"lv": "(nozare nav zināma)", "en": "(sector unknown)"},
    # About sheet
    "about_title": {"lv": "Par šo kopsavilkumu", "en": "About this summary"},
    "about_started": {"lv": "Izveidots", "en": "Created"},
    "about_input": {"lv": "Atzinumu mape", "en": "Review folder"},
    "about_output": {"lv": "Rezultātu mape", "en": "Output folder"},
    "about_register": {"lv": "Kvalifikāciju reģistrs", "en": "Qualification register"},
    "about_version": {"lv": "Programmas versija", "en": "Program version"},
    "about_files": {"lv": "Apstrādāti faili", "en": "Files processed"},
    "about_readable": {"lv": "Nolasīti faili", "en": "Files read"},
    "about_verdicts": {"lv": "Atzinumu lēmumi (rindas)", "en": "Verdict rows"},
    "about_qualifications": {"lv": "Kvalifikācijas", "en": "Qualifications"},
    "about_done": {"lv": "Pabeigtas kvalifikācijas", "en": "Qualifications done"},
    "about_in_progress": {"lv": "Kvalifikācijas procesā", "en": "Qualifications in progress"},
    "about_not_started": {"lv": "Nav uzsāktas", "en": "Not started"},
    "about_experts": {"lv": "Eksperti", "en": "Experts"},
    "about_problems": {"lv": "Problēmas", "en": "Problems"},
    "about_seconds": {"lv": "Apstrādes laiks, s", "en": "Processing time, s"},
    "about_changes": {"lv": "Izmaiņas kopš iepriekšējās reizes", "en": "Changes since the previous run"},
}

NOTE_MESSAGES: dict[str, dict[str, str]] = {
    "disagreement": {
        "lv": "{document} – eksperti nav vienisprātis: {experts}",
        "en": "{document} – experts disagree: {experts}",
    },
    "missing": {"lv": "nav {document} atzinuma", "en": "no {document} review"},
    "unknown": {"lv": "{document}: lēmums nav noteikts, jāpārbauda", "en": "{document}: verdict unknown, check it"},
    "not_supported": {
        "lv": "{document}: nav atbalstāms, nepieciešama atkārtota ekspertīze",
        "en": "{document}: not supported, a new review is needed",
    },
    "not_in_register": {"lv": "kvalifikācija nav reģistrā", "en": "qualification not in the register"},
    "lki_differs": {"lv": "dokumentos LKI {documents}, reģistrā LKI {register}",
                    "en": "documents give LKI {documents}, the register LKI {register}"},
}

CHANGE_MESSAGES: dict[str, dict[str, str]] = {
    "first_run": {"lv": "Pirmā reize: iepriekšējo rezultātu nav.", "en": "First run: no previous results."},
    "no_changes": {"lv": "Kopš {previous} nekas nav mainījies.", "en": "Nothing changed since {previous}."},
    "since": {"lv": "Salīdzinot ar {previous}:", "en": "Compared with {previous}:"},
    "status": {"lv": "{qualification}: statuss {old} → {new}", "en": "{qualification}: status {old} → {new}"},
    "verdict": {
        "lv": "{qualification}, {document} ({expert}): lēmums {old} → {new} ({file})",
        "en": "{qualification}, {document} ({expert}): verdict {old} → {new} ({file})",
    },
    "new_review": {
        "lv": "Jauns atzinums: {qualification}, {document} – {new} ({expert}; {file})",
        "en": "New review: {qualification}, {document} – {new} ({expert}; {file})",
    },
    "removed_review": {
        "lv": "Atzinums vairs nav atrodams: {qualification}, {document} ({file})",
        "en": "Review no longer found: {qualification}, {document} ({file})",
    },
    "new_problem": {"lv": "Jauna problēma: {file} – {code}", "en": "New problem: {file} – {code}"},
    "resolved_problem": {"lv": "Atrisināta problēma: {file} – {code}", "en": "Resolved problem: {file} – {code}"},
}


def label(key: str, lang: str = "lv") -> str:
    """Return the coordinator-facing label ``key`` in ``lang``."""
    return LABELS[key][lang]


#: How a verdict was decided (``VerdictRow.method``), as the workbook shows it.  English keeps the
#: codes of verdicts.csv.
METHOD_LABELS: dict[str, dict[str, str]] = {
    "rule": {"lv": "formulējums", "en": "rule"},
    "summary": {"lv": "kopsavilkums", "en": "summary"},
    "checkbox": {"lv": "izvēles rūtiņa", "en": "checkbox"},
    "mark": {"lv": "atzīme", "en": "mark"},
    "strike": {"lv": "svītrojums", "en": "strike"},
    "model": {"lv": "modelis", "en": "model"},
}

#: The words of a location ("table 2, row 3, cell 1"), as the workbook shows them in Latvian.
_LOCATION_WORDS_LV = {
    "paragraph": "rindkopa", "table": "tabula", "row": "rinda", "cell": "šūna", "text box": "teksta lodziņš",
    "header": "galvene", "footer": "kājene", "footnote": "vēre", "endnote": "beigu vēre",
    "comment": "komentārs",
}
_LOCATION_PIECE = re.compile(r"(" + "|".join(sorted(_LOCATION_WORDS_LV, key=len, reverse=True)) + r") (\S+)")


def method_label(code: str, lang: str = "lv") -> str:
    """Return how a verdict was decided, worded for ``lang`` (an unknown code as it is)."""
    return METHOD_LABELS.get(code, {}).get(lang, code)


def location_label(location: str, lang: str = "lv") -> str:
    """Return a location as verdicts.csv gives it ("table 2, row 3, cell 1") worded for ``lang``.

    English is the location itself; in Latvian each known piece ("row 3") is translated
    ("rinda 3") and anything else is kept.
    """
    if lang == "en" or not location:
        return location
    pieces = []
    for piece in location.split(", "):
        m = _LOCATION_PIECE.fullmatch(piece)
        pieces.append(f"{_LOCATION_WORDS_LV[m.group(1)]} {m.group(2)}" if m else piece)
    return ", ".join(pieces)


def status_label(code: str, lang: str = "lv") -> str:
    """Return the qualification status wording for ``code`` in ``lang``."""
    return STATUS_LABELS.get(code, STATUS_LABELS["not_started"])[lang]


def short_verdict_label(code: str, lang: str = "lv") -> str:
    """Return the short verdict wording for table cells."""
    return SHORT_VERDICT_LABELS.get(code, SHORT_VERDICT_LABELS["unknown"])[lang]


def note_message(code: str, params: dict, lang: str = "lv") -> str:
    """Return the summary note ``code`` rendered with ``params`` in ``lang``.

    ``params["opinions"]``, a sequence of ``(expert, verdict_code)``, is
    rendered as ``experts``: "Name: verdict, Name: verdict".
    """
    values = dict(params)
    if "opinions" in values:
        unnamed = {"lv": "eksperts nav norādīts", "en": "expert not named"}[lang]
        names = short_names([e for e, _ in values["opinions"]])
        values["experts"] = "; ".join(
            f"{n or unnamed}: {short_verdict_label(v, lang)}" for n, (_, v) in zip(names, values["opinions"], strict=True)
        )
    return NOTE_MESSAGES[code][lang].format_map(_Blank(values))


def short_names(names: list[str]) -> list[str]:
    """Return each name by its surname (last word), or whole where two would read alike."""
    last = [n.split()[-1] if n.split() else "" for n in names]
    return [s if last.count(s) == 1 else n for s, n in zip(last, names, strict=True)]


def change_message(code: str, params: dict, lang: str = "lv") -> str:
    """Return the history line ``code`` rendered with ``params`` in ``lang``."""
    return CHANGE_MESSAGES[code][lang].format_map(_Blank(params))


# --- what the command line says (usage errors, the end-of-run screen, explain) --

#: Usage errors (exit status 2) and the command's own lines, in each language.
CLI_MESSAGES: dict[str, dict[str, str]] = {
    "error": {"lv": "Kļūda", "en": "Error"},
    "warning": {"lv": "Brīdinājums", "en": "Warning"},
    "interrupted": {
        "lv": "Pārtraukts: apstrāde netika pabeigta (neviens rezultātu fails nav atstāts pa pusei ierakstīts).",
        "en": "Interrupted: the run did not finish (no output is left half-written).",
    },
    "no_word_files": {
        "lv": "Mapē {folder} nav neviena Word faila (.docx, .doc, .rtf), nav ko lasīt. Pārbaudiet, vai ceļš ir "
              "pareizs. Iepriekšējie rezultāti ({output}) netika mainīti.",
        "en": "There is no Word file (.docx, .doc, .rtf) in {folder}, nothing to read. Check the path. "
              "The previous outputs ({output}) were left as they were.",
    },
    "register_missing": {"lv": "reģistrs {path}: fails nav atrasts", "en": "register {path}: no such file"},
    "register_encoding": {
        "lv": "reģistrs {path}: nav teksta (CSV) fails UTF-8 vai Windows-1257 kodējumā; saglabājiet to no Excel kā "
              "„CSV UTF-8”",
        "en": "register {path}: not a text (CSV) file in UTF-8 or Windows-1257; save it from Excel as \"CSV UTF-8\"",
    },
    "register_columns": {
        "lv": "reģistrs {path}: trūkst kolonnas {missing}; vajag: nosaukums, nozare, LKI līmenis, sinonīmi "
              "(vai name, sector, lki_level, aliases)",
        "en": "register {path}: missing column(s) {missing}; expected name, sector, lki_level, aliases "
              "(or nosaukums, nozare, LKI līmenis, sinonīmi)",
    },
    "register_level": {
        "lv": "reģistrs {path}, {row}. rinda („{name}”): LKI līmenis „{level}” nav skaitlis no 1 līdz 8",
        "en": "register {path}, row {row} (\"{name}\"): LKI level \"{level}\" is not a number 1-8",
    },
    "register_duplicate": {
        "lv": "reģistrs {path}: kvalifikācija „{name}” ir divreiz, {first}. rindā („{first_name}”) un {second}. rindā "
              "(„{second_name}”); atstājiet vienu",
        "en": "register {path}: the qualification \"{name}\" is there twice, row {first} (\"{first_name}\") and row "
              "{second} (\"{second_name}\"); keep one",
    },
    "register_empty": {"lv": "reģistrs {path}: tajā nav nevienas kvalifikācijas",
                       "en": "register {path}: no qualifications in it"},
    # the end-of-run screen
    "files": {
        "lv": "Faili: {total} (nolasīti {read}, nenolasāmi {unreadable}, no kešatmiņas {cached}), {seconds:.1f} s",
        "en": "Files: {total} ({read} read, {unreadable} not readable, {cached} from cache) in {seconds:.1f} s",
    },
    "verdicts": {"lv": "Lēmumi", "en": "Verdicts"},
    "problems": {"lv": "Problēmas", "en": "Problems"},
    "none": {"lv": "nav", "en": "none"},
    "outputs": {"lv": "Rezultāti", "en": "Outputs"},
    "unchanged": {
        "lv": " (kopš iepriekšējās reizes nekas nav mainījies, nav pārrakstīti)",
        "en": " (unchanged since the last run, not rewritten)",
    },
    "not_written": {"lv": "{name} netika ierakstīts: {why}", "en": "{name}: {why}"},
    # explain
    "explain_unreadable": {"lv": "Failu nevar izlasīt", "en": "The file cannot be read"},
    "explain_expert": {"lv": "Eksperts", "en": "Expert"},
    "explain_date": {"lv": "Datums", "en": "Date"},
    "explain_verdicts": {"lv": "Lēmumi", "en": "Verdicts"},
    "explain_no_verdict": {"lv": "lēmumi nav atrasti", "en": "no verdict found"},
    "explain_no_words": {"lv": "(lēmuma vārdi nav atrasti)", "en": "(no verdict words found)"},
    "explain_not_chosen": {"lv": "nav izvēlēts", "en": "not chosen"},
    "explain_ignored": {"lv": "neņemts vērā", "en": "ignored"},
}

#: What the rules matched in a sentence (the cue labels of ``pipeline/nlp/rules``), as explain's page shows them.
CUE_LABELS: dict[str, dict[str, str]] = {
    "SUPPORT": {"lv": "atbalsts", "en": "support"},
    "FORWARD": {"lv": "virzīšana", "en": "forward"},
    "REJECT": {"lv": "noraidījums", "en": "rejection"},
    "CONDITION": {"lv": "nosacījums", "en": "condition"},
    "DOC_MIP": {"lv": "dokuments: MIP", "en": "document: MIP"},
    "DOC_PKE": {"lv": "dokuments: PKE", "en": "document: PKE"},
    "DOC_BOTH": {"lv": "dokuments: abi", "en": "document: both"},
    "PURPOSE": {"lv": "mērķis", "en": "purpose"},
    "INSTRUCTION": {"lv": "norādījums", "en": "instruction"},
    "HISTORY": {"lv": "vēsture", "en": "history"},
    "HYPOTHESIS": {"lv": "pieņēmums", "en": "if-clause"},
    "purpose": {"lv": "mērķis", "en": "purpose"},
    "instruction": {"lv": "norādījums", "en": "instruction"},
    "history": {"lv": "vēsture", "en": "history"},
    "hypothesis": {"lv": "pieņēmums", "en": "if-clause"},
}


def cli_message(code: str, lang: str = "lv", **params) -> str:
    """Return the command-line text ``code`` in ``lang`` with ``params`` filled in."""
    return CLI_MESSAGES[code][lang].format_map(_Blank(params))


def cue_label(label: str, lang: str = "lv") -> str:
    """Return a rule cue label (``SUPPORT``, ``DOC_MIP``, ...) in words of ``lang`` (an unknown one lower-cased)."""
    return CUE_LABELS.get(label, {}).get(lang, label.lower().replace("_", " "))
