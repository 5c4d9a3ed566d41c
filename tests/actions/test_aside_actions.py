"""A remark made instead of an answer in the interview ("what is still missing?", "why?",
"thanks") is answered in the user's language and the question stays open: before, each was read
as an unreadable answer, and the second one skipped the question with a hand-off."""

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.modes import MODES
from bot.dialogue.texts import t
from bot.models import Evidence, Finding, LabValue
from bot.session import TriageSession


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept=c) for c in ("polyneuropathy", "peripheral_edema")]))
    s.ask("serum_vegf")
    return s


def tracker(text: str, lang: str, raw: str) -> Tracker:
    slots = {"language": lang, "evidence": raw, "interview": None, "answer": None, "failures": None,
             "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.4},
               "entities": [{"entity": "language", "value": lang}], "poems_nothing_found": True}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": "interview_form"}, "action_listen")


def answer(text: str, lang: str, raw: str):
    dispatcher = CollectingDispatcher()
    events = MODES["triage"].answer(dispatcher, tracker(text, lang, raw), lang, text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    slots = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "evidence"]
    return said, (slots[-1] if slots else raw)


@pytest.mark.parametrize("text, lang, expected", [
    ("what is still missing?", "en", "Elevated VEGF"), ("还缺什么？", "zh", "血清VEGF"),
    ("why?", "en", "VEGF"), ("为什么要查这个？", "zh", "VEGF"), ("thanks", "en", "welcome"), ("谢谢", "zh", "不客气")])
def test_a_remark_is_answered_and_the_question_is_never_skipped(text, lang, expected):
    raw = session().dump()
    for _ in range(3):
        said, raw = answer(text, lang, raw)
        assert expected in said
        assert t("skip_after_failures", lang, test="")[:4] not in said
    kept = TriageSession.load(raw)
    assert kept.current == "serum_vegf" and kept.failures == 0 and "serum_vegf" not in kept.asked


def test_why_gives_the_reason_of_the_asked_test():
    s = session()
    why = next(m.why("en") for m in s.assess().missing_evidence if m.test == "serum_vegf")
    said, _ = answer("why?", "en", s.dump())
    assert why in said


def test_an_answer_about_another_test_that_changes_no_criterion_is_acknowledged():
    s = session()
    s.evidence.labs.append(LabValue(analyte="vegf", value=680, unit="pg/mL"))
    s.ask("serum_immunofixation")
    text = "VEGF 860 pg/ml"
    dispatcher = CollectingDispatcher()
    trk = tracker(text, "en", s.dump())
    trk.latest_message["poems_nothing_found"] = False  # the NLU reads the value here
    events = MODES["triage"].answer(dispatcher, trk, "en", text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert "860" in said
    kept = TriageSession.load(next(e["value"] for e in events if e.get("name") == "evidence"))
    assert "serum_immunofixation" not in kept.asked  # not answered: asked again, now or later
    # "Still open" names the asked test only when it is the next question
    assert ("Still open: serum immunofixation" in said) == (kept.next_question() == "serum_immunofixation")


def test_what_is_missing_once_the_verdict_is_settled_names_no_empty_test_list():
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept=c) for c in ("polyneuropathy", "serum_immunofixation",
                                                                  "hyperpigmentation")],
                          labs=[LabValue(analyte="vegf", value=3200, unit="pg/mL", sample="serum",
                                         reference_high=600)]))
    s.ask("organomegaly")
    assert not s.assess().missing_evidence
    said, _ = answer("what is still missing?", "en", s.dump())
    missing, step = said.split("\n")[:2]
    assert "—" not in missing and "No test changes the verdict any more" in missing
    assert "staging still need" in missing and "endocrine panel" in missing  # met: staging tests named
    assert step.startswith("Next step: the diagnostic criteria are met")


def test_a_new_patients_note_in_the_interview_is_assessed_on_its_own():
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="hyperpigmentation")],
                          age=62, sex="female"))
    s.ask("serum_free_light_chains")
    text = "new patient: 70M, distal sensory ataxia. IgM-kappa paraprotein 6 g/L, no oedema, skin normal."
    dispatcher = CollectingDispatcher()
    trk = tracker(text, "en", s.dump())
    trk.latest_message["poems_nothing_found"] = False  # the NLU reads the note here
    events = MODES["triage"].answer(dispatcher, trk, "en", text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    kept = TriageSession.load(next(e["value"] for e in events if e.get("name") == "evidence"))
    assert t("new_patient", "en") in said
    assert (kept.evidence.age, kept.evidence.sex) == (70, "male")
    assert not any(f.concept == "hyperpigmentation" for f in kept.evidence.findings)


def test_a_why_about_another_test_gives_that_tests_reason():
    from nlu import extract_evidence

    text = "为什么还要查骨CT？"
    trk = tracker(text, "zh", session().dump())  # the VEGF question is asked
    trk.latest_message["entities"].append({"entity": "poems_evidence", "value": extract_evidence(text).json()})
    trk.latest_message["poems_nothing_found"] = False
    dispatcher = CollectingDispatcher()
    MODES["triage"].answer(dispatcher, trk, "zh", text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert said.startswith("为什么询问骨骼") and "未做" not in said
