"""``POST /fhir/assessment``: a referral note or Evidence JSON in, the assessment as a FHIR R4B
Bundle out (``bot.fhir.bundle_for``). A Sanic blueprint mounted on the action server by
``python -m service.actions_server``.

Body (JSON), one of:
* ``{"text": "<referral note>"}`` - read by ``nlu.extract_evidence``;
* ``{"evidence": {...}}`` or the Evidence object itself (``bot.models.Evidence``).

Replies ``200 application/fhir+json`` with the Bundle; ``400`` for an unreadable body or
evidence, ``503`` when the NLU is not available. Error bodies never repeat the note, and the
note is never logged (the action server's default error handler would echo the request body,
so every error is handled here).
"""

from __future__ import annotations

import json
import logging
from typing import Any, Dict

from sanic import Blueprint, response
from sanic.request import Request

logger = logging.getLogger(__name__)

blueprint = Blueprint("poems_fhir", url_prefix="/fhir")
MAX_BODY = 200_000
FHIR_JSON = "application/fhir+json"


def _error(status: int, message: str) -> response.HTTPResponse:
    return response.json({"error": message}, status=status)


def bundle_from_body(body: Dict[str, Any]) -> Dict[str, Any]:
    """The Bundle for a request body (raises ValueError with a message safe to show)."""
    from bot.engine import assess
    from bot.fhir import bundle_for
    from bot.models import Evidence

    if not isinstance(body, dict):
        raise ValueError("the body must be a JSON object")
    if "text" in body:
        text = body["text"]
        if not isinstance(text, str) or not text.strip():
            raise ValueError("'text' must be a non-empty string")
        try:
            from nlu import extract_evidence
        except ImportError as error:  # the NLU package is not installed or not ready
            raise LookupError("note reading is not available on this server") from error
        evidence = extract_evidence(text)
    else:
        raw = body.get("evidence", body)
        try:
            evidence = Evidence.parse_obj(raw)
        except Exception as error:  # pydantic's message names fields, never note text
            raise ValueError(f"not valid Evidence: {type(error).__name__}") from None
    return bundle_for(assess(evidence), evidence)


@blueprint.post("/assessment")
async def fhir_assessment(request: Request) -> response.HTTPResponse:
    if request.body and len(request.body) > MAX_BODY:
        return _error(413, f"the body is larger than {MAX_BODY} bytes")
    try:
        body = json.loads(request.body or b"null")
    except ValueError:
        return _error(400, "the body is not JSON")
    try:
        bundle = bundle_from_body(body)
    except LookupError as error:
        return _error(503, str(error))
    except ValueError as error:  # includes nlu.NoteError, whose message is safe to show
        return _error(400, str(error))
    except Exception as error:  # noqa: BLE001 - never let the default handler echo the note
        logger.error("FHIR assessment failed: %s", type(error).__name__)
        return _error(500, "the assessment failed")
    return response.json(bundle, content_type=FHIR_JSON, ensure_ascii=False)


def attach(app: Any) -> None:
    """Mounts the blueprint on a Sanic app (e.g. rasa_sdk's action server)."""
    app.blueprint(blueprint)
