"""Phrasing of EHR notes, pathology and lab reports, and messages that the corpus's later files showed.

* "ROS: Denies fevers, weight loss, rash, skin darkening, leg swelling, vision changes, erectile dysfunction": a
  review of systems denies a longer list than "no" reaches.
* "the CD38+CD138+ plasma cells were restricted to the λ light chain": light-chain restriction said with a verb.
* "M-proteinemia of IgG-κ type (0.4 g/dL)", "VEGF (serum) resulted 02/14: 4,120 pg/mL", "血清VEGF报告单，2960 pg/ml",
  "VEGF 送的第三方：3.86 ng/ml": words between a test and its value.
* "SPEP/IFE — 冇 band": a band denied is no positive immunofixation.
* "肝脾未腫大", "脾脏未增大": not enlarged, written with 未; "皮膚冇咩特別": nothing special about the skin.
"""
from __future__ import annotations

import pytest

import nlu
from conftest import criterion, status_by_concept, first_lab


def test_review_of_systems_denies_a_long_list() -> None:
    text = "ROS: Denies fevers, weight loss, rash, skin darkening, leg swelling, vision changes, erectile dysfunction."
    statuses = status_by_concept(text)
    assert statuses["erectile_dysfunction"] == statuses["hyperpigmentation"] == "absent"
    assert status_by_concept("He denies numbness but has leg swelling.")["peripheral_edema"] == "present"


def test_restriction_said_with_a_verb() -> None:
    text = ("Serum immunofixation was negative. Flow cytometry revealed that the CD38+CD138+ plasma cells were "
            "restricted to the λ light chain.")
    assert criterion(nlu.extract(text), "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text, analyte, value, unit", [
    ("Serum IFE: M-proteinemia of IgG-κ type (0.4 g/dL).", "m_protein", 0.4, "g/dL"),
    ("VEGF (serum) resulted 02/14: 4,120 pg/mL (ref 31-860)", "vegf", 4120, "pg/mL"),
    ("图片：外送的血清VEGF报告单，2960 pg/ml，参考范围 0~600", "vegf", 2960, "pg/mL"),
    ("VEGF 送的第三方：3.86 ng/ml（参考 <0.6），serum。", "vegf", 3.86, "ng/mL"),
])
def test_words_between_a_test_and_its_value(text: str, analyte: str, value: float, unit: str) -> None:
    lab = first_lab(text, analyte)
    assert (lab.value, lab.unit) == (value, unit)


def test_denied_band_is_no_positive_immunofixation() -> None:
    extraction = nlu.extract("我哋 baseline 有做 SPEP/IFE — 冇 band；FLC ratio 1.32。")
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") != "present"
    assert criterion(nlu.extract("IFE: band seen."), "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text, concept", [("肝脾未腫大，頸、腋、鼠蹊無淋巴結腫大。", "hepatosplenomegaly"),
                                           ("脾脏未增大。", "splenomegaly"), ("皮膚冇咩特別。", "skin_changes")])
def test_not_enlarged_and_nothing_special(text: str, concept: str) -> None:
    assert status_by_concept(text)[concept] == "absent"


def test_earlier_and_this_visits_values_after_a_time_word() -> None:
    labs = nlu.extract("- 血清VEGF：上次（2026-06-08）2860 pg/ml，本次 980 pg/ml（参考0-600）。").evidence.labs
    assert [lab.value for lab in labs if lab.analyte == "vegf"] == [2860, 980]


def test_diagnosis_with_isotype_and_lesion_in_one_bracket_is_the_past() -> None:
    text = ("POEMS syndrome（IgG λ，右髂骨硬化性病灶）2023/05 診斷。今日：Serum IFE 陰性，urine IFE 陰性；"
            "血清游離輕鏈 κ/λ ratio 1.14。")
    assert criterion(nlu.extract(text), "monoclonal_plasma_cell_disorder") == "absent"


@pytest.mark.parametrize("text", ["CT: enlarged 1.6 cm R inguinal node; biopsy reactive hyperplasia.",
                                  "PET: a 2-cm left axillary lymph node."])
def test_node_given_its_size_side_and_site(text: str) -> None:
    assert criterion(nlu.extract(text), "organomegaly") == "present"


def test_baseline_value_in_its_own_clause_after_the_current_one() -> None:
    labs = nlu.extract("Ix: serum VEGF 860 pg/mL (ref <600); baseline 4,200 pg/mL (serum).").evidence.labs
    assert [lab.value for lab in labs if lab.analyte == "vegf"] == [4200, 860]
    later = nlu.extract("VEGF 3,900 pg/mL at diagnosis and is 640 pg/mL today").evidence.labs
    assert [lab.value for lab in later if lab.analyte == "vegf"] == [3900, 640]
