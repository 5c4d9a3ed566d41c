"""A number that counts treatments in an answer ("IVIG 3 courses, no benefit" answering the VEGF
question) is no value of the asked test: before, it was read as VEGF 3 pg/mL and the VEGF
criterion turned from unknown to not met, an unknown read as absent. The value itself is still
read ("VEGF 1850, IVIG 3 courses")."""

import os
import sys

sys.path.insert(0, os.getcwd())

import pytest

from bot.session import TriageSession
from nlu import extract_evidence

NOTE_EN = "52M, CIDP on NCS (demyelinating polyneuropathy), IFE IgA lambda, skin hyperpigmentation."
NOTE_ZH = "男,52岁,肌电图示脱髓鞘性周围神经病,诊断CIDP,免疫固定电泳IgA λ,皮肤色素沉着。"


def _vegf_answer(note: str, text: str) -> TriageSession:
    session = TriageSession()
    session.apply_note(extract_evidence(note))
    session.ask("serum_vegf")
    session.apply_answer("serum_vegf", text, extract_evidence(text))
    return session


@pytest.mark.parametrize("note,text", [
    (NOTE_EN, "IVIG 3 courses, no benefit"),
    (NOTE_EN, "PLEX 5 sessions, no response"),
    (NOTE_ZH, "丙球2个疗程无效"),
])
def test_a_count_of_treatments_is_no_vegf(note, text):
    session = _vegf_answer(note, text)
    assert not any(lab.analyte == "vegf" for lab in session.evidence.labs)
    assert session.states()["vegf_elevated"] == "unknown"


def test_the_vegf_beside_a_count_is_read():
    session = _vegf_answer(NOTE_EN, "1850, IVIG 3 courses no benefit")
    assert [lab.value for lab in session.evidence.labs if lab.analyte == "vegf"] == [1850]


def test_a_duration_or_value_with_unit_is_unchanged():
    session = _vegf_answer(NOTE_EN, "VEGF 3 pg/mL")
    assert [lab.value for lab in session.evidence.labs if lab.analyte == "vegf"] == [3]
