"""Referral triage in English through the real servers: note -> questions -> summary."""

import pytest

from tests.e2e.helpers import chinese, assessments
from tests.servers import texts

pytestmark = pytest.mark.e2e

NOTE = "52M, polyneuropathy for 1 year, ankle oedema, skin hyperpigmentation. IFE not done."


def test_note_to_meets_criteria_with_questions_one_at_a_time(assistant):
    sender = "triage-en-meets"
    replies = assistant.say(sender, NOTE)
    text = texts(replies)
    assert "What I understood" in text and "hyperpigmentation" in text
    assert "Criteria" in text and "Verdict: Suspected" in text
    assert "not a diagnosis" in text  # disclaimer on the first assessment
    (payload,) = assessments(replies)
    assert payload["verdict"] == "suspected" and payload["language"] == "en"
    assert len(payload["criteria"]) == 11 and payload["criteria"]["polyneuropathy"] == "present"
    assert payload["criteria"]["vegf_elevated"] == "unknown"  # unknown, never absent
    assert payload["missing_evidence"][0]["test"] == "serum_free_light_chains"
    assert "Serum free light chains:" in text  # the form's first question
    assert not chinese(text)

    replies = assistant.say(sender, "FLC ratio 0.12")
    (payload,) = assessments(replies)
    assert payload["criteria"]["monoclonal_plasma_cell_disorder"] == "present"
    assert "not a diagnosis" not in texts(replies)  # once per conversation
    assert "VEGF" in texts(replies)  # next question: the other major criteria

    replies = assistant.say(sender, "sVEGF 1800, ref < 600, serum")
    text = texts(replies)
    assert assessments(replies)[-1]["verdict"] == "meets_criteria"
    assert "Summary" in text and "refer this patient to haematology" in text
    assert "I give no treatment instruction" in text


def test_not_done_is_skipped_then_advised_and_unlikely_ends_without_referral(assistant):
    sender = "triage-en-unlikely"
    replies = assistant.say(sender, "66M with axonal polyneuropathy. Serum immunofixation negative.")
    assert assessments(replies)[0]["criteria"]["monoclonal_plasma_cell_disorder"] == "unknown"
    replies = assistant.say(sender, "normal")
    text = texts(replies)
    assert assessments(replies)[-1]["verdict"] == "unlikely"
    assert "Unlikely" in text and "refer this patient" not in text


def test_not_done_answer_and_stop(assistant):
    sender = "triage-en-notdone"
    assistant.say(sender, NOTE)
    replies = assistant.say(sender, "not done")
    text = texts(replies)
    assert "not done" in text and "unknown, not negative" in text
    assert "serum_free_light_chains" in [m["test"] for m in assessments(replies)[0]["missing_evidence"]]
    replies = assistant.say(sender, "stop")
    text = texts(replies)
    assert "Recommended work-up" in text and "serum free light chains (not done yet)" in text
    assert "refer this patient to haematology" in text  # suspected


def test_another_tests_not_done_keeps_the_asked_question_open(assistant):
    sender = "triage-en-other-not-done"
    assistant.say(sender, NOTE)
    assistant.say(sender, "FLC ratio 0.12")  # next question: serum VEGF
    replies = assistant.say(sender, "bone CT not done yet")
    text = texts(replies)
    assert "bone CT / PET-CT not done" in text and "Still open: serum VEGF." in text
    assert "VEGF" in text.split("Still open: serum VEGF.")[-1]  # the VEGF question is asked again
    payload = assessments(replies)[-1]
    missing = {m["test"]: m["not_done"] for m in payload["missing_evidence"]}
    assert missing.get("bone_imaging") is True and missing.get("serum_vegf") is False
    replies = assistant.say(sender, "sVEGF 1800, ref < 600, serum")
    assert assessments(replies)[-1]["criteria"]["vegf_elevated"] == "present"


def test_correction_updates_and_reassesses(assistant):
    sender = "triage-en-correction"
    assistant.say(sender, NOTE)
    assistant.say(sender, "FLC ratio 0.12")
    replies = assistant.say(sender, "sVEGF 1800, ref < 600, serum")
    assert assessments(replies)[-1]["criteria"]["extravascular_volume_overload"] == "present"
    replies = assistant.say(sender, "actually IFE was negative and there is no oedema")
    payload = assessments(replies)[-1]
    assert payload["criteria"]["extravascular_volume_overload"] != "present"
    assert "correct" in texts(replies).lower()


def test_note_text_never_reaches_the_action_log(assistant):
    secret = "Zyxwvut-7 polyneuropathy with ankle oedema"
    assistant.say("triage-en-log", secret)
    log = (assistant.workdir / "actions.log").read_text(errors="replace")
    assert "Zyxwvut-7" not in log
