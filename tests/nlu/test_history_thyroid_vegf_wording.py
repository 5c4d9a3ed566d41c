"""Wording found by probing: a duration before "h/o", thyroid values, a VEGF value in brackets.

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from nlu.extractor import extract
from conftest import statuses as _statuses


# --- a duration before "h/o" / "history of" is the length of the present illness ------------------

@pytest.mark.parametrize("text, concept", [
    ("Pt with 2-year h/o progressive sensorimotor neuropathy", "polyneuropathy"),
    ("6/12 h/o leg swelling", "peripheral_edema"),
    ("1y h/o ascending paraesthesia, wt loss 8kg, NCS: demyelinating", "distal_numbness_weakness"),
    ("1y h/o ascending paraesthesia, wt loss 8kg, NCS: demyelinating", "weight_loss"),
    ("a 3-month history of weight loss", "weight_loss"),
    ("She reported a two year history of darkening of the skin.", "hyperpigmentation"),
    ("2yrs hx of numbness in both feet", "symmetric_distal_sensory_symptoms"),
    ("18 months' h/o neuropathy", "polyneuropathy"),
    ("3/52 hx of ankle swelling", "peripheral_edema"),
    ("a 6 wk h/o weight loss", "weight_loss"),
])
def test_a_duration_before_history_of_is_the_present_illness(text: str, concept: str) -> None:
    """"2-year h/o", "6/12 h/o", "1y h/o": how long it has lasted, so present, not historical."""
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("h/o DVT 2019", "thrombosis"),
    ("PMH: polyneuropathy, DVT", "polyneuropathy"),
    ("PMH: polyneuropathy, DVT", "thrombosis"),
    ("h/o neuropathy 2 years ago", "polyneuropathy"),
    ("history of leg swelling", "peripheral_edema"),
    ("Smoker, 2y. h/o DVT", "thrombosis"),
])
def test_a_history_without_a_duration_stays_historical(text: str, concept: str) -> None:
    """Look-alikes: no duration right before "h/o": a past history, as before."""
    assert _statuses(text, concept) == ["historical"]


# --- the sample named inside the bracket before the VEGF value ------------------------------------

def _vegf(text: str):
    return [(lab.value, lab.sample.value if lab.sample else None, lab.reference_high)
            for lab in extract(text).evidence.labs if lab.analyte == "vegf"]


@pytest.mark.parametrize("text, expected", [
    ("elevated VEGF (plasma 410 pg/mL, ref < 100)", (410.0, "plasma", 100.0)),
    ("raised VEGF (serum, 1,240 pg/ml; normal < 500)", (1240.0, "serum", 500.0)),
    ("VEGF明显升高（血浆，312 pg/ml，参考值<100）", (312.0, "plasma", 100.0)),
    ("VEGF升高（血清：1850 pg/ml）", (1850.0, "serum", None)),
])
def test_the_sample_opening_the_bracket_is_read_with_the_value(text: str, expected) -> None:
    """"elevated VEGF (plasma 410 pg/mL, ref < 100)": the value, its sample and reference."""
    assert _vegf(text) == [expected]
    assert _statuses(text, "vegf_elevated") == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("VEGF raised at 1450 pg/ml (serum; ULN 500)", [(1450.0, "serum", 500.0)]),
    ("raised serum VEGF (1,240 pg/ml; normal < 500)", [(1240.0, "serum", 500.0)]),
    ("VEGF (plasma) 96 pg/mL", [(96.0, "plasma", None)]),
    ("VEGF (serum 2 weeks ago) 800", []),
])
def test_other_bracket_shapes_are_read_as_before(text: str, expected) -> None:
    """Look-alikes: the sample after the value, a closed sample bracket, an interval in brackets."""
    assert _vegf(text) == expected


# --- a thyroid hormone flagged in Chinese after a space --------------------------------------------

@pytest.mark.parametrize("text", [
    "甲状腺功能：TSH 8.2 mIU/L，FT4 偏低",
    "FT4 偏低",
    "FT4偏低",
    "ft4 明显降低",
    "TSH 升高",
    "TSH升高",
    "TSH 轻度增高，FT4 正常",
    "TSH 12.4 mIU/L, free T4 8 pmol/L (low)",
])
def test_a_thyroid_hormone_flagged_out_of_range_is_hypothyroidism(text: str) -> None:
    """"FT4 偏低" (a space before the flag, as "FT4偏低"): TSH high or FT4 low is hypothyroidism."""
    assert "present" in _statuses(text, "hypothyroidism")


@pytest.mark.parametrize("text", ["TSH 降低", "FT4 升高", "TSH 正常，FT4 正常", "FT4 正常"])
def test_a_thyroid_hormone_not_flagged_that_way_is_no_hypothyroidism(text: str) -> None:
    """Look-alikes: TSH low, FT4 high or both normal: no hypothyroidism present."""
    assert "present" not in _statuses(text, "hypothyroidism")


# --- a chronic condition in the past history is one the patient has now --------------------------

@pytest.mark.parametrize("text, concept", [
    ("PMH: T2DM", "diabetes"),
    ("PMH: type 2 diabetes, HTN", "diabetes"),
    ("Past medical history: hypothyroidism, diabetes.", "hypothyroidism"),
    ("Past medical history: hypothyroidism, diabetes.", "diabetes"),
    ("h/o hypothyroidism on levothyroxine", "hypothyroidism"),
    ("A 61-year-old woman with a history of type 2 diabetes presented with numb feet.", "diabetes"),
    ("PMH: hypogonadism on testosterone replacement", "hypogonadism"),
    ("既往史：2型糖尿病10年", "diabetes"),
    ("既往甲减3年，口服优甲乐", "hypothyroidism"),
    ("糖尿病史10年，胰岛素治疗", "diabetes"),
    ("既往诊断甲状腺功能减退症", "hypothyroidism"),
])
def test_a_chronic_condition_in_the_history_is_present(text: str, concept: str) -> None:
    """implications.yml chronic_conditions: the history words that list a background do not make
    diabetes or an endocrine axis historical."""
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("PMH: DVT 2019", "thrombosis"),
    ("PMH: T2DM, DVT 2019", "thrombosis"),
    ("h/o ascites 5 years ago", "ascites"),
    ("既往水肿，已消退", "peripheral_edema"),
    ("既往史：下肢深静脉血栓", "thrombosis"),
    ("PMH: gestational diabetes", "diabetes"),
    ("既往妊娠期糖尿病", "diabetes"),
    ("previous hypothyroidism, since resolved", "hypothyroidism"),
    ("曾有血糖升高", "diabetes"),
])
def test_a_past_episode_in_the_history_stays_historical(text: str, concept: str) -> None:
    """Look-alikes: a non-chronic finding, a diabetes of a past pregnancy, a condition the words
    place in the past."""
    assert _statuses(text, concept) == ["historical"]
