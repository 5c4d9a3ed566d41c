"""A clear reply, and no lost state, when the action server is unreachable.

Out of the box, Rasa 3.6 logs "Encountered an exception while running action" when a custom
action (or a form's ``validate_<form>`` action) cannot reach the action server, records the
action as executed without its events and sends the user nothing.

Rasa has no configuration point for this: ``RemoteAction`` raises a plain ``RasaException`` and
``MessageProcessor._run_action`` swallows every exception. So this module wraps exactly those
two methods, once, in the Rasa server process (``install()``, called when
``service.stores.PoemsTrackerStore`` is loaded from endpoints.yml):

1. ``RemoteAction.run`` marks the current turn (a ``contextvars`` flag, so concurrent
   conversations never see each other's flag) when the action server cannot be reached
   (connection refused or reset, 502/503/504, timeout), then re-raises as before.
2. ``MessageProcessor._run_action`` runs the original; when the flag is set it sends the
   "temporarily unavailable, your answers are kept" message in the conversation's language
   (the ``language`` slot), records it as a ``BotUttered`` event and appends
   ``UserUtteranceReverted`` - the same event Rasa's own fallback uses - so the dialogue state
   (slots, active form, requested slot) is exactly what it was before the message that could
   not be handled. Nothing is deleted from the event log. It then stops predicting for this
   message; the next message continues the form as if the failure never happened.

Turn off with ``POEMS_UNAVAILABLE_REPLY=0``. The wrappers check the Rasa version they were
written for (3.6) and do nothing on any other.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
from typing import Any, Dict, List, Optional

from service.rasa_patch import installed_once

logger = logging.getLogger(__name__)

MESSAGE_TYPE = "poems_unavailable"
MESSAGES: Dict[str, str] = {
    "en": ("The assessment service is temporarily unavailable. Your answers so far are kept: "
           "please send your last message again in a minute or two."),
    "zh": "评估服务暂时不可用。您之前的回答都已保存：请一两分钟后重新发送刚才的消息。",
}
UNAVAILABLE_STATUSES = {502, 503, 504}

_unavailable: contextvars.ContextVar[Optional[str]] = contextvars.ContextVar(
    "poems_action_server_unavailable", default=None
)


def message_for(language: Optional[str]) -> str:
    return MESSAGES.get(language or "en", MESSAGES["en"])


def is_unavailable(error: BaseException) -> bool:
    """True when ``error`` (raised by RemoteAction.run) means the action server is unreachable."""
    import aiohttp

    from rasa.utils.endpoints import ClientResponseError

    seen = set()
    current: Optional[BaseException] = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (asyncio.TimeoutError, aiohttp.ClientConnectionError)):
            return True
        if isinstance(current, ClientResponseError) and current.status in UNAVAILABLE_STATUSES:
            return True
        if "Couldn't connect to the server" in str(current):
            return True  # RemoteAction raises this one without a __cause__
        current = current.__cause__ or current.__context__
    return False


@installed_once("service.resilience", "POEMS_UNAVAILABLE_REPLY")
def install() -> None:
    """Wrap RemoteAction.run and MessageProcessor._run_action once.
    ``install()`` returns True when active (rasa_patch.installed_once)."""
    from rasa.core.actions.action import RemoteAction
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.events import BotUttered, UserUtteranceReverted

    original_run = RemoteAction.run
    original_run_action = MessageProcessor._run_action

    @functools.wraps(original_run)
    async def run(self: Any, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> List[Any]:
        try:
            return await original_run(self, output_channel, nlg, tracker, domain)
        except Exception as error:
            if is_unavailable(error):
                _unavailable.set(self.name())
            raise

    @functools.wraps(original_run_action)
    async def _run_action(self: Any, action: Any, tracker: Any, output_channel: Any, nlg: Any,
                          prediction: Any) -> bool:
        token = _unavailable.set(None)
        try:
            should_continue = await original_run_action(
                self, action, tracker, output_channel, nlg, prediction
            )
            failed = _unavailable.get()
        finally:
            _unavailable.reset(token)
        if failed is None:
            return should_continue
        language = tracker.get_slot("language") if "language" in tracker.slots else None
        text = message_for(language)
        custom = {"type": MESSAGE_TYPE, "language": language or "en", "retry": True}
        logger.warning("Action server unreachable while running '%s' (conversation kept, "
                       "last user message reverted)", failed)
        try:
            await output_channel.send_response(tracker.sender_id, {"text": text})
            await output_channel.send_response(tracker.sender_id, {"custom": custom})
        except Exception:  # the channel failing must not lose the tracker update
            logger.exception("Could not send the unavailable message")
        tracker.update(BotUttered(text, data={"custom": custom}))
        tracker.update(UserUtteranceReverted())
        return False

    RemoteAction.run = run  # type: ignore[assignment]
    MessageProcessor._run_action = _run_action  # type: ignore[assignment]
    logger.info("Action-server-unavailable reply installed")
