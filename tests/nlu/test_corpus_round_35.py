"""Case-report wording found by dev file 35 (zh-550–559, en-344–349, mx-266–269).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from conftest import statuses as _statuses, lab_tuples as _labs


# --- the anticoagulant written before "plasma" in the sample bracket ------------------------------

@pytest.mark.parametrize("text", [
    "VEGF (EDTA plasma) 268 pg/mL.",
    "VEGF (EDTA-plasma) 268 pg/mL",
    "VEGF (K2 EDTA plasma) 268 pg/mL",
    "VEGF (heparin plasma): 268 pg/mL",
    "血管内皮生长因子（EDTA抗凝血浆）268 pg/ml",
    "VEGF (plasma, EDTA) 268 pg/mL",
])
def test_an_anticoagulated_plasma_bracket_names_the_sample(text: str) -> None:
    """`VEGF (EDTA plasma) 268 pg/mL`: plasma VEGF of 268, read with its sample."""
    assert _labs(text, "vegf") == [(268.0, "pg/mL", "plasma")]


@pytest.mark.parametrize("text", ["VEGF (serum) 1,480 pg/mL", "VEGF (EDTA) 268 pg/mL"])
def test_other_sample_brackets_are_unchanged(text: str) -> None:
    """Look-alikes: a serum bracket keeps serum; a bare `(EDTA)` still names no sample."""
    labs = _labs(text, "vegf")
    assert len(labs) == 1
    assert labs[0][2] == ("serum" if "serum" in text else None)


# --- a value in a bracket after "normal" / "abnormal" is the result -------------------------------

@pytest.mark.parametrize("text, value", [
    ("Serum and urine immunofixation were negative and the serum free light chain ratio was normal (1.12).", 1.12),
    ("FLC ratio within normal limits (0.98).", 0.98),
    ("FLC ratio was abnormal (0.12).", 0.12),
    ("游离轻链比值正常（1.05）。", 1.05),
])
def test_a_value_in_brackets_after_normal_is_read(text: str, value: float) -> None:
    assert [v for v, _, _ in _labs(text, "flc_ratio")] == [value]


def test_a_vegf_called_normal_with_its_value_is_read() -> None:
    assert [(v, u) for v, u, _ in _labs("VEGF was normal (412 pg/mL).", "vegf")] == [(412.0, "pg/mL")]


@pytest.mark.parametrize("text", [
    "FLC ratio normal (0.26-1.65).",
    "κ/λ ratio normal (ref 0.26–1.65).",
    "FLC ratio within normal limits (reference 0.26-1.65).",
])
def test_a_reference_range_in_brackets_after_normal_is_no_value(text: str) -> None:
    """Look-alikes: a bracket holding a range or a reference is not the result."""
    assert _labs(text, "flc_ratio") == []


# --- a test negated from before but given its own normal result after is a normal test ----------

@pytest.mark.parametrize("text", [
    "He had no sensory or motor symptoms, and nerve conduction studies were normal.",
    "He had no motor symptoms, and nerve conduction studies were normal.",
    "No fever, and NCS normal.",
    "No numbness; NCS normal.",
])
def test_a_normal_study_after_a_negated_clause_clears_the_neuropathy(text: str) -> None:
    assert _statuses(text, "polyneuropathy") == ["absent"]


@pytest.mark.parametrize("text", ["No NCS done.", "No NCS or EMG performed.", "No nerve conduction studies yet."])
def test_a_negated_test_without_a_result_is_still_not_done(text: str) -> None:
    """Look-alikes: "no NCS" is a test not done, not a normal one."""
    assert _statuses(text, "polyneuropathy") == []


def test_a_normal_study_with_numb_feet_clears_nothing() -> None:
    """Look-alike: a normal NCS does not outweigh neuropathic symptoms reported present."""
    assert "absent" not in _statuses("Numb feet but nerve conduction studies were normal.", "polyneuropathy")


# --- diagnoses weighed in a discussion are not findings of the patient ---------------------------

@pytest.mark.parametrize("text, concept", [
    ("We discuss the distinction of typical CIDP from POEMS syndrome and other paraproteinaemic neuropathies.", "m_protein"),
    ("The differential diagnosis includes AL amyloidosis, myeloma and Castleman disease.", "castleman_disease"),
    ("The differential included a paraproteinaemic neuropathy.", "m_protein"),
    ("This raises the distinction between CIDP and a paraproteinaemic neuropathy.", "m_protein"),
])
def test_a_discussed_differential_is_not_present(text: str, concept: str) -> None:
    assert "present" not in _statuses(text, concept)


@pytest.mark.parametrize("text, concept", [
    ("Serum IFE showed an IgA lambda paraprotein. We report this case of POEMS syndrome.", "m_protein"),
    ("Distinguishing it from CIDP matters: she has an IgA lambda paraprotein and sclerotic lesions.", "m_protein"),
    ("Lymph node biopsy showed Castleman disease; the differential diagnosis is discussed below.", "castleman_disease"),
])
def test_the_patients_own_findings_beside_a_discussion_stay_present(text: str, concept: str) -> None:
    """Look-alikes: the patient's results stated outside the discussion's clause."""
    assert "present" in _statuses(text, concept)
