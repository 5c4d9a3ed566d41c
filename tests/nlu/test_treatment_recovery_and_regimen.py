"""A recovery after a CIDP/GBS treatment is a response ("recovered fully after IVIG", "IVIG后完全恢复"),
a recovery said poor is none ("IVIG后肌力恢复不明显"), and the outcome of a plasma-cell regimen
("来那度胺联合地塞米松治疗4个疗程，肌力逐渐好转") is no CIDP treatment clue at all: its steroid is
part of the POEMS treatment (README 五), not the steroid trial of 二(三)1. Rules: treatment.yml
response / nonresponse / plasma_cell_regimen."""

import pytest

from nlu import extract_evidence


def clues(text: str):
    return sorted((f.concept, f.status.value) for f in extract_evidence(text).findings
                  if f.concept.startswith("treatment_"))


@pytest.mark.parametrize("text", ["GBS, recovered fully after IVIG", "full recovery after IVIG",
                                  "made a full recovery with IVIG", "IVIG后完全恢复", "予IVIG后肌力明显恢复"])
def test_a_recovery_after_treatment_is_a_response(text):
    assert clues(text) == [("treatment_response", "present")]


@pytest.mark.parametrize("text", ["no recovery after IVIG", "IVIG后未恢复", "IVIG后肌力恢复不明显", "IVIG后恢复欠佳"])
def test_a_recovery_denied_or_poor_is_no_response(text):
    assert clues(text) == [("treatment_nonresponse", "present")]


@pytest.mark.parametrize("text", ["予来那度胺联合地塞米松治疗4个疗程，肌力逐渐好转",
                                  "Treated with lenalidomide plus dexamethasone; the weakness improved.",
                                  "予硼替佐米＋来那度胺＋地塞米松（VRd）4个周期，症状明显改善",
                                  "After ASCT the neuropathy improved."])
def test_the_outcome_of_a_plasma_cell_regimen_is_no_cidp_clue(text):
    assert clues(text) == []


def test_a_cidp_treatment_before_the_regimen_keeps_its_own_outcome():
    assert clues("IVIG无效，后予来那度胺+地塞米松，肌力好转") == [("treatment_nonresponse", "present")]


def test_a_steroid_alone_still_counts():
    assert clues("激素治疗后好转") == [("treatment_response", "present")]
