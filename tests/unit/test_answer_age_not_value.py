"""A number written as the patient's age or a duration in an answer is never the asked test's
value (questions.yml ``reading.age_or_duration_after`` / ``age_before``). Before, "also: she is
45, IFE IgG lambda positive, ..." answering the light-chain question gave an FLC ratio of 45, and
the age correction "年龄写错了，是57岁" an FLC ratio of 57: the clonal criterion read met."""

import pytest

from bot.session import TriageSession
from nlu import extract_evidence

NOTE = "45F numb feet 6mo, EMG demyelinating polyneuropathy. no M spike on SPEP. hepatomegaly on US."


def flc_asked() -> tuple:
    session = TriageSession()
    session.apply_note(extract_evidence(NOTE))
    key = session.next_question()
    assert key == "serum_free_light_chains"
    return session, key


@pytest.mark.parametrize("answer", [
    "also: she is 45, IFE IgG lambda positive, VEGF 2300 pg/ml, ascites on CT",
    "年龄写错了，是57岁", "she is 45", "aged 52, nothing else back yet", "患者今年57岁", "numb for 6 months",
    "65 yo", "病程3个月",
])
def test_an_age_or_a_duration_is_no_flc_value(answer):
    session, key = flc_asked()
    session.apply_answer(key, answer, extract_evidence(answer))
    assert not [lab for lab in session.evidence.labs if lab.analyte.startswith("flc")]


@pytest.mark.parametrize("answer, analyte, value", [
    ("FLC ratio 0.12", "flc_ratio", 0.12), ("0.12", "flc_ratio", 0.12), ("患者57岁，κ/λ 0.2", "flc_ratio", 0.2),
    ("numb for 6 months, ratio 3.5", "flc_ratio", 3.5), ("kappa 45 lambda 300", "flc_kappa", 45.0),
])
def test_the_asked_value_beside_an_age_is_still_read(answer, analyte, value):
    session, key = flc_asked()
    session.apply_answer(key, answer, extract_evidence(answer))
    assert [lab.value for lab in session.evidence.labs if lab.analyte == analyte] == [value]


@pytest.mark.parametrize("answer, age", [("年龄写错了，是57岁", 57), ("age 52", 52), ("患者今年57岁", 57)])
def test_the_age_correction_is_kept_and_no_failed_answer(answer, age):
    """The age given instead of the asked result is kept and said (kind "other"); before, it was
    "not understood" and counted as a failed answer."""
    session, key = flc_asked()
    outcome = session.apply_answer(key, answer, extract_evidence(answer))
    assert session.evidence.age == age
    assert outcome.kind == "other" and session.failures == 0
    assert session.next_question() == key  # the light chains are still asked
