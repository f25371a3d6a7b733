"""Hold the Latvian wording of verdicts, form options, remarks and distractors.

Two disjoint phrasing pools exist: ``samples`` (the bundled sample reviews)
and ``eval`` (the labelled evaluation corpus), so that rules tuned on the
samples are measured on wording they have not seen.  ``{D}`` stands for the
document abbreviation (MIP or PKE).
"""

from __future__ import annotations

SUPPORTED = "supported"
NEEDS = "needs_corrections"
NOT = "not_supported"
UNKNOWN = "unknown"

VERDICT_SENTENCES = {
    "samples": {
        SUPPORTED: (
            "{D} saturs ir atbalstāms un virzāms saskaņošanai.",
            "{D} saturu atbalstu un iesaku virzīt saskaņošanai.",
            "Pret {D} saturu nav iebildumu – tas ir atbalstāms un virzāms saskaņošanai bez precizējumiem.",
            "{D} saturs ir atbalstīts un virzāms saskaņošanai.",
            "{D} saturs ir atbalstams un virzams saskanosanai.",
        ),
        NEEDS: (
            "{D} saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
            "{D} saturs ir atbalstāms ar precizējumiem; pirms virzīšanas saskaņošanai jāveic ieteikumos minētie labojumi.",
            "{D} saturu atbalstu ar nosacījumu, ka tiks ņemti vērā ieteikumi; pēc precizējumu veikšanas iesaku virzīt saskaņošanai.",
            "{D} saturs ir atbalstams; pec precizejumu veiksanas virzams saskanosanai.",
        ),
        NOT: (
            "{D} saturs nav atbalstāms.",
            "{D} saturu neatbalstu, jo mācīšanās rezultāti neatbilst profesijas standartam.",
            "{D} saturs nav pilnībā atbalstāms un nav virzāms saskaņošanai; nepieciešama pārstrāde.",
            "{D} saturs nav atbalstams.",
        ),
    },
    "eval": {
        SUPPORTED: (
            "Izvērtējot {D} saturu, secinu, ka tas ir atbalstāms un virzāms saskaņošanai.",
            "{D} dokumentācija ir atbalstāma, iesaku to virzīt saskaņošanai bez precizējumiem.",
            "Neskatoties uz apjomīgo saturu, {D} kopumā ir atbalstīts; iesaku virzīt saskaņošanai.",
            "Uzskatu, ka {D} saturs ir atbalstāms un to var virzīt saskaņošanai.",
            "{D} saturs atbalstits un virzams saskanosanai bez precizejumiem.",
        ),
        NEEDS: (
            "{D} saturu atbalstu, taču pirms virzīšanas saskaņošanai jāveic šajā atzinumā norādītie precizējumi.",
            "{D} saturs ir atbalstāms ar nosacījumu, ka tiek novērstas norādītās nepilnības; pēc tam virzāms saskaņošanai.",
            "{D} dokumentācija ir atbalstāma, bet jāprecizē vērtēšanas kritēriji; pēc precizējumiem virzāma saskaņošanai.",
            "{D} saturs kopumā atbalstīts; virzāms saskaņošanai pēc precizējumu veikšanas.",
            "{D} saturs ir atbalstams ar precizejumiem, pec to veiksanas virzams saskanosanai.",
        ),
        NOT: (
            "{D} saturu nevaru atbalstīt, jo tas neatbilst profesijas standartam.",
            "{D} saturs netiek atbalstīts; nepieciešama būtiska pārstrāde un atkārtota ekspertīze.",
            "{D} saturs pašreizējā redakcijā nav atbalstāms un nav virzāms saskaņošanai.",
            "Neatbalstu {D} satura virzīšanu saskaņošanai – saturs jāpārstrādā.",
            "{D} saturs nav atbalstams, nepieciesama parstrade.",
        ),
    },
}

#: The three options printed on forms, in form order.
FORM_OPTIONS = {
    "samples": {
        SUPPORTED: "Saturs ir atbalstāms un virzāms saskaņošanai",
        NEEDS: "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
        NOT: "Saturs nav atbalstāms",
    },
    "eval": {
        SUPPORTED: "Atbalstāms un virzāms saskaņošanai bez precizējumiem",
        NEEDS: "Atbalstāms, virzāms saskaņošanai pēc precizējumu veikšanas",
        NOT: "Nav atbalstāms (nepieciešama pārstrāde un atkārtota ekspertīze)",
    },
}
OPTION_ORDER = (SUPPORTED, NEEDS, NOT)

#: How a coordinator's summary states one document's verdict (seed report style).
SUMMARY_PHRASES = {
    "samples": {
        SUPPORTED: "{D} saturs ir atbalstāms un virzāms saskaņošanai",
        NEEDS: "{D} saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
        NOT: "{D} saturs nav atbalstāms",
    },
    "eval": {
        SUPPORTED: "{D} – atbalstāms, virzāms saskaņošanai",
        NEEDS: "{D} – atbalstāms, pēc precizējumiem virzāms saskaņošanai",
        NOT: "{D} – netiek atbalstīts",
    },
}

#: Old verdicts shown as deleted text in tracked-change reviews.
TRACKED_OLD = {
    SUPPORTED: "{D} saturs ir atbalstāms un virzāms saskaņošanai.",
    NEEDS: "{D} saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
    NOT: "{D} saturs nav atbalstāms.",
}

TITLES = (
    "Ekspertīzes atzinums par profesionālās kvalifikācijas „{Q}” {DOCS} saturu",
    "Ekspertīzes atzinums par {q_gen} profesionālās kvalifikācijas {DOCS} saturu",
    "Nozares eksperta atzinums par kvalifikācijas «{Q}» {DOCS} satura ekspertīzi",
    "EKSPERTĪZES ATZINUMS",
)

PURPOSE = (
    "Ekspertīzes mērķis ir izvērtēt, vai {DOCS} saturs ir atbalstāms un virzāms saskaņošanai.",
    "Ekspertīzes uzdevums – izvērtēt, vai saturs atbilst profesijas standartam un vai tas ir atbalstāms.",
)

INSTRUCTIONS = (
    "Eksperts norāda vienu no vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir "
    "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”.",
    "Atzīmē atbilstošo: atbalstāms un virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms.",
)

HISTORY = (
    "Iepriekšējā redakcijā {D} saturs netika atbalstīts; šajā redakcijā konstatētās nepilnības ir novērstas.",
    "Iepriekšējā ekspertīzē {D} saturs bija atbalstāms tikai pēc precizējumu veikšanas.",
)

NEUTRAL_REMARKS = (
    "Nav iebildumu pret moduļu secību un apjomu.",
    "Neskatoties uz to, ka programma ir apjomīga, tās struktūra ir pārskatāma.",
    "Mācību saturs kopumā atbilst nozares vajadzībām un profesijas standartam.",
    "Darba grupa ir ņēmusi vērā nozares ekspertu ieteikumus.",
)

#: Remarks that ask for corrections: only used when a correction is really asked for.
CORRECTION_REMARKS = {
    "MIP": (
        "Precizēt moduļa „{M}” mācīšanās rezultātus atbilstoši profesijas standartam.",
        "Papildināt moduļa „{M}” saturu ar digitālo prasmju apguvi.",
        "Saskaņot moduļu apjomu stundās ar kopējo programmas apjomu.",
        "Nepieciešami precizējumi moduļa „{M}” vērtēšanas kritērijos.",
    ),
    "PKE": (
        "Praktiskās daļas uzdevumos precizēt vērtēšanas kritērijus.",
        "Teorētiskās daļas jautājumu skaitu palielināt līdz 60.",
        "Papildināt eksāmena uzdevumus ar darba drošības prasību pārbaudi.",
        "Nepieciešami precizējumi praktiskā uzdevuma „{M}” aprakstā.",
    ),
}

#: Optional suggestions that do not block approval.
SUGGESTIONS = (
    "Ieteicams aktualizēt izmantojamās literatūras sarakstu.",
    "Ieteicams moduļa „{M}” aprakstā minēt mūsdienīgas iekārtas.",
    "Vēlams iekļaut vairāk darba vidē balstītu mācību piemēru.",
)

#: Reviewer comments holding verdict words that must not count.
COMMENTS = (
    "Vai {D} saturs šādā veidā ir atbalstāms? Pārrunāt ar darba grupu.",
    "Sākumā domāju, ka {D} saturs nav atbalstāms, bet pēc labojumiem viss kārtībā.",
    "Piezīme sev: pārbaudīt, vai virzāms saskaņošanai bez precizējumiem.",
)

SECTION_HEADS = {
    "remarks": ("Ieteikumi", "Precizējumi", "Piezīmes un ieteikumi"),
    "conclusion": ("Secinājumi", "Secinājumi un priekšlikumi", "Kopsavilkums"),
}
