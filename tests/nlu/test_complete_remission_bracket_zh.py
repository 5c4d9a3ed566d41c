"""A complete remission with the markers it concerns in brackets ("持续完全缓解（VEGF及M蛋白）", "血液学完全缓解
（M蛋白、VEGF）") says those markers are no longer found: the M-protein is not read present. A partial remission
("部分缓解（水肿减轻）") leaves what improved in place, and findings outside the bracket read as stated."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text", [
    "评估：持续完全缓解（VEGF及M蛋白），继续随访。",
    "疗效评估：血液学完全缓解（M蛋白、VEGF），神经症状部分缓解。",
    "达到完全缓解(M蛋白及游离轻链)。",
])
def test_markers_of_a_complete_remission_are_not_present(ex, text):
    assert status_of(ex(text), "m_protein") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("部分缓解（水肿减轻），脾大。", "peripheral_edema"),
    ("完全缓解（VEGF及M蛋白），仍有双下肢水肿。", "peripheral_edema"),
    ("M蛋白阳性，未达完全缓解。", "m_protein"),
])
def test_other_findings_read_as_stated(ex, text, concept):
    assert status_of(ex(text), concept) == "present"
