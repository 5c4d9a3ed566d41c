"""Case-report typography and reference ranges: an en or em dash inside a name ("Guillain–Barré")
is its hyphen (the diagnosis was missed), and a reference range after a value written "(normal,
31–86 pg/mL)" or "(reference: normal < 86)" is not the value stated normal (a finding "no
elevated VEGF" was shown next to a VEGF 13 times the upper limit)."""
import pytest

from conftest import status_of


@pytest.mark.parametrize("text, state", [
    ("He was treated for Guillain–Barré syndrome.", "present"),
    ("Guillain—Barre syndrome in 2022.", "present"),
    ("She had been treated for presumed Guillain–Barré syndrome.", "uncertain"),
])
def test_a_dash_inside_a_name_is_a_hyphen(ex, text, state):
    assert status_of(ex(text), "gbs_diagnosis") == state


@pytest.mark.parametrize("text", [
    "Plasma VEGF was 1,120 pg/mL (normal, 31–86 pg/mL).",
    "VEGF 1120 pg/mL (normal range, 31-86).",
    "VEGF 1120 pg/mL (reference: normal < 86)",
])
def test_a_reference_range_after_a_value_is_not_a_normal_result(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "vegf_elevated") is None
    assert [lab.value for lab in extraction.evidence.labs if lab.analyte == "vegf"] == [1120]


@pytest.mark.parametrize("text", ["VEGF was normal (45 pg/mL).", "Serum VEGF normal, 320 pg/mL."])
def test_a_result_stated_normal_is_still_normal(ex, text):
    assert status_of(ex(text), "vegf_elevated") == "absent"


@pytest.mark.parametrize("text", ["screen a CIDP patient", "He was referred as a CIDP non-responder."])
def test_a_cidp_after_the_article_a_is_cidp_not_acute_onset_cidp(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "cidp_diagnosis") == "present"
    assert status_of(extraction, "gbs_diagnosis") is None
