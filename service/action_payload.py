"""A smaller request body for each action-server call: the current turn's events, not the whole
conversation's.

Rasa 3.6 sends the action server the tracker with *every* event of the conversation
(``EventVerbosity.ALL``) on every call: each note's parse data with its entities, every
assessment payload the assistant sent, every value the session slot ever had. A pasted note
and its answers make two or three calls a turn, so the body grows with the conversation
(its tracker was ~440 KB of JSON by the 14th turn) and the Rasa server turns every event into a dict and JSON again on
every call, on the event loop that serves all conversations; the action server parses it all
again. Rasa's ``current_state`` also deep-copies the active loop's trigger message (the parse
data of the note that started the form) for each call.

What the actions read is the tracker's state, which the body carries in full: the slots (the
triage session lives in the ``evidence`` slot, so it is kept by the tracker store, whichever
Rasa worker or action-server process handles the next turn), the latest message, the active
loop, the latest action. Of the events, rasa-sdk reads only the current turn's: the slots set
since the last action (``Tracker.slots_to_validate``, which forms validate) and the latest user
event (``get_latest_input_channel``); this project's actions read no others. So ``install()``
makes ``RemoteAction`` send the events from the latest user message on (all events when there is
none) and the rest of the state exactly as ``DialogueStateTracker.current_state`` gives it,
without the deep copy (the body is only serialised). The tracker store still keeps every event.

``POEMS_CURRENT_TURN_EVENTS=0`` turns it off (Rasa's full body). Written for Rasa 3.6 only.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, Dict, List, Sequence, Text

from service.rasa_patch import installed_once

logger = logging.getLogger(__name__)

ENV_SWITCH = "POEMS_CURRENT_TURN_EVENTS"


def current_turn(events: Sequence[Any]) -> List[Any]:
    """The events from the latest user message on (all of them when there is none)."""
    from rasa.shared.core.events import UserUttered

    events = list(events)  # the tracker's events are a deque, which does not slice
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            return events[index:]
    return events


def tracker_state(tracker: Any) -> Dict[Text, Any]:
    """``tracker.current_state(EventVerbosity.ALL)`` with only the current turn's events and the
    active loop copied one level deep (the same values; nothing here changes them)."""
    from rasa.shared.core.constants import ACTIVE_LOOP, FOLLOWUP_ACTION

    events = tracker.events
    loop = tracker.active_loop
    return {
        "sender_id": tracker.sender_id,
        "slots": tracker.current_slot_values(),
        "latest_message": tracker._latest_message_data(),
        "latest_event_time": events[-1].timestamp if len(events) > 0 else None,
        FOLLOWUP_ACTION: tracker.followup_action,
        "paused": tracker.is_paused(),
        "events": [event.as_dict() for event in current_turn(events)],
        "latest_input_channel": tracker.get_latest_input_channel(),
        ACTIVE_LOOP: ({field.name: getattr(loop, field.name) for field in dataclasses.fields(loop)}
                      if loop else {}),
        "latest_action": tracker.latest_action,
        "latest_action_name": tracker.latest_action_name,
    }


@installed_once("service.action_payload", ENV_SWITCH)
def install() -> None:
    """Make ``RemoteAction`` send the current turn's events.
    ``install()`` returns True when active (rasa_patch.installed_once)."""
    import rasa
    from rasa.core.actions.action import RemoteAction

    def _action_call_format(self: Any, tracker: Any, domain: Any) -> Dict[Text, Any]:
        # as RemoteAction._action_call_format, with tracker_state() for the tracker
        result = {
            "next_action": self._name,
            "sender_id": tracker.sender_id,
            "tracker": tracker_state(tracker),
            "version": rasa.__version__,
        }
        if (not self._is_selective_domain_enabled()
                or domain.does_custom_action_explicitly_need_domain(self.name())):
            result["domain"] = domain.as_dict()
        return result

    RemoteAction._action_call_format = _action_call_format  # type: ignore[assignment]
    logger.info("Action server calls carry the current turn's events")
