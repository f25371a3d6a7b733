"""What coordinators read: problem messages and labels, Latvian by default."""

from __future__ import annotations

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
        "lv": "Fails nav Word dokuments, lai gan tā nosaukums to liek domāt. Pārbaudiet, vai atsūtīts pareizais fails, un saglabājiet to kā .docx.",
        "en": "The file is not a Word document although its name suggests so. Check that the right file was sent and save it as .docx.",
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
        "lv": "Failu nevar nolasīt (nav piekļuves tiesību vai tas pazuda apstrādes laikā). Pārbaudiet piekļuvi un palaidiet vēlreiz.",
        "en": "The file cannot be read (no permission, or it disappeared during the run). Check access and run again.",
    },
}

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
    template = PROBLEM_MESSAGES.get(problem.code, {}).get(lang)
    if template is None:
        return problem.detail or problem.code
    return template.format_map(_Blank(dict(problem.params)))


def verdict_label(code: str, lang: str = "lv") -> str:
    """Return the verdict wording for ``code`` in ``lang``."""
    return VERDICT_LABELS.get(code, VERDICT_LABELS["unknown"])[lang]
