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
