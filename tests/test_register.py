"""Register matching in any inflection, spelling and quoting."""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULT_REGISTER
from pipeline.register import Qualification, Register, load_register, stem_key


@pytest.mark.parametrize("written", ["mēbeļu galdnieks", "Mēbeļu galdnieka", "MĒBEĻU GALDNIEKAM",
                                     "mebelu galdnieks", "„Mēbeļu galdnieks”", "«mēbeļu galdnieku»"])
def test_lookup_any_form(register, written):
    assert register.lookup(written).name == "mēbeļu galdnieks"


def test_lookup_alias(register):
    assert register.lookup("VGK sistēmu tehniķis").name == "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"


def test_unknown_name(register):
    assert register.lookup("metinātājs") is None


def test_find_all_prefers_the_longest_name(register):
    found = register.find_all("Atzinums par datorizētu kokapstrādes iekārtu operatora MIP")
    assert [q.name for _, q in found] == ["datorizētu kokapstrādes iekārtu operators"]


def test_find_all_in_order(register):
    found = register.find_all("elektromontieris un elektrotehniķis")
    assert [q.name for _, q in found] == ["elektromontieris", "elektrotehniķis"]


def test_new_names_need_no_code():
    reg = Register([Qualification("metinātājs", "Mašīnbūve un metālapstrāde", "3")])
    assert reg.lookup("Metinātāja").name == "metinātājs"


def test_stem_key_strips_case_endings():
    assert stem_key("galdnieks") == stem_key("galdniekam") == stem_key("galdnieka")


def test_an_abbreviation_in_brackets_inside_the_name(register):
    from pipeline.nlp.qualifications import resolve

    q = resolve("„Datorizētu kokapstrādes iekārtu (CNC) operators”", register)
    assert q is not None and q.in_register and q.name == "datorizētu kokapstrādes iekārtu operators"


@pytest.mark.parametrize(("written", "name"), [("VGK remontatslēdznieks", "ventilācijas un gaisa kondicionēšanas iekārtu "
                                                "remontatslēdznieks"), ("kokapstrādes operators", None)])
def test_a_name_with_words_left_out_when_only_one_fits(register, written, name):
    found = register.lookup(written)
    assert (found.name if found else None) == name


def test_a_group_of_qualifications_is_named_by_the_start_their_names_share():
    reg = load_register(DEFAULT_REGISTER)
    vgk = {"ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks",
           "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"}
    assert {q.name for q in reg.families("abu ventilācijas un gaisa kondicionēšanas kvalifikāciju eksāmeni")} == vgk
    assert {q.name for q in reg.families("Par VGK kvalifikāciju eksāmenu saturu")} == vgk
    assert reg.families("šīm kvalifikācijām eksāmena saturs netika iesniegts") == ()
    assert reg.families("būvniecības nozares kvalifikācijas") == ()
