"""Wording of GP and registrar letters: adverbs inside a finding, nodes by size, routine items in a normal list.

"Legs still swollen", "legs remain swollen" (oedema); "R inguinal LN ~2 cm", "R inguinal LN palpable"
(lymphadenopathy; "no palpable LN" stays denied); "skin entirely normal" (skin changes absent); "TFTs,
glucose, HbA1c, prolactin, PTH and calcium all normal": routine analytes between and after the hormones
(glucose, HbA1c, calcium) keep the list one list, so each axis named is normal.
"""
from __future__ import annotations

import pytest

from conftest import statuses


@pytest.mark.parametrize("text, concept, expected", [
    ("Legs still swollen, he is keeping them up.", "peripheral_edema", ["present"]),
    ("Her legs remain swollen.", "peripheral_edema", ["present"]),
    ("R inguinal LN ~2 cm, firm.", "lymphadenopathy", ["present"]),
    ("R inguinal LN palpable.", "lymphadenopathy", ["present"]),
    ("no palpable LN.", "lymphadenopathy", ["absent"]),
    ("skin entirely normal.", "skin_changes", ["absent"]),
    ("The skin was completely unremarkable.", "skin_changes", ["absent"]),
])
def test_letter_wording(text: str, concept: str, expected: list) -> None:
    assert statuses(text, concept) == expected


@pytest.mark.parametrize("concept", ["hypothyroidism", "hyperprolactinemia", "hyperparathyroidism"])
def test_routine_analytes_keep_the_normal_list_whole(concept: str) -> None:
    text = "TFTs, glucose, HbA1c, prolactin, PTH and calcium all normal."
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept, expected", [
    ("TFTs, prolactin and calcium all normal.", "hypothyroidism", ["absent"]),
    ("PTH raised, calcium normal.", "hyperparathyroidism", ["present"]),
    ("TSH 8.1, glucose and prolactin normal.", "hypothyroidism", ["present"]),
])
def test_a_member_with_its_own_result_keeps_it(text: str, concept: str, expected: list) -> None:
    assert statuses(text, concept) == expected


def test_a_tick_before_a_value_passes_to_it() -> None:
    """"VEGF ✓ (1,640, ULN 500)" in an MDT criteria list: the value after the tick is read."""
    from conftest import lab_tuples

    assert lab_tuples("VEGF ✓ (1,640, ULN 500).", "vegf") == [(1640.0, None, None)]
    assert lab_tuples("VEGF ✓ 1640 pg/mL", "vegf") == [(1640.0, "pg/mL", None)]


@pytest.mark.parametrize("text", ["κ:λ 0.19", "kappa:lambda 0.19", "K:L ratio 0.19"])
def test_a_ratio_written_with_a_colon_is_the_flc_ratio(text: str) -> None:
    from conftest import lab_tuples

    assert lab_tuples(text, "flc_ratio") == [(0.19, None, None)]


def test_an_immunohistochemistry_ratio_stays_its_own() -> None:
    from conftest import lab_tuples

    assert lab_tuples("plasma cells on IHC with κ:λ 1:6", "flc_ratio") == []


@pytest.mark.parametrize("text, concept", [
    ("darkening of palmar creases and gums", "hyperpigmentation"),
    ("His legs are also really swollen in the evenings.", "peripheral_edema"),
])
def test_relatives_and_examiners_words(text: str, concept: str) -> None:
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, analyte, expected", [
    ("| 游离κ轻链 | 86.4 ↑ | mg/L |", "flc_kappa", [(86.4, "mg/L", None)]),
    ("| VEGF（血浆） | 286 ↑ | pg/ml | 9-86 |", "vegf", [(286.0, "pg/mL", "plasma")]),
    ("| PLT | 512 H | 10^9/L | 125-350 |", "platelets", [(512.0, "10^9/L", None)]),
])
def test_a_flag_in_a_pipe_table_cell_keeps_the_unit_of_the_next(text: str, analyte: str, expected: list) -> None:
    from conftest import lab_tuples

    assert lab_tuples(text, analyte) == expected


def test_skin_gone_darker_is_no_resolution_of_what_came_before() -> None:
    """"His legs are also really swollen … and his skin has gone darker": "has gone" after another subject
    had read the oedema resolved; "gone darker" is the skin's change, and the oedema stays present."""
    text = "His legs are also really swollen in the evenings and his skin has gone darker, especially his hands."
    assert statuses(text, "peripheral_edema") == ["present"]
    assert statuses(text, "hyperpigmentation") == ["present"]
    assert statuses("She still has numbness and the oedema has gone.", "peripheral_edema") == ["historical"]


@pytest.mark.parametrize("text, sample", [
    ("VEGF 1568 pg/ml （参考值 0-600）  标本：血清", "serum"),
    ("VEGF 1568 pg/ml  specimen: plasma", "plasma"),
    ("VEGF 1568 pg/ml, sample: serum IFE negative", None),
])
def test_a_specimen_field_after_the_row_names_its_sample(text: str, sample) -> None:
    from conftest import lab_tuples

    assert [s for _, _, s in lab_tuples(text, "vegf")] == [sample]
