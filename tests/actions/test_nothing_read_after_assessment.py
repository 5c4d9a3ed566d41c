"""A message nothing is read in ("😀", "VEGF -20 pg/ml"), sent after a patient was assessed and
the interview ended, is "not understood": the whole assessment and the closing summary are not
sent again (they were, after every such message)."""

import asyncio
import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.interview import ActionInterviewSummary
from actions.triage import ActionTriage
from bot.dialogue.texts import t
from bot.models import Evidence, Finding
from bot.session import TriageSession


def tracker(text, slots):
    message = {"text": text, "intent": {"name": "inform_result", "confidence": 0.9},
               "entities": [{"entity": "language", "value": "en"}], "poems_nothing_found": True}
    return Tracker("tester", {"language": "en", "answer": None, "failures": None, "requested_slot": None, **slots},
                   message, [{"event": "user", "text": text}], False, None, {"name": None}, "action_listen")


def run(action, trk):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, trk, {}))
    return "\n".join(m["text"] for m in dispatcher.messages if m.get("text")), events


def test_nothing_read_after_an_assessment_is_not_understood_and_no_summary_follows():
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")]))
    s.assessed = True
    slots = {"evidence": s.dump(), "interview": json.dumps({"mode": "triage"})}
    said, events = run(ActionTriage(), tracker("😀", slots))
    assert said == t("fallback", "en")
    state = next(e["value"] for e in events if e.get("name") == "interview")
    said, events = run(ActionInterviewSummary(), tracker("😀", {**slots, "interview": state}))
    assert said == ""
    kept = json.loads(next(e["value"] for e in events if e.get("name") == "interview"))
    assert not kept.get("stopped") and not kept.get("quiet") and kept["mode"] == "triage"


def test_the_next_patients_note_after_the_interview_is_not_merged_into_the_previous_patient():
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="hyperpigmentation")],
                          age=62, sex="female"))
    s.assessed = True
    text = "70M, distal sensory ataxia. IgM-kappa paraprotein 6 g/L, no oedema, skin normal."
    trk = tracker(text, {"evidence": s.dump(), "interview": json.dumps({"mode": "triage"})})
    trk.latest_message["poems_nothing_found"] = False  # the NLU reads the note here
    trk.latest_message["intent"] = {"name": "referral_note", "confidence": 0.99}
    said, events = run(ActionTriage(), trk)
    kept = TriageSession.load(next(e["value"] for e in events if e.get("name") == "evidence"))
    assert t("new_patient", "en") in said
    assert (kept.evidence.age, kept.evidence.sex) == (70, "male")
    assert not any(f.concept == "hyperpigmentation" for f in kept.evidence.findings)
