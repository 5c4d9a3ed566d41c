"""A message that adds to a patient already assessed ("bone CT not done yet", "fundoscopy
normal") lists what it adds, not the whole patient again; the first note, a new patient's note and
a correction list the whole patient."""

import asyncio
import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.triage import ActionTriage
from bot.dialogue.texts import t
from bot.models import Evidence, Finding
from bot.session import TriageSession


def tracker(text, slots, intent="inform_result"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9},
               "entities": [{"entity": "language", "value": "en"}], "poems_nothing_found": False}
    return Tracker("tester", {"language": "en", "answer": None, "failures": None, "requested_slot": None, **slots},
                   message, [{"event": "user", "text": text}], False, None, {"name": None}, "action_listen")


def said_by_triage(text, session=None, intent="inform_result"):
    slots = {"evidence": session.dump() if session else None, "interview": json.dumps({"mode": "triage"})}
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionTriage().run(dispatcher, tracker(text, slots, intent), {}))
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    kept = next((e["value"] for e in events if e.get("name") == "evidence"), None)
    return said, TriageSession.load(kept) if kept else None


def understood_block(said):
    """The paragraph that lists what was understood."""
    return next(p for p in said.split("\n\n") if p.startswith(t("understood_title", "en")))


def assessed_patient():
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept=c) for c in ("polyneuropathy", "hyperpigmentation",
                                                                    "splenomegaly")], age=58, sex="male"))
    s.assessed = True
    return s



def test_a_follow_up_lists_only_what_it_adds():
    said, kept = said_by_triage("Bone CT not done yet. Fundoscopy: papilloedema present.", assessed_patient())
    block = understood_block(said)
    assert "bone CT" in block and "papilloedema" in block.lower()
    assert "hyperpigmentation" not in block and "splenomegaly" not in block and "58" not in block
    # the whole patient is still there: criteria status and evidence
    assert "Skin changes" in said
    assert {"hyperpigmentation", "papilledema"} <= {f.concept for f in kept.evidence.findings}


def test_the_first_note_lists_everything():
    said, _ = said_by_triage("58M, polyneuropathy, hyperpigmentation and splenomegaly.", intent="referral_note")
    block = understood_block(said)
    assert "hyperpigmentation" in block and "splenomegaly" in block


def test_a_correction_lists_the_whole_patient():
    said, _ = said_by_triage("sorry, the hyperpigmentation was in the past", assessed_patient(), intent="correction")
    assert "splenomegaly" in said and "hyperpigmentation" in said
