"""A Chinese negation that closes its clause before ", ", and a slash between two Latin words.

* "liver 肋下未及, spleen 肋下2指": 未及 after the liver closes its clause; the comma and space before the
  English word had let it reach forward onto the spleen too (context_zh.yml, the BACKWARD rule before
  the BIDIRECTIONAL 无 / 未见 / 未及 rule).
* "PLT/Hb 正常": the slash joins two abbreviations that the word after them is said of, as "PLT/Hb normal"
  in an English note (``not_between_latin``); between Chinese words ("水肿/腹水") and in a unit after a
  number ("VEGF 680 pg/ml（正常 <600）") it still breaks the reach.
"""
from __future__ import annotations

import pytest

import nlu
from conftest import criterion, status_by_concept


@pytest.mark.parametrize("text, negated, present", [
    ("liver 肋下未及, spleen 肋下2指", "hepatomegaly", "splenomegaly"),
    ("肝脏未及, 脾肋下3cm", "hepatomegaly", "splenomegaly"),
    ("LN 未触及, HSM 3 cm below the costal margin", "lymphadenopathy", "hepatosplenomegaly"),
])
def test_negation_closing_its_clause_stops_at_the_comma(text: str, negated: str, present: str) -> None:
    statuses = status_by_concept(text)
    assert statuses[negated] == "absent"
    assert statuses[present] == "present"
    assert criterion(nlu.extract(text), "organomegaly") == "present"


def test_negation_opening_an_english_list_still_reaches_it() -> None:
    statuses = status_by_concept("无水肿, ascites or effusions.")
    assert statuses["peripheral_edema"] == statuses["ascites"] == statuses["serous_effusions"] == "absent"


@pytest.mark.parametrize("text", ["PLT/Hb 正常。", "Plt/Hb 均正常，无水肿。"])
def test_latin_pair_before_a_shared_result(text: str) -> None:
    statuses = status_by_concept(text)
    assert statuses["thrombocytosis"] == "absent"
    assert statuses["polycythemia"] == "absent"
    assert criterion(nlu.extract(text), "thrombocytosis_polycythemia") == "absent"


def test_slash_between_chinese_words_still_breaks() -> None:
    statuses = status_by_concept("水肿/腹水(-)")
    assert statuses["ascites"] == "absent"
    assert statuses["peripheral_edema"] == "present"


def test_unit_slash_keeps_a_reference_bracket_off_the_test() -> None:
    concepts = {f.concept for f in nlu.extract("血清VEGF 680 pg/ml（正常 <600）。").evidence.findings}
    assert "vegf_elevated" not in concepts
