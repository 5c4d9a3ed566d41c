"""Consult forms, EMR exports and chat wording found by dev file 38 (zh-582–590, mx-276–279,
en-362–368).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import lab_tuples as _labs, statuses as _statuses


def _not_done(text: str) -> dict:
    return {t.test: t.reason for t in nlu.extract(text).evidence.not_done}


# --- a list of tests answered not done after its last one -------------------------------------------

@pytest.mark.parametrize("text, reason", [
    ("诊断：多浆膜腔积液原因待查。M蛋白、VEGF均未查，已请血液科会诊。", "not_done"),
    ("M蛋白、游离轻链、VEGF均未查。", "not_done"),
    ("M蛋白、VEGF都还没做。", "not_done"),
    ("M蛋白、VEGF尚未检查。", "not_done"),
    ("M蛋白、VEGF均待查。", "not_done"),
    ("M蛋白、VEGF结果均未回。", "pending"),
    ("M protein and VEGF not yet checked.", "not_done"),
    ("M-spike and VEGF pending.", "pending"),
])
def test_m_protein_listed_before_a_test_not_done_is_not_done(text: str, reason: str) -> None:
    """An unknown must not be read present from the test's name."""
    assert _statuses(text, "m_protein") == []
    assert _not_done(text).get("serum_immunofixation") == reason
    assert _not_done(text).get("serum_vegf") == reason


def test_every_test_of_a_list_not_done() -> None:
    assert _not_done("IFE、FLC和VEGF都没查。") == {
        "serum_immunofixation": "not_done", "serum_free_light_chains": "not_done", "serum_vegf": "not_done"}


@pytest.mark.parametrize("text", [
    "M蛋白阳性、VEGF未查。",       # its own result
    "M蛋白阳性，VEGF未查。",       # another clause
    "IgG λ M protein; VEGF not done.",
    "IFE示IgG λ型M蛋白；VEGF、FLC均未查。",
])
def test_m_protein_with_its_own_result_stays_present(text: str) -> None:
    assert "present" in _statuses(text, "m_protein")
    assert _not_done(text).get("serum_vegf") == "not_done"


def test_not_done_lists_look_alikes_unchanged() -> None:
    """A finding that is no test ends the list; a negated list stays negated."""
    assert _statuses("脾大、VEGF均未查。", "splenomegaly") == ["present"]
    assert _statuses("肝脾大、M蛋白均未见。", "m_protein") == ["absent"]
    assert _statuses("M-protein, IFE and VEGF were not done.", "m_protein") == []


# --- an EMR export's row: Value / Ref Range (with the unit) / Flag -----------------------------------

_EXPORT = """RESULTS
  Component                     Value      Ref Range          Flag
  Hemoglobin                    14.2       13.2 - 17.1 g/dL
  Platelet Count                512        150 - 400 x10E3/uL   H
  Kappa Free Light Chain        2.41       0.33 - 1.94 mg/dL    H
  Lambda Free Light Chain       8.92       0.57 - 2.63 mg/dL    H
  VEGF, Serum                   2,640      62 - 707 pg/mL       H
  Albumin                       2.9        3.5 - 5.0 g/dL       L
"""


@pytest.mark.parametrize("analyte, expected", [
    ("hemoglobin", [(14.2, "g/dL", None)]),
    ("platelets", [(512, "K/uL", None)]),
    ("flc_kappa", [(2.41, "mg/dL", None)]),
    ("flc_lambda", [(8.92, "mg/dL", None)]),
    ("vegf", [(2640, "pg/mL", "serum")]),
    ("albumin", [(2.9, "g/dL", None)]),
])
def test_unit_in_the_range_column_before_a_flag(analyte: str, expected: list) -> None:
    assert _labs(_EXPORT, analyte) == expected


@pytest.mark.parametrize("text, expected", [
    ("PLT 612 125-350 10^9/L H", [(612, "10^9/L", None)]),
    ("HGB 96 115-150 g/L L", [(96, "g/L", None)]),
    ("Platelet count  498  150-400 x10^9/L  H", [(498, "10^9/L", None)]),
])
def test_flat_rows_with_a_trailing_flag(text: str, expected: list) -> None:
    assert _labs(text, "platelets" if "PL" in text.upper() else "hemoglobin") == expected


def test_flat_row_look_alikes_unchanged() -> None:
    """A range in running text is no table column: the words after the unit keep it unread."""
    assert _labs("PLT 450 150-400 x10^9/L high today, repeat next week", "platelets") == [(450, None, None)]
    assert _labs("Platelets 512 150-400 K/uL H (repeat pending)", "platelets") == [(512, None, None)]


# --- "Kappa free LC": the light chain shortened to LC ---------------------------------------------------

@pytest.mark.parametrize("text, analyte, expected", [
    ("Kappa free LC        18.4     mg/L         3.3-19.4", "flc_kappa", [(18.4, "mg/L", None)]),
    ("Lambda free LC       15.1     mg/L         5.7-26.3", "flc_lambda", [(15.1, "mg/L", None)]),
    ("Kappa Free LC 2.1 mg/dL, Lambda Free LC 6.3 mg/dL", "flc_lambda", [(6.3, "mg/dL", None)]),
    ("free kappa LC 24 mg/L", "flc_kappa", [(24, "mg/L", None)]),
    ("Free LC ratio 0.33", "flc_ratio", [(0.33, None, None)]),
])
def test_free_lc_is_a_free_light_chain(text: str, analyte: str, expected: list) -> None:
    assert _labs(text, analyte) == expected


def test_lc_look_alikes_unchanged() -> None:
    """A urine light chain is not the serum free light chain; a lambda isotype is no FLC value."""
    assert _labs("kappa LC (urine) 12 mg/L", "flc_kappa") == []
    assert _labs("IgG lambda M-spike 0.4 g/dL", "flc_lambda") == []


# --- a unit in the bracket after the value, named or followed by the reference ---------------------------

@pytest.mark.parametrize("text, analyte, expected", [
    ("vegf 2386（单位pg/ml，化验单上正常值是0-142）", "vegf", [(2386, "pg/mL", None)]),
    ("VEGF 2386（单位：pg/ml）", "vegf", [(2386, "pg/mL", None)]),
    ("VEGF 2386 (unit: pg/mL)", "vegf", [(2386, "pg/mL", None)]),
    ("VEGF 2386（pg/ml，参考值0-142）", "vegf", [(2386, "pg/mL", None)]),
    ("VEGF 2386 (pg/mL, ref < 500)", "vegf", [(2386, "pg/mL", None)]),
    ("血小板 520（单位是10^9/L）", "platelets", [(520, "10^9/L", None)]),
    ("Hb 96（g/L；外院）", "hemoglobin", [(96, "g/L", None)]),
])
def test_unit_in_the_bracket_after_the_value(text: str, analyte: str, expected: list) -> None:
    assert _labs(text, analyte) == expected


def test_bracket_without_a_unit_unchanged() -> None:
    """A bracket that names no unit leaves the value without one (never guessed)."""
    assert _labs("VEGF 2386（单位不详）", "vegf") == [(2386, None, None)]
    assert _labs("PLT 420 (units unknown)", "platelets") == [(420, None, None)]


# --- patients' and relatives' words in a chat ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "CT说骨头没事。",
    "骨头CT没问题。",
    "片子说骨头正常。",
])
def test_lay_words_for_a_normal_bone_study(text: str) -> None:
    assert _statuses(text, "sclerotic_bone_lesion") == ["absent"]


def test_lay_words_for_a_normal_bone_scan_leave_it_unknown() -> None:
    """A bone scan misses most sclerotic lesions (表1 names CT, MRI or PET/CT): it clears nothing."""
    assert _statuses("骨扫描说骨头没毛病。", "sclerotic_bone_lesion") == []


@pytest.mark.parametrize("text, concept", [
    ("眼底没问题。", "papilledema"),
    ("甲功也没事。", "hypothyroidism"),
    ("血常规没问题", "thrombocytosis"),
])
def test_lay_words_for_a_normal_result(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text", ["B超说肚子里有点水。", "肚子里有水，腿也肿。", "肚子积水。"])
def test_lay_words_for_ascites(text: str) -> None:
    assert _statuses(text, "ascites") == ["present"]


def test_lay_words_look_alikes_unchanged() -> None:
    """'没事' said of something else keeps the findings after it; bone pain is no bone study;
    '肚子里没有水' is not read as ascites."""
    assert _statuses("医生说没事，腿还是肿。", "peripheral_edema") == ["present"]
    assert _statuses("走路没问题，双下肢水肿。", "peripheral_edema") == ["present"]
    assert _statuses("骨头疼得厉害。", "sclerotic_bone_lesion") == []
    assert _statuses("肚子里没有水。", "ascites") == []
