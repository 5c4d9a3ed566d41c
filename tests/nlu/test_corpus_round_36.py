"""Published and hospital wording found by dev file 36 (zh-560–570, en-350–355, mx-270–272).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

from typing import List

import pytest

from conftest import statuses as _statuses, lab_tuples as _labs


# --- "her optic discs are clear": a normal disc ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Her skin is unremarkable and her optic discs are clear.",
    "Fundi: discs clear bilaterally.",
    "Optic discs were clear on fundoscopy.",
    "Clear optic discs, no haemorrhages or exudates.",
    "On fundoscopy the discs looked clear.",
])
def test_clear_discs_are_a_normal_fundus(text: str) -> None:
    assert _statuses(text, "papilledema") == ["absent"]


def test_other_disc_descriptions_are_unchanged() -> None:
    """Look-alikes: flat discs stay normal, swollen discs stay present, margins `not clear` are no normal disc."""
    assert _statuses("Optic discs flat with sharp margins.", "papilledema") == ["absent"]
    assert "present" in _statuses("Bilateral papilloedema; the optic discs were swollen.", "papilledema")
    assert "absent" not in _statuses("The disc margins are not clear.", "papilledema")


# --- 已请眼科会诊除外视乳头水肿: a consult asked for to rule it out leaves the finding in doubt ------------

@pytest.mark.parametrize("text, concept", [
    ("眼底：视乳头边界欠清，已请眼科会诊除外视乳头水肿。", "papilledema"),
    ("请眼科会诊除外视乳头水肿。", "papilledema"),
    ("请眼科会诊以排除视乳头水肿。", "papilledema"),
    ("待复查排除少量心包积液。", "pericardial_effusion"),
    ("拟行骨髓活检除外浆细胞瘤。", "plasmacytoma"),
])
def test_a_consult_asked_to_rule_out_leaves_doubt(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["uncertain"]


@pytest.mark.parametrize("text", [
    "经眼科会诊除外视乳头水肿。",
    "眼科会诊：已除外视乳头水肿。",
    "眼科会诊后除外视乳头水肿。",
    "除外视乳头水肿。",
    "无视乳头水肿。",
])
def test_a_finding_ruled_out_stays_negated(text: str) -> None:
    """Look-alikes: ruled out by the consult (经…会诊除外, 会诊：已除外) or plainly excluded."""
    assert _statuses(text, "papilledema") == ["absent"]


# --- a value in a bracket after "normal" that opens with its sample -------------------------------

@pytest.mark.parametrize("text, value, sample", [
    ("VEGF within normal limits (plasma 52 pg/mL).", 52.0, "plasma"),
    ("VEGF normal (plasma 52 pg/mL).", 52.0, "plasma"),
    ("VEGF 正常（血清 380 pg/mL）。", 380.0, "serum"),
    ("VEGF 正常（血浆：48 pg/mL）", 48.0, "plasma"),
])
def test_a_normal_vegf_with_its_sample_in_the_bracket_is_read(text: str, value: float, sample: str) -> None:
    assert _labs(text, "vegf") == [(value, "pg/mL", sample)]


@pytest.mark.parametrize("text, expected", [
    ("VEGF normal (52 pg/mL).", [(52.0, "pg/mL", None)]),
    # the reference after the value is the value's (the value is read since dev file 37, en-357)
    ("Serum VEGF within normal limits (serum 410 pg/mL, ref <700).", [(410.0, "pg/mL", "serum")]),
    ("Serum VEGF within normal limits (ref <700 pg/mL).", []),
    ("Platelets normal (plasma 4 weeks ago).", []),
])
def test_other_normal_brackets_are_unchanged(text: str, expected) -> None:
    """Look-alikes: a bare value still read without a sample; a bracket that opens with a reference, or has no number, not read."""
    analyte = "platelets" if text.startswith("Platelets") else "vegf"
    assert _labs(text, analyte) == expected


# --- a finding stated again after a contrary statement is kept again (the latest statement wins) --

def _last(text: str, concept: str) -> str:
    """The status of the latest finding of ``concept``, the one the engine reads."""
    return _statuses(text, concept)[-1]


@pytest.mark.parametrize("text, concept", [
    ("单中心型Castleman病1例报告\n患者女，33岁。查体：浅表淋巴结未触及。胸部CT：前纵隔肿块。病理：透明血管型Castleman病。",
     "lymphadenopathy"),
    ("CT showed hepatomegaly. On examination the liver was not palpable. Ultrasound: hepatomegaly, liver span 18 cm.",
     "hepatomegaly"),
    ("双下肢水肿1月。入院查体：双下肢无水肿。复查：双下肢凹陷性水肿。", "peripheral_edema"),
])
def test_a_finding_restated_after_a_contrary_one_is_the_latest(text: str, concept: str) -> None:
    assert _last(text, concept) == "present"


@pytest.mark.parametrize("text, concept, expected", [
    ("CT showed hepatomegaly. On examination the liver was not palpable.", "hepatomegaly", ["present", "absent"]),
    ("Splenomegaly on CT; splenomegaly confirmed on ultrasound.", "splenomegaly", ["present"]),
    ("双下肢水肿。双下肢无水肿。", "peripheral_edema", ["present", "absent"]),
])
def test_statements_not_contradicted_are_kept_once(text: str, concept: str, expected: List[str]) -> None:
    """Look-alikes: a contrary statement that is not followed by another stays the latest; a
    statement repeated without a contrary one in between is read once."""
    assert _statuses(text, concept) == expected
