"""service.action_validation: the cached validator judges action-server replies exactly as
``jsonschema.validate`` does inside Rasa 3.6, with the schema checked once."""

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from service import action_validation

SCHEMA = RemoteAction.action_response_format_spec()

REPLIES = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "language", "value": "zh"}],
     "responses": [{"text": "你好", "buttons": [], "custom": {"poems_assessment": {"verdict": "x"}}}]},
    {"events": [{"event": "slot", "name": "a"}, {"event": "followup", "name": "action_x"}]},
    {"events": "not a list"},
    {"events": [{"no_event_key": 1}]},
    {"events": [], "responses": "not a list"},
    {},
]


@pytest.mark.parametrize("reply", REPLIES)
def test_cached_validator_agrees_with_jsonschema_validate(reply):
    try:
        jsonschema.validate(reply, SCHEMA)
        expected = None
    except jsonschema.ValidationError as error:
        expected = error.message
    validate = action_validation.cached_validator(SCHEMA)
    try:
        validate(reply)
        got = None
    except jsonschema.ValidationError as error:
        got = error.message
    assert got == expected


def test_the_replies_cover_both_outcomes():
    outcomes = set()
    for reply in REPLIES:
        try:
            jsonschema.validate(reply, SCHEMA)
            outcomes.add("valid")
        except jsonschema.ValidationError:
            outcomes.add("invalid")
    assert outcomes == {"valid", "invalid"}


def test_installed_method_keeps_rasas_message_and_skips_the_schema_check(monkeypatch):
    assert action_validation.install()
    action = RemoteAction("action_triage", None)
    checks = []
    cls = jsonschema.validators.validator_for(SCHEMA)
    monkeypatch.setattr(cls, "check_schema", classmethod(lambda c, s: checks.append(s)))
    assert action._validate_action_result({"events": [], "responses": []}) is True
    with pytest.raises(jsonschema.ValidationError) as info:
        action._validate_action_result({"events": "not a list"})
    assert "Failed to validate Action server response" in info.value.message
    assert checks == []  # no per-reply meta-schema check


# Events of every type Rasa 3.6 knows, well-formed and broken, for the quick per-type check.
_GOOD_EVENTS = [
    {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet", "confidence": 0.9},
                                                  "entities": []}},
    {"event": "action", "name": "action_listen", "policy": None, "confidence": 1.0},
    {"event": "slot", "name": "evidence", "value": '{"findings": []}', "timestamp": 1.5},
    {"event": "slot", "name": "x", "value": None, "metadata": {"k": 1}},
    {"event": "entities", "entities": [{"entity": "age", "value": "52", "start": 0, "end": 2}]},
    {"event": "user_featurization"}, {"event": "cancel_reminder"}, {"event": "reminder"},
    {"event": "action_execution_rejected"}, {"event": "form_validation"},
    {"event": "loop_interrupted"}, {"event": "form"}, {"event": "active_loop", "name": None},
    {"event": "reset_slots"}, {"event": "resume"}, {"event": "pause"},
    {"event": "followup", "name": "action_x"}, {"event": "export"}, {"event": "restart"},
    {"event": "undo"}, {"event": "rewind"}, {"event": "bot", "text": "你好", "data": {}},
    {"event": "session_started"}, {"event": "agent", "text": "x"},
]
_BAD_EVENTS = [
    {"event": "slot", "name": 3, "value": 1}, {"event": "slot", "value": 1}, {"event": "slot", "name": "a"},
    {"event": "entities", "entities": "x"}, {"event": "entities"}, {"event": "nonsense"},
    {"event": 5}, {"event": None}, {"event": ["slot"]}, {"event": "bot", "timestamp": "now"},
    {"event": "bot", "metadata": []}, {"name": "a", "value": 1}, "slot", None, [],
    {"event": "user", "parse_data": {"intent": "greet"}},
    {"event": "user", "parse_data": {"entities": [{"entity": 1}]}},
    {"event": "action", "name": 1},
]


def _replies():
    yield from REPLIES
    for event in _GOOD_EVENTS + _BAD_EVENTS:
        yield {"events": [event], "responses": [{"text": "x"}]}
        yield {"events": [_GOOD_EVENTS[2], event, _GOOD_EVENTS[-2]]}
    for responses in ([], [{}], [{"text": "a"}, "b"], "x", [[]], None):
        yield {"events": _GOOD_EVENTS, "responses": responses}
    yield {"events": None}
    yield {"events": (), "responses": ()}
    yield []
    yield "events"


def _verdict(check, reply):
    try:
        check(reply)
        return None
    except jsonschema.ValidationError as error:
        return (error.message, list(error.absolute_path))


def test_quick_check_gives_the_verdict_and_error_of_jsonschema_validate():
    validate = action_validation.cached_validator(SCHEMA)
    verdicts = set()
    for reply in _replies():
        expected = _verdict(lambda r: jsonschema.validate(r, SCHEMA), reply)
        assert _verdict(validate, reply) == expected, reply
        verdicts.add(expected is None)
    assert verdicts == {True, False}


def test_quick_check_accepts_well_formed_replies_without_the_full_check():
    cls = jsonschema.validators.validator_for(SCHEMA)
    quick = action_validation.valid_by_event_type(SCHEMA, cls)
    assert quick is not None
    assert quick({"events": _GOOD_EVENTS, "responses": [{"text": "x"}]})
    for event in _BAD_EVENTS:
        assert not quick({"events": [event]})


def test_quick_check_is_off_for_a_schema_of_another_shape():
    cls = jsonschema.validators.validator_for(SCHEMA)
    other = {**SCHEMA, "required": ["events"]}
    assert action_validation.valid_by_event_type(other, cls) is None
    twice = {"type": "object", "properties": {
        "events": {"type": "array", "items": {"oneOf": [{"properties": {"event": {"const": "a"}}},
                                                         {"properties": {"event": {"const": "a"}}}]}},
        "responses": {}}}
    assert action_validation.valid_by_event_type(twice, cls) is None
