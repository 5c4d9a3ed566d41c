"""A test that is booked or arranged is pending, never done and never negative: "骨CT已经约了，
下周做", "bone CT booked for next week". Before, the Chinese forms were not read, and the English
"booked for" looked forward to the date; typed as the answer to another question, the message was
then taken as that question's "not done"."""

import pytest

import nlu
from bot.session import TriageSession


@pytest.mark.parametrize("text, test", [
    ("骨CT已经约了，下周做", "bone_imaging"), ("骨CT约了下周", "bone_imaging"), ("骨CT已约好", "bone_imaging"),
    ("血清VEGF已安排", "serum_vegf"), ("PET-CT已经预约了", "bone_imaging"), ("眼底检查下周做", "fundoscopy"),
    ("bone CT booked for next week", "bone_imaging"), ("PET-CT scheduled for Monday", "bone_imaging"),
    ("bone CT was booked for the 12th", "bone_imaging"), ("VEGF has been requested for tomorrow", "serum_vegf"),
])
def test_a_booked_test_is_pending(text, test):
    evidence = nlu.extract(text).evidence
    assert (test, "pending") in {(n.test, n.reason) for n in evidence.not_done}
    assert not evidence.findings and not evidence.labs


@pytest.mark.parametrize("answer", ["骨CT已经约了，下周做", "bone CT booked for next week"])
def test_a_booked_test_typed_as_another_answer_keeps_the_question_open(answer):
    s = TriageSession()
    s.apply_note(nlu.extract("多发性周围神经病，血清蛋白电泳未见M峰").evidence)
    assert s.next_question() == "serum_free_light_chains"
    s.ask("serum_free_light_chains")
    outcome = s.apply_answer("serum_free_light_chains", answer, nlu.extract(answer).evidence)
    assert outcome.others_not_done == ["bone_imaging"]
    assert "serum_free_light_chains" not in {n.test for n in s.evidence.not_done}
    assert s.next_question() == "serum_free_light_chains"
