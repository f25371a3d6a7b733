"""Write the bundled sample folder (inputs/samples) and, beside it, its README and expected CSVs."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from tools.synth import oddities
from tools.synth.corpus import Collected
from tools.synth.layouts import VerdictDeck, make_spec, render
from tools.synth.textual import ascii_name, samples_readme
from tools.synth.vocab import SECTOR_FOLDERS

_WOOD, _ENERGY, _METAL = "Kokrūpniecība", "Enerģētika", "Mašīnbūve un metālapstrāde"

#: (layout, sector, in a sector sub-folder) of every generated sample review.
SAMPLE_PLAN = (
    ("narrative_lines", _WOOD, False), ("narrative_lines", _WOOD, True),
    ("narrative_table", _ENERGY, False), ("narrative_table", _ENERGY, True),
    ("form_mark", _METAL, False), ("form_mark", _WOOD, True),
    ("checkbox_glyph", _ENERGY, True), ("checkbox_sym", _WOOD, False), ("checkbox_sdt", _WOOD, True),
    ("checkbox_formfield", _ENERGY, False), ("strike", _WOOD, False), ("strike", _METAL, True),
    ("tracked_changes", _WOOD, False), ("tracked_changes", _ENERGY, True), ("textbox", _ENERGY, False),
    ("messy_runs", _ENERGY, False), ("messy_runs", _WOOD, True), ("multi_qualification", _WOOD, False),
    ("summary", None, False), ("no_verdict", _ENERGY, True), ("unregistered", _METAL, True),
    ("form_unmarked", _WOOD, False), ("form_conflict", _WOOD, True), ("narrative_lines", _ENERGY, True),
)

DOC_SOURCE = 0  # index in SAMPLE_PLAN of the review also saved as a legacy .doc
COPY_SOURCE = 2  # index of the review copied as "... - Copy.docx"
BROKEN_SOURCE = 4  # index of the review whose truncated copy is kept
LOCK_SOURCE = 5  # index of the review that is "open in Word" (has an owner file)


def _file_name(spec, folder: str, taken: set[str]) -> str:
    """Return a realistic, unique relative file name for a sample review."""
    review = spec.reviews[0]
    surname = spec.expert.split()[-1]
    if spec.layout == "summary":
        base = "Kopsavilkums_2026_Q1"
    elif spec.layout == "multi_qualification":
        base = f"Atzinums_{ascii_name(review.qual.sector)}_vairakas_kvalifikacijas_{ascii_name(surname)}"
    else:
        docs = "_".join(review.verdicts)
        base = f"Atzinums_{ascii_name(review.qual.name)}_{docs}_{ascii_name(surname)}"
    name = f"{folder}/{base}.docx" if folder else f"{base}.docx"
    k = 2
    while name in taken:
        name = name.replace(".docx", f"_{k}.docx")
        k += 1
    taken.add(name)
    return name


def expectations_dir(out_dir: Path | str) -> Path:
    """Return where the README and expected CSVs of a sample folder go: beside it, not in it.

    The sample folder holds only what a coordinator would receive, so a run
    over it reports no bookkeeping files.
    """
    out = Path(out_dir)
    return out.parent / f"{out.name}_expected"


def build_samples(out_dir: Path | str, seed: int = 4229, refresh_doc: bool = False) -> Collected:
    """Write inputs/samples: reviews in every layout plus the awkward files; README and expected CSVs beside it.

    The legacy .doc is made with LibreOffice only when it is missing (or
    ``refresh_doc``), because LibreOffice does not write the same bytes twice.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    deck = VerdictDeck(rng)
    collected = Collected()
    taken: set[str] = set()
    made: list[tuple[str, object, bytes]] = []
    for i, (layout, sector, nested) in enumerate(SAMPLE_PLAN):
        spec = make_spec(layout, rng, deck, pool="samples", variant=i, sector=sector)
        folder = SECTOR_FOLDERS[sector] if nested else ""
        name = _file_name(spec, folder, taken)
        data = render(spec)
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
        collected.add(name, spec)
        made.append((name, spec, data))
    notes = _oddities(out, made, collected, refresh_doc)
    meta = expectations_dir(out)
    meta.mkdir(parents=True, exist_ok=True)
    (meta / "README.md").write_text(samples_readme(collected, notes), encoding="utf-8")
    _remove_stale(out, meta, collected)
    collected.write(meta, manifest=False)  # the README lists the layouts; fewer non-review files
    return collected


def _remove_stale(out: Path, meta: Path, collected: Collected) -> None:
    """Delete files an earlier run listed in the expected CSVs that this run did not write."""
    current = {m["file"] for m in collected.manifest} | {p["file"] for p in collected.problems}
    for listing in ("expected.csv", "expected_problems.csv"):
        path = meta / listing
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            old = {row["file"] for row in csv.DictReader(fh)}
        for name in old - current:
            stale = (out / name).resolve()
            if stale.is_file() and out.resolve() in stale.parents:
                stale.unlink()


def _oddities(out: Path, made, collected: Collected, refresh_doc: bool) -> dict[str, str]:
    """Write the awkward files and return a note per file for the README."""
    notes: dict[str, str] = {}

    name, spec, data = made[COPY_SOURCE]
    copy = name.replace(".docx", " - Copy.docx")
    (out / copy).write_bytes(data)
    collected.add(copy, spec, rows=False)
    collected.problems.append({"file": copy, "code": "duplicate"})
    notes[copy] = f"an exact copy of `{name}`: counted once, reported as `duplicate`"

    name, spec, data = made[BROKEN_SOURCE]
    broken = name.replace(".docx", "_bojats.docx")
    (out / broken).write_bytes(oddities.truncated(data))
    collected.problems.append({"file": broken, "code": "corrupt"})
    notes[broken] = f"the first 55% of `{name}` (an interrupted download): `corrupt`"

    name, spec, _ = made[LOCK_SOURCE]
    lock = str(Path(name).parent / oddities.lock_name(Path(name).name)).removeprefix("./")
    (out / lock).write_bytes(oddities.lock_file(spec.expert))
    collected.problems.append({"file": lock, "code": "lock_file"})
    notes[lock] = f"Word's 162-byte owner file while `{name}` is open: `lock_file`, skipped"

    (out / "Atzinums_tukss.docx").write_bytes(b"")
    collected.problems.append({"file": "Atzinums_tukss.docx", "code": "empty"})
    notes["Atzinums_tukss.docx"] = "zero bytes (a failed save): `empty`"

    note = "piezimes_koordinatoram.txt"
    (out / note).write_text("Atgādinājums: līdz 15. aprīlim savākt visus ekspertu atzinumus.\n", encoding="utf-8")
    collected.problems.append({"file": note, "code": "not_docx"})
    notes[note] = "a coordinator's text note: `not_docx`"

    pdf = "Atzinums_skenets.pdf"
    (out / pdf).write_bytes(oddities.pdf_stub("Ekspertizes atzinums (skenets)"))
    collected.problems.append({"file": pdf, "code": "unsupported_format"})
    notes[pdf] = "a scanned review saved as PDF: `unsupported_format`"

    name, spec, data = made[DOC_SOURCE]
    doc = name.replace(".docx", ".doc").replace("Atzinums_", "Vecais_atzinums_")
    target = out / doc
    if refresh_doc or not target.exists():
        converted = oddities.convert_to_doc(data)
        if converted:
            target.write_bytes(converted)
    if target.exists():
        collected.add(doc, spec)
        notes[doc] = (f"Word 97-2003 .doc converted by LibreOffice from `{name}`; same verdict rows "
                      "(`legacy_doc` only when it cannot be converted)")
    return notes
