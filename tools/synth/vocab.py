"""Hold the fictional people, qualifications and metadata formats used in generated reviews."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REGISTER_CSV = Path(__file__).resolve().parents[2] / "inputs" / "qualifications.csv"

#: Fictional sector experts (first name and surname), 13 as in the 2026 Q1 report.
EXPERTS = (
    "Ilze Kalniņa", "Jānis Bērziņš", "Andris Ozoliņš", "Līga Liepiņa", "Māris Kalniņš",
    "Inese Vītola", "Guntis Zariņš", "Dace Krūmiņa", "Raimonds Eglītis", "Sandra Jansone",
    "Edgars Pētersons", "Kristīne Lāce", "Valdis Siliņš",
)

#: Fictional coordinators who compile summaries (not experts).
COORDINATORS = ("Zane Ābola", "Aivars Grīnbergs")

#: Qualifications that are NOT in the register: (nominative, sector, LKI level).
UNREGISTERED = (
    ("Metinātājs", "Mašīnbūve un metālapstrāde", "3"),
    ("Kokvedēja vadītājs", "Kokrūpniecība", "3"),
    ("Siltumenerģētikas tehniķis", "Enerģētika", "4"),
    ("CNC metālapstrādes operators", "Mašīnbūve un metālapstrāde", "4"),
)

MODULES = {
    "Kokrūpniecība": ("Koksnes materiālmācība", "Mēbeļu konstruēšana", "Darba drošība mežizstrādē",
                      "Kokapstrādes iekārtu apkalpošana", "Rasējumu lasīšana"),
    "Enerģētika": ("Elektrodrošība", "Elektroietaišu montāža", "Ventilācijas sistēmu apkope",
                   "Mērījumi elektroietaisēs", "Aukstumaģentu drošā apritē"),
    "Mašīnbūve un metālapstrāde": ("Pneimatiskās sistēmas", "Programmējamie loģiskie kontrolleri",
                                   "Hidrauliskās sistēmas", "Tehniskā dokumentācija"),
}

SECTOR_GENITIVE = {
    "Kokrūpniecība": "kokrūpniecības",
    "Enerģētika": "enerģētikas",
    "Mašīnbūve un metālapstrāde": "mašīnbūves un metālapstrādes",
}

#: Short sub-folder names coordinators use per sector.
SECTOR_FOLDERS = {"Kokrūpniecība": "Kokrūpniecība", "Enerģētika": "Enerģētika",
                  "Mašīnbūve un metālapstrāde": "Mašīnbūve"}

_MONTHS_LOC = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā",
               "augustā", "septembrī", "oktobrī", "novembrī", "decembrī")


@dataclass(frozen=True)
class Qual:
    """A qualification as the generator needs it."""

    name: str  # canonical nominative, as in the register (or as written if unregistered)
    sector: str
    lki: str
    registered: bool = True

    @property
    def title(self) -> str:
        """Return the name capitalised, as written in titles and header lines."""
        return self.name[:1].upper() + self.name[1:]


@cache
def register() -> tuple[Qual, ...]:
    """Return the qualifications of the register CSV."""
    with REGISTER_CSV.open(encoding="utf-8") as fh:
        return tuple(Qual(r["name"], r["sector"], r["lki_level"]) for r in csv.DictReader(fh))


def unregistered() -> tuple[Qual, ...]:
    """Return qualifications that the register does not know."""
    return tuple(Qual(n, s, lki, registered=False) for n, s, lki in UNREGISTERED)


def _inflect_last(name: str, endings: dict[str, str]) -> str:
    """Return ``name`` with its last word's ending replaced (first matching ending wins)."""
    head, _, last = name.rpartition(" ")
    for old, new in endings.items():
        if last.endswith(old):
            last = last[: -len(old)] + new
            break
    return f"{head} {last}".strip()


def genitive(name: str) -> str:
    """Return the genitive of a qualification name (galdnieks -> galdnieka, tehniķis -> tehniķa)."""
    return _inflect_last(name, {"is": "a", "s": "a"})


def dative(name: str) -> str:
    """Return the dative of a qualification name (galdnieks -> galdniekam, tehniķis -> tehniķim)."""
    return _inflect_last(name, {"is": "im", "s": "am"})


def format_date(day: dt.date, style: int) -> str:
    """Return ``day`` written the Latvian way: 0 long form, 1 dd.mm.yyyy., 2 ISO."""
    if style == 0:
        return f"{day.year}. gada {day.day}. {_MONTHS_LOC[day.month - 1]}"
    if style == 1:
        return f"{day:%d.%m.%Y}."
    return day.isoformat()


def format_lki(level: str, style: int) -> str:
    """Return an LKI level written in one of the usual ways."""
    return (f"LKI {level}. līmenis", f"{level}. LKI", f"LKI līmenis: {level}")[style % 3]


def random_date(rng, start: dt.date = dt.date(2026, 1, 5), days: int = 170) -> dt.date:
    """Return a review date in project stages 4 and 5 (by default January to June 2026)."""
    return start + dt.timedelta(days=rng.randrange(0, days))
