"""A cut-off named after its number ("PLT > 450 was used as the cut-off", "a platelet count above 450 x10^9/L was
taken as the threshold for thrombocytosis") is no platelet value and no thrombocytosis of the patient
(implications.yml threshold_clause cut_after, labs.yml threshold_after), as "defined as PLT > 450" is not
(tests/nlu/test_cutoff_statements.py). The patient's own value beside it stays. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import lab_tuples, statuses


@pytest.mark.parametrize("text", [
    "PLT > 450 was used as the cut-off.",
    "PLT >450 x10^9/L was used as the cutoff.",
    "A platelet count above 450 x10^9/L was taken as the threshold for thrombocytosis.",
    "A platelet count above 450 × 10^9/L was taken as the threshold.",
    "Platelets > 450 x10^9/L served as the cut-off.",
    "Platelets greater than 450 x10^9/L were taken as the threshold for thrombocytosis.",
    "Thrombocytosis: PLT > 450 was used as the threshold.",
    "In our laboratory a platelet count over 450 has been adopted as the diagnostic cut-off.",
])
def test_a_cutoff_named_after_its_number_is_no_value(ex, text):
    extraction = ex(text)
    assert "present" not in [f.status.value for f in extraction.evidence.findings if f.concept == "thrombocytosis"]
    assert [lab for lab in extraction.evidence.labs if lab.analyte == "platelets"] == []
    assert not [w for w in extraction.warnings if getattr(w, "analyte", None) == "platelets"]


@pytest.mark.parametrize("text", [
    "Hb > 165 g/L was taken as the cut-off for polycythaemia.",
    "Haemoglobin above 16.5 g/dL was used as the threshold for polycythaemia.",
])
def test_a_haemoglobin_cutoff_is_no_value(text):
    assert lab_tuples(text, "hemoglobin") == []
    assert "present" not in statuses(text, "polycythemia")


@pytest.mark.parametrize("text, value", [
    ("His platelets were 610 x10^9/L; PLT > 450 was used as the cut-off.", 610.0),
    ("PLT > 450 x10^9/L was used as the cut-off. Platelets 612 x10^9/L.", 612.0),
    ("Platelets 612 x10^9/L, which is above the threshold.", 612.0),
])
def test_the_patients_count_beside_it_stays(text, value):
    assert [v for v, *_ in lab_tuples(text, "platelets")] == [value]


@pytest.mark.parametrize("text", [
    "Platelets > 450 on two occasions.",
    "Thrombocytosis (platelets 520 x10^9/L) was present.",
])
def test_the_patients_thrombocytosis_stays(text):
    assert "present" in statuses(text, "thrombocytosis")
