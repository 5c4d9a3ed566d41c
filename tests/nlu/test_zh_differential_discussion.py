"""A Chinese 鉴别诊断 names the diseases weighed in a discussion, not findings of this patient.

"鉴别诊断包括淀粉样变性、多发性骨髓瘤", "需与CIDP、淀粉样变性鉴别", "应与CIDP、淀粉样变性相鉴别" read
the listed diseases present (the English "the differential diagnosis includes ..." already read them
in doubt). POSSIBLE_EXISTENCE rules in nlu/rules/context_zh.yml: forward after 鉴别诊断(包括), and back
from (相)鉴别 to the 与 that opens the list (DIFFERENTIAL_FROM), so the finding told apart stays.
"""
from __future__ import annotations

from typing import List

import pytest

from conftest import statuses as _statuses


@pytest.mark.parametrize("text, concepts", [
    ("鉴别诊断包括淀粉样变性、多发性骨髓瘤、Castleman病。",
     ["amyloidosis", "multiple_myeloma", "castleman_disease"]),
    ("鉴别诊断：CIDP、淀粉样变性。", ["cidp_diagnosis", "amyloidosis"]),
    ("需与CIDP、淀粉样变性鉴别。", ["cidp_diagnosis", "amyloidosis"]),
    ("应与CIDP、淀粉样变性相鉴别。", ["cidp_diagnosis", "amyloidosis"]),
    ("本例需与慢性炎性脱髓鞘性多发性神经病、轻链型淀粉样变性及多发性骨髓瘤鉴别。",
     ["cidp_diagnosis", "amyloidosis", "multiple_myeloma"]),
    ("需与 CIDP 及 amyloidosis 鉴别。", ["cidp_diagnosis", "amyloidosis"]),
])
def test_a_differential_list_is_not_the_patients(text: str, concepts: List[str]) -> None:
    for concept in concepts:
        assert _statuses(text, concept) == ["uncertain"], concept


def test_a_differential_names_no_neuropathy_of_the_patient() -> None:
    """CIDP in the list implies no polyneuropathy either."""
    assert _statuses("需与CIDP、淀粉样变性鉴别。", "polyneuropathy") == []


@pytest.mark.parametrize("text, concept", [
    ("双下肢水肿，需与心衰鉴别。", "peripheral_edema"),
    ("双下肢水肿需与心衰鉴别。", "peripheral_edema"),
    ("患者有周围神经病、肝大及水肿，需与POEMS综合征鉴别。", "peripheral_edema"),
    ("需与家属沟通，双下肢水肿。", "peripheral_edema"),
])
def test_the_finding_told_apart_stays_present(text: str, concept: str) -> None:
    """Look-alikes: the patient's finding before 需与 (or without a 鉴别) is still read."""
    assert "present" in _statuses(text, concept)


def test_findings_outside_the_differential_sentence_are_still_read() -> None:
    text = ("患者双足麻木。查体：脾肋下2cm。讨论：鉴别诊断包括淀粉样变性、多发性骨髓瘤。"
            "骨髓活检示淀粉样变性。")
    assert _statuses(text, "symmetric_distal_sensory_symptoms") == ["present"]
    assert _statuses(text, "splenomegaly") == ["present"]
    assert _statuses(text, "multiple_myeloma") == ["uncertain"]
    assert "present" in _statuses(text, "amyloidosis")
