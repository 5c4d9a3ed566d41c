"""A cut-off the note states is not a value of the patient: "以PLT>450为界" (taking PLT > 450 as the cut-off), "a
cut-off of platelets > 450", "thrombocytosis was defined as PLT > 450 ×10^9/L" read no thrombocytosis and no
platelet value (implications.yml threshold_clause, labs.yml threshold_before). The patient's own count or finding
beside it stays. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import lab_tuples, statuses


@pytest.mark.parametrize("text", [
    "以PLT>450为界",
    "以PLT>450为界。",
    "以血小板>450×10^9/L为界",
    "以PLT>450×10^9/L作为诊断标准",
    "血小板增多定义为PLT>450×10^9/L。",
    "a cut-off of platelets > 450",
    "We used a cut-off of platelets > 450 ×10^9/L.",
    "defined as PLT > 450 ×10^9/L",
    "Thrombocytosis was defined as PLT > 450 ×10^9/L.",
    "In this series thrombocytosis was defined as a platelet count above 450 ×10^9/L.",
])
def test_a_cutoff_is_no_finding_and_no_value(text):
    assert "present" not in statuses(text, "thrombocytosis")
    assert lab_tuples(text, "platelets") == []


@pytest.mark.parametrize("text, value", [
    ("以PLT>450为界，本例PLT 620×10^9/L。", 620.0),
    ("We used a cut-off of platelets > 450 ×10^9/L; his platelets were 610 ×10^9/L.", 610.0),
    ("PLT 610×10^9/L（界值为450）", 610.0),
])
def test_the_patients_count_beside_a_cutoff_stays(text, value):
    assert [v for v, *_ in lab_tuples(text, "platelets")] == [value]


@pytest.mark.parametrize("text", [
    "Thrombocytosis (defined as PLT > 450) was present.",
    "以血小板>450×10^9/L为界，本例血小板升高",
    "血小板增多（以PLT>450为界）。",
    "Platelets > 450 on two occasions.",
])
def test_the_patients_finding_beside_a_cutoff_stays(text):
    assert "present" in statuses(text, "thrombocytosis")
