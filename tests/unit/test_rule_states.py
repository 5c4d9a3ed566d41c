"""service.rule_states: within one RulePolicy prediction the conversation's states are built
once, and each look-up (text, then intent) still gets the states a fresh build gives."""

import copy

from rasa.core.featurizers.tracker_featurizers import MaxHistoryTrackerFeaturizer
from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker

from service import rule_states
from tests.unit.test_action_payload import DOMAIN, conversation


def after_user_message() -> DialogueStateTracker:
    """The tracker right after the latest user message, where RulePolicy looks twice."""
    return DialogueStateTracker.from_events("s1", list(conversation().events)[:-2], DOMAIN.slots)


def _both(featurizer, tracker, rule_only_data):
    return [featurizer.prediction_states([tracker], DOMAIN, use_text_for_last_user_input=text,
                                         rule_only_data=rule_only_data)[0] for text in (True, False)]


def test_one_build_per_prediction_and_the_same_states(monkeypatch):
    assert rule_states.install()
    featurizer = MaxHistoryTrackerFeaturizer(None, max_history=None)  # RulePolicy's featurizer
    tracker = after_user_message()
    rule_only_data = {"rule_only_slots": [], "rule_only_loops": []}
    fresh = _both(featurizer, tracker, rule_only_data)  # outside a prediction: Rasa's own
    assert fresh[0] != fresh[1]  # the last user turn: its text, then its intent

    builds = []
    past_states = tracker.past_states

    def counting(*args, **kwargs):
        builds.append(1)
        return past_states(*args, **kwargs)

    monkeypatch.setattr(tracker, "past_states", counting)
    monkeypatch.setattr(rule_states._local, "states", {}, raising=False)
    kept = copy.deepcopy(fresh)
    shared = _both(featurizer, tracker, rule_only_data)
    assert shared == kept == fresh
    assert len(builds) == 1
    # a look-up's edits of its states do not reach the next one
    shared[0][-1]["user"]["edited"] = 1
    assert _both(featurizer, tracker, rule_only_data) == kept
    assert len(builds) == 1
    monkeypatch.setattr(rule_states._local, "states", None)  # outside a prediction again
    assert _both(featurizer, tracker, rule_only_data) == kept
    assert len(builds) == 3


def test_a_longer_tracker_is_built_again():
    assert rule_states.install()
    featurizer = MaxHistoryTrackerFeaturizer(None, max_history=None)
    tracker = after_user_message()
    rule_states._local.states = {}
    try:
        before = featurizer.prediction_states([tracker], DOMAIN)[0]
        tracker.update(ActionExecuted("action_triage"))
        after = featurizer.prediction_states([tracker], DOMAIN)[0]
    finally:
        rule_states._local.states = None
    assert len(after) == len(before) + 1 and after[-1]["prev_action"] == {"action_name": "action_triage"}
    assert after == featurizer.prediction_states([tracker], DOMAIN)[0]


def test_rule_policy_predict_is_wrapped_and_leaves_nothing_behind():
    assert rule_states.install()
    assert RulePolicy._predict.__wrapped__ is not None
    assert getattr(rule_states._local, "states", None) is None


def test_copy_states_copies_every_sub_state():
    states = [{"user": {"intent": "greet", "text": "hi"}, "prev_action": {"action_name": "action_listen"}}, {}]
    copied = rule_states.copy_states(states)
    assert copied == states
    del copied[0]["user"]["text"]
    assert states[0]["user"]["text"] == "hi"
