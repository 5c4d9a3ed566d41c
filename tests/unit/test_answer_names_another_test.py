"""An answer to the immunofixation question that gives the protein electrophoresis's result
("SPEP no band", "蛋白电泳未见M峰", or a whole note with it) is the electrophoresis's: it never
stands for a negative immunofixation (electrophoresis misses small M-proteins, 二(二)1). Before,
it recorded the immunofixation negative, closed the question, and with a normal FLC ratio the
mandatory monoclonal criterion became "not met" with the immunofixation never reported."""

import pytest

from bot.models import Evidence, Finding
from bot.session import TriageSession
from nlu import extract_evidence


def asked_ife() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema")]))
    s.ask("serum_immunofixation")
    return s


def answer(s: TriageSession, text: str):
    return s.apply_answer("serum_immunofixation", text, extract_evidence(text))


def statuses(s: TriageSession, concept: str):
    return [f.status.value for f in s.evidence.findings if f.concept == concept]


@pytest.mark.parametrize("text", [
    "SPEP no band", "SPEP: no monoclonal band", "蛋白电泳未见M峰", "血清蛋白电泳：未见M蛋白",
    "Protein electrophoresis normal, no paraprotein.",
    "52F, sensorimotor neuropathy, failed IVIG. Leg oedema. SPEP no band. FLC not done.",
])
def test_an_electrophoresis_result_leaves_the_immunofixation_unknown_and_asked(text):
    s = asked_ife()
    outcome = answer(s, text)
    assert statuses(s, "serum_immunofixation") == []
    assert outcome.kind != "result" and "serum_immunofixation" not in s.asked
    assert s.states()["monoclonal_plasma_cell_disorder"] == "unknown"


@pytest.mark.parametrize("text", [
    "no monoclonal band", "未见M蛋白", "negative", "IFE: no monoclonal band", "免疫固定电泳未见M蛋白",
    "immunofixation electrophoresis: no monoclonal band",
])
def test_a_negative_immunofixation_answer_is_still_read(text):
    s = asked_ife()
    outcome = answer(s, text)
    assert statuses(s, "serum_immunofixation") == ["absent"]
    assert outcome.kind == "result" and s.current is None


def test_a_normal_flc_ratio_after_an_electrophoresis_answer_does_not_exclude_the_m_protein():
    s = asked_ife()
    answer(s, "SPEP no band")
    s.apply_note(extract_evidence("free light chains: kappa 31.4, lambda 112 mg/L"))
    assert s.states()["monoclonal_plasma_cell_disorder"] == "unknown"
