"""What service.rule_states saves: RulePolicy's two rule look-ups after a user message (text, then
intent) each build the states of the whole conversation; the patch builds them once per
prediction. The saving grows with the conversation, so it is timed at several lengths, on the
project's own domain, in CPU time per prediction (the build pair only; the rest of the request is
unchanged). Nothing is asserted."""

from __future__ import annotations

import itertools
import time
from typing import Any, Dict, List

from benchmarks.common import ROOT, machine, now, table

TURNS = (7, 15, 30, 60)


def _events(domain: Any, turns: int) -> List[Any]:
    """A conversation of ``turns`` user messages over the domain's intents, actions and slots."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered

    intents = itertools.cycle(domain.intents)
    actions = itertools.cycle([name for name in domain.user_actions if name.startswith("action_")])
    slots = itertools.cycle([slot for slot in domain.slots if slot.type_name != "list"])
    events: List[Any] = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    for turn in range(turns):
        events.append(UserUttered(f"message {turn}", intent={"name": next(intents), "confidence": 1.0}))
        if turn < turns - 1:
            slot = next(slots)
            events += [ActionExecuted(next(actions)),
                       SlotSet(slot.name, True if slot.type_name == "bool" else "x"),
                       BotUttered("reply"), ActionExecuted("action_listen")]
    return events


def _cpu_ms(featurizer: Any, tracker: Any, domain: Any, shared: bool, repeats: int) -> float:
    """CPU ms for the two look-ups' state builds, best of three rounds of ``repeats``."""
    from service import rule_states

    best = float("inf")
    rule_only = {"rule_only_slots": [], "rule_only_loops": []}
    for _ in range(3):
        started = time.process_time()
        for _ in range(repeats):
            rule_states._local.states = {} if shared else None  # inside / outside a prediction
            for use_text in (True, False):
                featurizer.prediction_states([tracker], domain, use_text_for_last_user_input=use_text,
                                             rule_only_data=rule_only)
        rule_states._local.states = None
        best = min(best, (time.process_time() - started) / repeats * 1000)
    return best


def run(quick: bool = False) -> Dict[str, object]:
    from rasa.core.featurizers.tracker_featurizers import MaxHistoryTrackerFeaturizer
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    from service import rule_states

    print(f"== RulePolicy state builds per prediction, with and without service.rule_states — {machine()}")
    rule_states.install()
    domain = Domain.load(str(ROOT / "domain.yml"))
    featurizer = MaxHistoryTrackerFeaturizer(None, max_history=None)  # RulePolicy's featurizer
    rows = []
    for turns in TURNS:
        tracker = DialogueStateTracker.from_events("bench", _events(domain, turns), domain.slots)
        twice = _cpu_ms(featurizer, tracker, domain, shared=False, repeats=20 if quick else 100)
        once = _cpu_ms(featurizer, tracker, domain, shared=True, repeats=20 if quick else 100)
        rows.append([turns, f"{twice:.2f} ms", f"{once:.2f} ms", f"{twice - once:.2f} ms"])
    text = table(["user turns", "built twice (Rasa)", "built once (patch)", "saved per prediction"], rows)
    print(text)
    return {"name": "rule_states", "date": now(), "machine": machine(), "table": text}
