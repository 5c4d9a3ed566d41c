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
Rasa adds). Installed in the Rasa server process next to ``service.resilience`` (see
``service.stores``); ``POEMS_CACHED_ACTION_SCHEMA=0`` turns it off. Written for Rasa 3.6 only.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Callable, Dict, Text

logger = logging.getLogger(__name__)

_installed = False


def cached_validator(schema: Dict[Text, Any]) -> Callable[[Dict[Text, Any]], None]:
    """A function raising ``jsonschema.ValidationError`` exactly as ``jsonschema.validate(x,
    schema)`` does, with the schema checked here once instead of on every call."""
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for

    cls = validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    def validate(instance: Dict[Text, Any]) -> None:
        error = best_match(validator.iter_errors(instance))
        if error is not None:
            raise error

    return validate


def install() -> bool:
    """Replace ``RemoteAction._validate_action_result`` once. Returns True if active."""
    global _installed
    if _installed:
        return True
    if os.environ.get("POEMS_CACHED_ACTION_SCHEMA", "1") == "0":
        return False

    import rasa
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if not rasa.__version__.startswith("3.6."):
        logger.warning("service.action_validation was written for Rasa 3.6, not %s: "
                       "not installed", rasa.__version__)
        return False

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
    _installed = True
    return True
