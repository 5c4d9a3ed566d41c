"""A bare "no" (or "yes", "无", "有") answering a question that asks for a value ("Serum VEGF: what
was the value …?") says neither the result nor that the test was not done: the assistant says
so and asks which, the question stays open and nothing is recorded. Before, "no" to the VEGF
question in the CIDP screen recorded the VEGF as not elevated."""

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import SESSION_SLOT
from actions.modes import MODES
from bot.dialogue import texts
from bot.models import Evidence, Finding
from bot.session import TriageSession


def tracker(text, lang, session):
    slots = {"language": lang, "evidence": session, "interview": None, "answer": None, "failures": None,
             "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "deny", "confidence": 0.9},
               "entities": [{"entity": "language", "value": lang}], "poems_nothing_found": True}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": None}, "action_listen")


@pytest.mark.parametrize("key", ["serum_vegf", "serum_free_light_chains", "blood_count"])
@pytest.mark.parametrize("text, lang", [("no", "en"), ("yes", "en"), ("没有", "zh"), ("有", "zh")])
def test_the_assistant_asks_what_the_yes_or_no_means(key, text, lang):
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")]))
    s.ask(key)
    dispatcher = CollectingDispatcher()
    events = MODES["triage"].answer(dispatcher, tracker(text, lang, s.dump()), lang, text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert said == texts.t("bare_yes_no", lang, test=texts.test_name(key, lang))
    saved = [e["value"] for e in events if e.get("event") == "slot" and e["name"] == SESSION_SLOT]
    after = TriageSession.load(saved[-1]) if saved else s
    assert after.current == key and not after.evidence.not_done
    assert all(c.state.value != "absent" for c in after.assess().criteria.values())
