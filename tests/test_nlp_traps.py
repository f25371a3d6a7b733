"""Every trap of the domain brief, one small test each, on single sentences."""

from __future__ import annotations


def verdicts(nlp, text):
    doc = nlp(text)
    return [(v.label_, v._.documents) for v in doc.spans["verdicts"]]


def only(nlp, text):
    found = verdicts(nlp, text)
    assert len(found) == 1, found
    return found[0][0]


# --- the canonical wordings ---------------------------------------------------

def test_canonical_supported(nlp):
    assert only(nlp, "Saturs ir atbalstāms un virzāms saskaņošanai.") == "supported"


def test_canonical_needs_corrections(nlp):
    assert only(nlp, "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.") == "needs_corrections"


def test_canonical_not_supported(nlp):
    assert only(nlp, "Saturs nav atbalstāms.") == "not_supported"


# --- inflection and person ----------------------------------------------------

def test_feminine_participle(nlp):
    assert only(nlp, "MIP dokumentācija ir atbalstāma un virzāma saskaņošanai.") == "supported"


def test_past_participle_is_a_current_verdict(nlp):
    assert only(nlp, "MIP saturs ir atbalstīts un virzāms saskaņošanai.") == "supported"


def test_first_person_support(nlp):
    assert only(nlp, "MIP saturu atbalstu un iesaku virzīt saskaņošanai.") == "supported"


def test_first_person_refusal(nlp):
    assert only(nlp, "PKE saturu neatbalstu.") == "not_supported"


def test_cannot_support(nlp):
    assert only(nlp, "PKE saturu nevaru atbalstīt, jo tas neatbilst standartam.") == "not_supported"


def test_recommend_forwarding(nlp):
    assert only(nlp, "Iesaku PKE saturu virzīt saskaņošanai.") == "supported"


# --- negation -----------------------------------------------------------------

def test_ne_prefix_written_together(nlp):
    assert only(nlp, "Saturs ir neatbalstāms.") == "not_supported"


def test_netiek_atbalstits(nlp):
    assert only(nlp, "MIP saturs netiek atbalstīts.") == "not_supported"


def test_nav_with_words_between(nlp):
    assert only(nlp, "PKE saturs nav pilnībā atbalstāms.") == "not_supported"


def test_nav_iebildumu_is_not_a_negation(nlp):
    assert only(nlp, "Pret MIP saturu nav iebildumu – tas ir atbalstāms un virzāms saskaņošanai.") == "supported"


def test_nav_iebildumu_alone_gives_no_verdict(nlp):
    assert verdicts(nlp, "Nav iebildumu pret moduļu secību un apjomu.") == []


def test_nepieciesami_is_not_a_negation(nlp):
    assert only(nlp, "MIP saturs ir atbalstāms, nepieciešami precizējumi.") == "needs_corrections"


def test_neskatoties_uz_is_not_a_negation(nlp):
    assert only(nlp, "Neskatoties uz apjomu, MIP saturs ir atbalstāms un virzāms saskaņošanai.") == "supported"


def test_terminator_bet(nlp):
    found = verdicts(nlp, "MIP saturs nav atbalstāms, bet PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    assert found == [("not_supported", ("MIP",)), ("supported", ("PKE",))]


# --- conditions ---------------------------------------------------------------

def test_ar_nosacijumu(nlp):
    assert only(nlp, "Saturs ir atbalstāms ar nosacījumu, ka tiek novērstas nepilnības.") == "needs_corrections"


def test_atbalstams_ar_precizejumiem(nlp):
    assert only(nlp, "MIP saturs ir atbalstāms ar precizējumiem.") == "needs_corrections"


def test_pirms_virzisanas_javeic(nlp):
    assert only(nlp, "MIP saturu atbalstu, taču pirms virzīšanas saskaņošanai jāveic labojumi.") == "needs_corrections"


def test_japrecize(nlp):
    assert only(nlp, "Dokumentācija ir atbalstāma, bet jāprecizē vērtēšanas kritēriji.") == "needs_corrections"


def test_bez_precizejumiem_is_supported(nlp):
    assert only(nlp, "Saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem.") == "supported"


def test_precizejumi_nav_nepieciesami(nlp):
    assert only(nlp, "Precizējumi nav nepieciešami, MIP saturs ir atbalstāms.") == "supported"


# --- spelling -----------------------------------------------------------------

def test_without_diacritics(nlp):
    assert only(nlp, "atbalstams, pec precizejumu veiksanas virzams saskanosanai") == "needs_corrections"


def test_without_diacritics_negative(nlp):
    assert only(nlp, "PKE saturs nav atbalstams.") == "not_supported"


def test_upper_case(nlp):
    assert only(nlp, "SATURS NAV ATBALSTĀMS.") == "not_supported"


# --- documents ----------------------------------------------------------------

def test_mip_and_pke_in_one_sentence(nlp):
    assert verdicts(nlp, "MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai.") == [
        ("supported", ("MIP", "PKE"))]


def test_seed_summary_bullet(nlp):
    text = ("motorzāģa operators (MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai; "
            "PKE saturs ir atbalstāms un virzāms saskaņošanai);")
    assert verdicts(nlp, text) == [("needs_corrections", ("MIP",)), ("supported", ("PKE",))]


def test_long_document_names(nlp):
    text = "Modulārās izglītības programmas saturs ir atbalstāms, eksāmena saturs nav atbalstāms."
    assert verdicts(nlp, text) == [("supported", ("MIP",)), ("not_supported", ("PKE",))]


# --- sentences that mention verdict words without giving a verdict -----------

def test_purpose_is_not_a_verdict(nlp):
    assert verdicts(nlp, "Ekspertīzes mērķis ir izvērtēt, vai MIP saturs ir atbalstāms un virzāms saskaņošanai.") == []


def test_instructions_listing_options_are_not_a_verdict(nlp):
    text = "Atzīmē atbilstošo: atbalstāms un virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms."
    assert verdicts(nlp, text) == []


def test_instructions_one_of(nlp):
    text = ("Eksperts norāda vienu no vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai” vai "
            "„saturs nav atbalstāms”.")
    assert verdicts(nlp, text) == []


def test_history_is_not_a_verdict(nlp):
    assert verdicts(nlp, "Iepriekšējā redakcijā MIP saturs netika atbalstīts.") == []


def test_history_with_past_auxiliary(nlp):
    assert verdicts(nlp, "Iepriekšējā ekspertīzē PKE saturs bija atbalstāms tikai pēc precizējumu veikšanas.") == []


def test_history_then_current_verdict(nlp):
    text = "Iepriekšējā redakcijā MIP saturs netika atbalstīts, tagad tas ir atbalstāms un virzāms saskaņošanai."
    assert verdicts(nlp, text) == [("supported", ("MIP",))]


def test_gerund_of_assess_is_not_purpose(nlp):
    assert only(nlp, "Izvērtējot MIP saturu, secinu, ka tas ir atbalstāms un virzāms saskaņošanai.") == "supported"


# --- corrections already made (a review redone after the school's corrections) --

def test_corrections_already_made_are_not_a_condition(nlp):
    assert only(nlp, "Precizējumi ir veikti, MIP saturs ir atbalstāms un virzāms saskaņošanai.") == "supported"


def test_made_corrections_before_the_noun(nlp):
    text = "Ņemot vērā veiktos precizējumus, MIP saturs ir atbalstāms un virzāms saskaņošanai."
    assert only(nlp, text) == "supported"


def test_future_corrections_are_a_condition(nlp):
    assert only(nlp, "MIP saturs ir atbalstāms pēc tam, kad tiks veikti precizējumi.") == "needs_corrections"


def test_if_clause_is_a_condition(nlp):
    assert only(nlp, "Saturs ir atbalstāms, ja tiek ņemti vērā ieteikumi.") == "needs_corrections"
