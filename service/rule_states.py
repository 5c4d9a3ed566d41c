"""RulePolicy builds the states of the whole conversation once per prediction, not twice.

Rasa 3.6's ``RulePolicy._predict`` looks for a rule twice right after a user message: once
with the message's text, once with its intent (``_find_action_from_rules``). Each look builds
the states of every turn of the session from its events (``TrackerFeaturizer._create_states``,
i.e. ``Domain.states_for_tracker_history``, the policy's largest cost; it grows with the
conversation) and only then keeps the text or the intent of the last user turn
(``_choose_last_user_input``, which edits the user sub-state of the states in place).

``install()`` keeps, for the duration of one ``RulePolicy._predict`` call (the tracker does not
change inside it), the states ``_create_states`` built for that tracker and those arguments, and
hands each caller its own copy of every state and sub-state dict (the values inside, strings
and tuples, are never changed), so the second look gets the same states as a fresh build.
Nothing is kept after the prediction. ``POEMS_RULE_STATES_ONCE=0`` turns it off. Written for
Rasa 3.6 only. What it saves grows with the conversation: ``python -m benchmarks --only
rule_states`` measured 0.13 ms a prediction at 7 user turns and 0.92 ms at 60 (2026-11-26, 2-core
AMD EPYC), against ~21 ms of Rasa CPU per request; education quizzes run long.
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Any, Dict, List, Optional, Tuple

from service.rasa_patch import installed_once

logger = logging.getLogger(__name__)

ENV_SWITCH = "POEMS_RULE_STATES_ONCE"

_local = threading.local()


def copy_states(states: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Each state and each of its sub-state dicts copied (what the featurizer edits in place)."""
    return [{key: (dict(value) if isinstance(value, dict) else value) for key, value in state.items()}
            for state in states]


def _key(tracker: Any, omit_unset_slots: bool, ignore_rule_only_turns: bool,
         rule_only_data: Optional[Dict[str, Any]]) -> Tuple[Any, ...]:
    frozen = None if rule_only_data is None else tuple(
        (name, tuple(values)) for name, values in sorted(rule_only_data.items()))
    return id(tracker), len(tracker.events), omit_unset_slots, ignore_rule_only_turns, frozen


@installed_once("service.rule_states", ENV_SWITCH)
def install() -> None:
    """Share ``_create_states`` between the rule look-ups of one RulePolicy prediction.
    ``install()`` returns True when active (rasa_patch.installed_once)."""
    from rasa.core.featurizers.tracker_featurizers import TrackerFeaturizer
    from rasa.core.policies.rule_policy import RulePolicy

    create_states = TrackerFeaturizer._create_states  # a staticmethod: the plain function
    predict = RulePolicy._predict

    def _create_states(tracker: Any, domain: Any, omit_unset_slots: bool = False,
                       ignore_rule_only_turns: bool = False,
                       rule_only_data: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        kept = getattr(_local, "states", None)
        if kept is None:  # outside a RulePolicy prediction: as Rasa does
            return create_states(tracker, domain, omit_unset_slots=omit_unset_slots,
                                 ignore_rule_only_turns=ignore_rule_only_turns,
                                 rule_only_data=rule_only_data)
        key = _key(tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
        if key not in kept:
            kept[key] = (tracker, create_states(tracker, domain, omit_unset_slots=omit_unset_slots,
                                                ignore_rule_only_turns=ignore_rule_only_turns,
                                                rule_only_data=rule_only_data))
        return copy_states(kept[key][1])  # the tracker is held so that its id is not reused

    @functools.wraps(predict)
    def _predict(self: Any, tracker: Any, domain: Any) -> Any:
        outer = getattr(_local, "states", None)
        _local.states = {}
        try:
            return predict(self, tracker, domain)
        finally:
            _local.states = outer

    TrackerFeaturizer._create_states = staticmethod(_create_states)  # type: ignore[assignment]
    RulePolicy._predict = _predict  # type: ignore[assignment]
    logger.info("RulePolicy builds a conversation's states once per prediction")
