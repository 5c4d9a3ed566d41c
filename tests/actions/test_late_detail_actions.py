"""The actions around a sample type or reference range sent on its own after the VEGF value
("plasma" outside the form, as a fallback, or answering another question): acknowledged and
assessed again, never read as a new note (bot.session ``apply_detail``)."""

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.interview import ValidateInterviewForm
from actions.smalltalk import ActionFallback
from actions.triage import ActionTriage
from bot.models import Evidence, Finding, LabValue
from bot.session import TriageSession

DOMAIN = {"forms": {"interview_form": {"required_slots": ["answer"]}}, "slots": {}}


def session(current=None) -> str:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept=c) for c in ("polyneuropathy", "peripheral_edema")],
                          labs=[LabValue(analyte="vegf", value=650, unit="pg/mL")]))
    s.current = current
    return s.dump()


def tracker(text, intent, lang="en", slots=None):
    slots = {"language": lang, "evidence": session(), "interview": None, "answer": None,
             "failures": None, "requested_slot": None, **(slots or {})}
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9},
               "entities": [{"entity": "language", "value": lang}], "poems_nothing_found": True}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": None}, "action_listen")


def run(action, trk, method="run"):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(getattr(action, method)(dispatcher, trk, DOMAIN))
    return "\n".join(m["text"] for m in dispatcher.messages if m.get("text")), events


def saved(events) -> TriageSession:
    raw = next(e["value"] for e in reversed(events) if e.get("event") == "slot" and e["name"] == "evidence")
    return TriageSession.load(raw)


@pytest.mark.parametrize("action, intent", [(ActionTriage(), "inform_result"), (ActionFallback(), "nlu_fallback")])
@pytest.mark.parametrize("text, lang, shown", [("plasma", "en", "plasma"), ("血浆", "zh", "血浆")])
def test_a_late_sample_is_acknowledged_and_assessed_again(action, intent, text, lang, shown):
    said, events = run(action, tracker(text, intent, lang))
    kept = saved(events)
    lab = kept.evidence.labs[-1]
    assert (lab.value, lab.sample.value) == (650, "plasma")
    assert len(kept.evidence.labs) == 1
    assert shown in said and "650" in said
    assert kept.states()["vegf_elevated"] == "present"


def test_a_late_reference_answering_another_question_keeps_that_question():
    s = TriageSession.load(session())
    s.ask("serum_free_light_chains")
    trk = tracker("ref < 300", "inform_result", slots={"evidence": s.dump(), "requested_slot": "answer"})
    said, events = asyncio.run(_validate(trk))
    kept = saved(events)
    assert kept.evidence.labs[-1].reference_high == 300
    assert kept.current == "serum_free_light_chains"
    assert "300" in said


async def _validate(trk):
    dispatcher = CollectingDispatcher()
    form = ValidateInterviewForm()
    slots = await form.validate_answer("ref < 300", dispatcher, trk, DOMAIN)
    events = [{"event": "slot", "name": k, "value": v} for k, v in slots.items()]
    return "\n".join(m["text"] for m in dispatcher.messages if m.get("text")), events


@pytest.mark.parametrize("text, lang, limit", [
    ("血清的，正常值上限是 600", "zh", 600), ("正常值上限为 400", "zh", 400), ("serum, the upper limit was 600", "en", 600),
])
def test_a_late_reference_written_with_a_copula_is_read(text, lang, limit):
    """"上限是 600" / "upper limit was 600": the reference, not a message nobody understood."""
    said, events = run(ActionFallback(), tracker(text, "nlu_fallback", lang))
    assert saved(events).evidence.labs[-1].reference_high == limit
    assert str(limit) in said
