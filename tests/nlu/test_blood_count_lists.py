"""The blood count's indices listed together and stated normal: the members read from the count
(表2 thrombocytosis / polycythaemia: platelets, haemoglobin) are absent, through the other indices
of the list (white cell count, WCC, 白细胞) and through a last member stated normal by its own
phrase ("platelets normal"); a member whose own words state a result keeps it; a whole blood
count stated normal sets only the two states the consensus reads from it."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text", [
    "Haemoglobin, white cell count and platelets were within normal limits",
    "FBC: Hb, WCC and plt normal",
    "Hb and platelets WNL",
    "Hb and platelets normal",
    "Hb, WCC and platelets normal",
    "Her haemoglobin, white blood cell count and platelet count were all normal.",
    "Platelets, WBC and haemoglobin were within normal limits.",
    "血常规：血红蛋白、白细胞、血小板均正常",
    "血红蛋白、白细胞和血小板正常",
    "血小板、白细胞计数及血红蛋白均在正常范围",
])
def test_platelets_and_haemoglobin_listed_normal(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "thrombocytosis") == "absent"
    assert status_of(extraction, "polycythemia") == "absent"


@pytest.mark.parametrize("text", [
    "Hb raised, WCC and platelets normal",
    "Hb raised and platelets WNL",
    "Hb elevated, white cell count and platelets were within normal limits",
    "血红蛋白升高，白细胞、血小板均正常",
])
def test_a_member_stating_its_own_result_keeps_it(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "polycythemia") == "present"
    assert status_of(extraction, "thrombocytosis") == "absent"


@pytest.mark.parametrize("text", ["血常规正常", "FBC normal", "Full blood count was unremarkable."])
def test_a_normal_blood_count_sets_only_what_the_consensus_reads_from_it(ex, text):
    extraction = ex(text)
    assert {f.concept: f.status.value for f in extraction.evidence.findings} == {
        "thrombocytosis": "absent", "polycythemia": "absent"}
    assert not extraction.evidence.labs


@pytest.mark.parametrize("text", ["mild oedema, platelets normal", "WCC raised, ascites"])
def test_no_list_no_change(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "polycythemia") is None
