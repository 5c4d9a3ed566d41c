"""service.action_payload: the action server gets the tracker state Rasa 3.6 would send, with
only the current turn's events."""

import json

from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered)
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import EndpointConfig

from service import action_payload
from service.action_payload import current_turn, tracker_state

DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [referral_note, inform_result]
entities: [poems_evidence]
slots:
  evidence: {type: any, influence_conversation: false, mappings: [{type: custom}]}
  answer: {type: text, influence_conversation: false, mappings: [{type: from_text}]}
forms:
  interview_form: {required_slots: [answer]}
actions: [action_triage, validate_interview_form]
""")


def _user(text: str, intent: str) -> UserUttered:
    entities = [{"entity": "poems_evidence", "value": json.dumps({"findings": []}), "start": 0, "end": 4}]
    return UserUttered(text, {"name": intent, "confidence": 0.9}, entities,
                       parse_data={"text": text, "intent": {"name": intent, "confidence": 0.9},
                                   "entities": entities}, input_channel="rest")


def conversation() -> DialogueStateTracker:
    events = [
        ActionExecuted("action_listen"), _user("note", "referral_note"),
        ActionExecuted("action_triage"), SlotSet("evidence", '{"messages": 1}'),
        BotUttered("assessment", {"custom": {"type": "poems_assessment"}}),
        ActionExecuted("interview_form"), ActiveLoop("interview_form"), SlotSet("requested_slot", "answer"),
        ActionExecuted("action_listen"), _user("VEGF 1450", "inform_result"),
        SlotSet("answer", "VEGF 1450"), ActionExecuted("interview_form"),
    ]
    return DialogueStateTracker.from_events("s1", events, DOMAIN.slots)


def test_current_turn_starts_at_the_latest_user_message():
    tracker = conversation()
    turn = current_turn(tracker.events)
    assert isinstance(turn[0], UserUttered) and turn[0].text == "VEGF 1450"
    assert len(turn) == 3
    no_user = [ActionExecuted("action_listen"), SlotSet("answer", None)]
    assert current_turn(no_user) == no_user


def test_state_is_rasas_own_but_for_the_events():
    tracker = conversation()
    rasa_state = tracker.current_state(EventVerbosity.ALL)
    ours = tracker_state(tracker)
    assert set(ours) == set(rasa_state)
    for key in rasa_state:
        if key != "events":
            assert json.dumps(ours[key], sort_keys=True) == json.dumps(rasa_state[key], sort_keys=True), key
    assert ours["events"] == rasa_state["events"][-3:]
    assert ours["slots"]["evidence"] == '{"messages": 1}'  # the session travels in the slots
    assert ours["active_loop"]["name"] == "interview_form"


def test_remote_action_sends_the_current_turn(monkeypatch):
    monkeypatch.delenv(action_payload.ENV_SWITCH, raising=False)
    # undone after the test: other tests see Rasa's own RemoteAction
    monkeypatch.setattr(RemoteAction, "_action_call_format", RemoteAction._action_call_format)
    monkeypatch.setattr(action_payload.install, "installed", False)
    assert action_payload.install()
    action = RemoteAction("validate_interview_form", EndpointConfig("http://127.0.0.1:1/webhook"))
    body = action._action_call_format(conversation(), DOMAIN)
    assert body["next_action"] == "validate_interview_form" and body["sender_id"] == "s1"
    assert [e["event"] for e in body["tracker"]["events"]] == ["user", "slot", "action"]
    assert body["domain"] == DOMAIN.as_dict()
    json.dumps(body)  # serialisable as sent
