"""Validate action-server replies against a schema checked once, not once per reply.

Rasa 3.6 checks every reply of the action server (custom actions and every form's
``validate_<form>`` call) with ``jsonschema.validate(result, schema)``. That function first
validates the *schema itself* against the JSON Schema meta-schema, then builds a validator, then
validates the reply. With jsonschema 4.17 (Rasa's pin) and no ``$schema`` key the meta-schema is
draft 2020-12, whose ``$dynamicRef`` resolution makes the schema check the costliest step:
profiled under 10 concurrent conversations it was about half of the Rasa server's CPU time,
and the Rasa server handles all conversations on one event loop, so every turn waited for it.

jsonschema's own documentation recommends, for many instances of one schema, building the
validator once. ``install()`` does that for ``RemoteAction._validate_action_result``: the
response schema is checked once, the validator is kept, and each reply gets exactly the check
``jsonschema.validate`` would give (``best_match`` over the same errors, the same message that
Rasa adds). Each event of a reply is checked against the one event type its ``event`` names
rather than against all 23 alternatives of the schema's ``oneOf`` (``valid_by_event_type``: the
same verdict; any reply it does not accept gets the full check, so invalid replies get the same
error). Installed in the Rasa server process next to ``service.resilience`` (see
``service.stores``); ``POEMS_CACHED_ACTION_SCHEMA=0`` turns it off. Written for Rasa 3.6 only.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Dict, Optional, Text

from service.rasa_patch import installed_once

logger = logging.getLogger(__name__)


def cached_validator(schema: Dict[Text, Any]) -> Callable[[Dict[Text, Any]], None]:
    """A function raising ``jsonschema.ValidationError`` exactly as ``jsonschema.validate(x,
    schema)`` does, with the schema checked here once instead of on every call. A reply that
    ``valid_by_event_type`` accepts is valid; any other reply gets the full check (and so the
    same error)."""
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for

    cls = validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    quick = valid_by_event_type(schema, cls)

    def validate(instance: Dict[Text, Any]) -> None:
        if quick is not None and quick(instance):
            return
        error = best_match(validator.iter_errors(instance))
        if error is not None:
            raise error

    return validate


def valid_by_event_type(schema: Dict[Text, Any], cls: Any) -> Optional[Callable[[Any], bool]]:
    """A quicker test that accepts exactly the replies ``schema`` accepts, or None when the
    schema is not shaped as Rasa 3.6's reply schema.

    That schema checks each event against ``oneOf`` 23 alternatives, one per event type, each
    fixing ``event`` to its own constant; jsonschema tries all 23 for every event (most of the
    check's time). An event whose ``event`` is one of those constants can only match that one
    alternative, so it is valid exactly when it passes the common part and that alternative.
    Returns False (never a wrong True) for anything else, and the caller then runs the full check.
    """
    if set(schema) != {"type", "properties"} or schema["type"] != "object":
        return None
    properties = schema["properties"]
    if set(properties) != {"events", "responses"}:
        return None
    events = properties["events"]
    if set(events) != {"type", "items"} or events["type"] != "array":
        return None
    item = events["items"]
    alternatives = item.get("oneOf")
    if not isinstance(alternatives, list):
        return None
    common = {key: value for key, value in item.items() if key != "oneOf"}
    per_type: Dict[str, Any] = {}
    for alternative in alternatives:
        constant = alternative.get("properties", {}).get("event", {}).get("const")
        if not isinstance(constant, str) or constant in per_type:
            return None
        one = {**common, "allOf": [alternative]}
        cls.check_schema(one)
        per_type[constant] = cls(one)
    responses = cls(properties["responses"])

    def quick(instance: Any) -> bool:
        if type(instance) is not dict:
            return False
        if "responses" in instance and not responses.is_valid(instance["responses"]):
            return False
        events = instance.get("events", [])
        if type(events) is not list:
            return False
        for event in events:
            if type(event) is not dict:
                return False
            name = event.get("event")
            validator = per_type.get(name) if type(name) is str else None
            if validator is None or not validator.is_valid(event):
                return False
        return True

    return quick


@installed_once("service.action_validation", "POEMS_CACHED_ACTION_SCHEMA")
def install() -> None:
    """Replace ``RemoteAction._validate_action_result`` once.
    ``install()`` returns True when active (rasa_patch.installed_once)."""
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    validate = cached_validator(RemoteAction.action_response_format_spec())

    def _validate_action_result(self: Any, result: Dict[Text, Any]) -> bool:
        try:
            validate(result)
            return True
        except ValidationError as e:  # the message Rasa 3.6 adds, unchanged
            e.message += (
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise e

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[assignment]
