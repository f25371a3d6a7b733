"""Load the versioned rule files in pipeline/nlp/rules and check them against their schema.

Every rule file is data with a fixed set of keys: a key that is not in the schema
(a typo such as ``"lable"``) is rejected with an error naming the file and line,
so a misspelt rule can never be silently ignored.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from pipeline.config import RULES_DIR

#: The rule files the pipeline is built from, in build order.
RULE_FILES = (
    "lemmas.v1.json",
    "sentences.v1.json",
    "verdicts.v1.jsonl",
    "negation.v1.json",
    "contexts.v1.json",
    "structure.v1.json",
)

CUE_LABELS = frozenset(
    {
        "SUPPORT", "FORWARD", "CONDITION", "REJECT", "DOC_MIP", "DOC_PKE", "DOC_BOTH",
        "PURPOSE", "INSTRUCTION", "HISTORY", "HISTORY_AUX", "HYPOTHESIS",
    }
)

# token-pattern keys the Matcher understands (the subset these rules may use)
_TOKEN_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "MORPH", "OP", "IS_ALPHA", "IS_DIGIT", "IS_PUNCT"})
_PREDICATES = {"MORPH": frozenset({"IS_SUPERSET"}), "default": frozenset({"IN", "NOT_IN"})}
_OPS = ("?", "*", "+", "!")

_SCHEMAS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "lemmas": {
        "schema": str, "version": int, "note": str, "negative_prefix": str, "debitive_prefix": str,
        "entries": list, "tense_past": list, "negative_words": dict,
    },
    "lemma_entry": {"lemma": str, "prefixes": list, "forms": list, "exclude": list},
    "sentences": {
        "schema": str, "version": int, "note": str, "enders": list, "never_final": list,
        "may_end": list, "ordinal_followers": list, "special_cases": list,
    },
    "negation": {
        "schema": str, "version": int, "note": str, "applies_to": list, "window": int,
        "preceding": list, "preceding_limited": dict, "following": list, "following_limited": dict, "pseudo": list,
        "terminators": list, "prefix_negates": bool, "parentheticals": list, "cancelling": list,
    },
    "contexts": {
        "schema": str, "version": int, "note": str, "cue_labels": dict, "scopes": dict,
        "aux_labels": list, "next_window": int, "terminators": list, "purpose_terminators": list,
        "clause_openers": list, "spared": dict,
    },
    "predicates": {
        "schema": str, "version": int, "note": str, "applies_to": list, "window": int, "stems": list,
        "endings": dict, "definite_endings": list, "modals": list, "expert_subjects": list,
        "verb_neighbours": list, "clause_openers": list, "noun_governors": list, "past_aux": list,
        "past_adverbs": list, "present_markers": list, "clause_terminators": list, "objection_objects": list,
        "disagree": list, "noun_followers": list, "own_choice": list,
        "correction_lemmas": list, "made_endings": list, "pending_before": list, "made_after": list, "made_before": list, "undecided": list, "said_past": list, "dated_months": list,
        "verdict_labels": list,
    },
    "authorship": {
        "schema": str, "version": int, "note": str, "given_names": list, "titles": list, "role_words": list,
        "coordinator_words": list, "email_headers": dict, "quote_markers": list, "closings": list,
        "not_review_date": list, "place_words": list,
    },
    "pattern": {"id": str, "label": str, "pattern": list, "note": str},
    "structure": {
        "schema": str, "version": int, "note": str, "documents": dict, "prefilter_stems": list,
        "document_joiners": list, "part_subjects": list, "history_labels": list, "months": dict,
        "months_locative_i": list, "months_locative_a": list, "year_words": list, "date_labels": list,
        "expert_label_qualifiers": list, "expert_labels": list, "not_name_words": list, "signature_words": list,
        "lki_patterns": list, "submission_words": list, "round_words": list, "deferral_words": list,
        "qualification_labels": list, "quoted_name_after": list, "field_labels": list,
        "level_abbreviations": list, "not_heading_stems": list, "heading_styles": list,
        "occupation_endings": list, "unregistered_name_labels": list, "nominative": list,
        "recommendation_headings": list, "only_words": list, "conclusion_words": list,
        "review_title_words": list, "non_review_title_words": list, "questionnaire": dict,
        "not_reviewed_words": list, "topic_openers": list, "earlier_time_words": list, "contrast_openers": list,
        "retraction_words": list, "concessive_openers": list, "yardstick_words": list, "likewise_words": list,
    },
    "lki_pattern": {"pattern": str, "shift": int, "note": str},
    "nominative_rule": {"endings": list, "cut": int, "add": str, "note": str},
}

#: Lists of "structure" entries that hold regular expressions (checked to compile).
_STRUCTURE_REGEX = frozenset({
    "part_subjects", "history_labels", "months_locative_i", "months_locative_a", "year_words", "date_labels",
    "expert_label_qualifiers", "expert_labels", "signature_words", "submission_words", "round_words",
    "deferral_words", "qualification_labels", "quoted_name_after", "field_labels", "level_abbreviations",
    "recommendation_headings", "only_words", "conclusion_words", "review_title_words", "non_review_title_words",
    "not_reviewed_words", "topic_openers", "earlier_time_words", "contrast_openers", "retraction_words",
})


class RuleError(ValueError):
    """A rule file does not follow its schema."""


def check_keys(obj: Any, schema: str, where: str) -> None:
    """Raise RuleError unless ``obj`` is a dict with exactly the keys of ``schema`` and their types."""
    expected = _SCHEMAS[schema]
    if not isinstance(obj, dict):
        raise RuleError(f"{where}: expected an object, got {type(obj).__name__}")
    unknown = sorted(set(obj) - set(expected))
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(sorted(expected))}")
    optional = {"note"}
    missing = sorted(set(expected) - set(obj) - optional)
    if missing:
        raise RuleError(f"{where}: missing key(s) {', '.join(map(repr, missing))}")
    for name, value in obj.items():
        if not isinstance(value, expected[name]):
            raise RuleError(f"{where}: {name!r} must be {expected[name].__name__}, got {type(value).__name__}")


def _check_token(token: Any, where: str) -> None:
    if not isinstance(token, dict):
        raise RuleError(f"{where}: a token pattern must be an object")
    for name, value in token.items():
        if name not in _TOKEN_KEYS:
            raise RuleError(f"{where}: unknown token attribute {name!r}; allowed: {', '.join(sorted(_TOKEN_KEYS))}")
        if name == "OP":
            if not isinstance(value, str) or not (value in _OPS or re.fullmatch(r"\{\d*,?\d*\}", value)):
                raise RuleError(f"{where}: unsupported OP {value!r}")
        elif name.startswith("IS_"):
            if not isinstance(value, bool):
                raise RuleError(f"{where}: {name!r} must be true or false")
        elif isinstance(value, dict):
            allowed = _PREDICATES.get(name, _PREDICATES["default"])
            bad = sorted(set(value) - allowed)
            if bad or len(value) != 1:
                raise RuleError(
                    f"{where}: predicate(s) {', '.join(map(repr, sorted(value)))} for {name!r}; "
                    f"allowed: one of {', '.join(sorted(allowed))}"
                )
            (arg,) = value.values()
            if not isinstance(arg, list) or not all(isinstance(a, str) for a in arg):
                raise RuleError(f"{where}: the {name!r} predicate needs a list of strings")
        elif not isinstance(value, str):
            raise RuleError(f"{where}: {name!r} must be a string or a predicate object")


def check_pattern(rule: Any, where: str) -> dict:
    """Return ``rule`` (one SpanRuler pattern line) after checking it; raise RuleError if invalid."""
    check_keys(rule, "pattern", where)
    if rule["label"] not in CUE_LABELS:
        raise RuleError(f"{where}: unknown label {rule['label']!r}; allowed: {', '.join(sorted(CUE_LABELS))}")
    if not rule["pattern"]:
        raise RuleError(f"{where}: empty pattern")
    for i, token in enumerate(rule["pattern"]):
        _check_token(token, f"{where}, token {i}")
    return rule


def load_patterns(path: Path) -> list[dict]:
    """Return the checked patterns of a JSONL rule file, without their notes."""
    patterns = []
    seen: set[str] = set()
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{Path(path).name}:{n}"
        try:
            rule = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RuleError(f"{where}: not JSON ({exc})") from None
        check_pattern(rule, where)
        if rule["id"] in seen:
            raise RuleError(f"{where}: duplicate id {rule['id']!r}")
        seen.add(rule["id"])
        patterns.append({k: rule[k] for k in ("id", "label", "pattern")})
    return patterns


def check_data(data: Any, schema: str, where: str) -> dict:
    """Return ``data`` (a JSON rule file's content) after checking it against ``schema``."""
    check_keys(data, schema, where)
    if data["schema"] != schema:
        raise RuleError(f"{where}: 'schema' is {data['schema']!r}, expected {schema!r}")
    if schema == "lemmas":
        for i, entry in enumerate(data["entries"]):
            check_keys(entry, "lemma_entry", f"{where}, entry {i}")
    if schema == "structure":
        _check_structure(data, where)
    if schema == "predicates":
        _check_predicates(data, where)
    if schema == "authorship":
        for name in ("role_words", "coordinator_words", "quote_markers", "not_review_date"):
            _strings(data[name], f"{where}, {name!r}", regex=True)
        if sorted(data["email_headers"]) != ["other", "sender", "sent"]:
            raise RuleError(f"{where}, 'email_headers': keys must be 'sender', 'sent' and 'other'")
    return data


#: The form classes a verdict word's ending may fall in (``predicates.py`` decides what each means).
FORM_CLASSES = frozenset({
    "participle", "attribute", "first_or_noun", "first_person", "infinitive", "first_past", "past",
    "future", "third_or_noun", "noun", "gerund",
})


def _check_predicates(data: dict, where: str) -> None:
    for name, value in data.items():
        if isinstance(value, list):
            _strings(value, f"{where}, {name!r}")
    owner: dict[str, str] = {}
    for kind, endings in data["endings"].items():
        if kind not in FORM_CLASSES:
            raise RuleError(f"{where}, 'endings': unknown form class {kind!r}")
        _strings(endings, f"{where}, 'endings', {kind!r}")
        for ending in endings:
            if owner.setdefault(ending, kind) != kind:
                raise RuleError(f"{where}, 'endings': {ending!r} is both {owner[ending]!r} and {kind!r}")


def _strings(value: Any, where: str, regex: bool = False) -> None:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise RuleError(f"{where}: expected a non-empty list of non-empty strings")
    for v in value if regex else ():
        try:
            re.compile(v)
        except re.error as exc:
            raise RuleError(f"{where}: bad regular expression {v!r} ({exc})") from None


def _check_structure(data: dict, where: str) -> None:
    for name, value in data.items():
        if isinstance(value, list) and name not in ("lki_patterns", "nominative"):
            _strings(value, f"{where}, {name!r}", regex=name in _STRUCTURE_REGEX)
    questions = data["questionnaire"]
    if sorted(questions) != ["after_corrections", "corrections", "forward", "no", "support", "yes"]:
        raise RuleError(f"{where}, 'questionnaire': keys must be support, forward, corrections, yes, no, after_corrections")
    for name, value in questions.items():
        _strings(value, f"{where}, 'questionnaire', {name!r}", regex=True)
    docs = data["documents"]
    if sorted(docs) != ["MIP", "PKE"]:
        raise RuleError(f"{where}, 'documents': keys must be exactly 'MIP' and 'PKE', got {sorted(docs)}")
    for doc, alternatives in docs.items():
        _strings(alternatives, f"{where}, 'documents', {doc!r}", regex=True)
    for stem, number in data["months"].items():
        if not isinstance(number, int) or not 1 <= number <= 12:
            raise RuleError(f"{where}, 'months', {stem!r}: expected a month number 1..12")
    for key in ("months_locative_i", "months_locative_a"):
        for stem in data[key]:
            if stem not in data["months"]:
                raise RuleError(f"{where}, {key!r}: {stem!r} is not in 'months'")
    for i, rule in enumerate(data["lki_patterns"]):
        check_keys(rule, "lki_pattern", f"{where}, 'lki_patterns' entry {i}")
        _strings([rule["pattern"]], f"{where}, 'lki_patterns' entry {i}", regex=True)
    for i, rule in enumerate(data["nominative"]):
        check_keys(rule, "nominative_rule", f"{where}, 'nominative' entry {i}")
        _strings(rule["endings"], f"{where}, 'nominative' entry {i}, 'endings'")


def load_data(path: Path) -> dict:
    """Return the checked content of a JSON rule file; its schema is named in the file."""
    where = Path(path).name
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RuleError(f"{where}: not JSON ({exc})") from None
    schema = data.get("schema") if isinstance(data, dict) else None
    if schema not in _SCHEMAS:
        raise RuleError(f"{where}: unknown or missing 'schema' {schema!r}")
    return check_data(data, schema, where)


def rules_digest(rules_dir: Path = RULES_DIR) -> dict[str, str]:
    """Return the SHA-256 of each rule file, to record in the built model's meta."""
    return {name: hashlib.sha256((Path(rules_dir) / name).read_bytes()).hexdigest() for name in RULE_FILES}


def dumps(data: Any) -> str:
    """Return ``data`` as stable JSON text (sorted keys), so rebuilds are byte-identical."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
