"""PUMCH risk score (表3): boundaries, groups, missing inputs as a score range."""

import pytest

from bot.engine import assess
from bot.errors import EvidenceError
from bot.evidence import evidence_of
from bot.risk import RiskInputs, score


def full(age=40, pe=False, ph=False, egfr=90):
    return score(RiskInputs(age=age, pleural_effusion=pe, pulmonary_hypertension=ph, egfr=egfr))


@pytest.mark.parametrize("age,points", [(50, 0), (51, 1), (50.5, 1)])
def test_age_boundary(age, points):
    assert full(age=age).score == points


@pytest.mark.parametrize("egfr,points", [(30, 0), (29.9, 2), (15, 2)])
def test_egfr_boundary(egfr, points):
    assert full(egfr=egfr).score == points


@pytest.mark.parametrize("kwargs,group,os10", [
    ({}, "low", "98%"),
    ({"pe": True}, "intermediate", "75%"),
    ({"ph": True}, "intermediate", "75%"),
    ({"pe": True, "ph": True}, "high", "50%"),
    ({"egfr": 20}, "high", "50%"),
    ({"age": 60, "pe": True, "ph": True, "egfr": 10}, "high", "50%"),
])
def test_groups(kwargs, group, os10):
    result = full(**kwargs)
    assert (result.group, result.os10) == (group, os10)
    assert result.citation.endswith("表3")


def test_missing_inputs_give_a_range():
    result = score(RiskInputs(age=40))
    assert (result.score_min, result.score_max) == (0, 4)
    assert result.group is None
    assert result.possible_groups == ["low", "intermediate", "high"]
    assert result.missing == ["pleural_effusion", "pulmonary_hypertension", "egfr"]


def test_group_known_despite_missing_inputs():
    result = score(RiskInputs(age=60, egfr=20))
    assert result.group == "high" and result.score is None and result.score_min == 3


def test_impossible_inputs_rejected():
    with pytest.raises(EvidenceError):
        score(RiskInputs(egfr=-3))


def test_risk_from_evidence():
    a = assess(evidence_of({"pleural_effusion": "present", "pulmonary_hypertension": "absent"},
                           [{"analyte": "egfr", "value": 25, "unit": "mL/min/1.73m^2"}], age=45))
    assert a.risk.score == 3 and a.risk.group == "high"
    assert a.contract()["risk"]["group"] == "high"


def test_the_chinese_report_names_groups_and_missing_inputs_in_chinese():
    from bot.report import render

    assessment = assess(evidence_of({"polyneuropathy": "present"}, age=60))
    [line] = [x for x in render(assessment, "zh").splitlines() if "表3" in x]
    assert "胸腔积液" in line and "肺动脉高压" in line and "中危" in line
    assert "pleural" not in line and "intermediate" not in line
    [line] = [x for x in render(assessment, "en").splitlines() if "表3" in x]
    assert "pleural effusion" in line and "pleural_effusion" not in line


def test_a_missing_risk_input_is_named_in_each_language():
    reasons = score(RiskInputs(age=60)).reasons
    missing = [r for r in reasons if r.key == "risk.missing"]
    assert any("胸腔积液" in r.zh for r in missing) and any("pleural effusion" in r.en for r in missing)


@pytest.mark.parametrize("inputs, head", [
    (dict(age=67, pleural_effusion=True, egfr=28), "PUMCH risk score: 4–5 — high risk"),  # PH unknown
    (dict(age=67, pleural_effusion=True, pulmonary_hypertension=False, egfr=28), "PUMCH risk score: 4 — high risk"),
])
def test_a_settled_group_with_an_input_missing_shows_the_score_range(inputs, head):
    """The group can be settled while the score is not: the score is written as the range it can
    still be, never as its lowest value."""
    from bot.dialogue.render import risk_lines
    from bot.risk import RiskInputs, score

    lines = risk_lines(score(RiskInputs(**inputs)), "en")
    assert lines[0].startswith(head)
    zh = risk_lines(score(RiskInputs(**inputs)), "zh")[0]
    assert ("4–5分" in zh) == ("–" in head)
