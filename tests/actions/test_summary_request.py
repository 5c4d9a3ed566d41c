""""summary please" / "总结一下" after the interview has ended gives the patient's summary again
(verdict, reasons, what is still unknown, next step); before, the stop intent outside the
interview only said "OK" and the summary could not be had again. A plain "stop", or a summary
request with no patient, still gets the short reply; "summary of the criteria?" is no request."""

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.smalltalk import ActionStop
from bot.dialogue.patient_questions import patient_question
from bot.models import Evidence, Finding, LabValue
from bot.session import TriageSession


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema")],
                          labs=[LabValue(analyte="platelets", value=480, unit="10^9/L")]))
    return s


def stop(text: str, lang: str, raw):
    slots = {"language": lang, "evidence": raw, "interview": None, "answer": None, "failures": None,
             "requested_slot": None}
    message = {"text": text, "intent": {"name": "stop", "confidence": 0.9},
               "entities": [{"entity": "language", "value": lang}]}
    trk = Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionStop().run(dispatcher, trk, {}))
    return dispatcher.messages, events


@pytest.mark.parametrize("text", ["summary please", "give me the summary", "summarise", "can you sum it up?",
                                  "recap", "Summary of this patient?", "总结一下", "给个总结", "请再总结一下这个病人"])
def test_a_summary_request_is_read(text):
    assert patient_question(text).kind == "summary"


@pytest.mark.parametrize("text", ["summary of the criteria?", "stop", "总结一下诊断标准", "summary: PN, IFE IgA-λ",
                                  "how do I write a summary for haematology?"])
def test_other_messages_are_no_summary_request(text):
    question = patient_question(text)
    assert question is None or question.kind != "summary"


@pytest.mark.parametrize("text, lang, title", [("summary please", "en", "Summary"), ("总结一下", "zh", "总结")])
def test_the_summary_is_given_again_after_the_interview(text, lang, title):
    messages, events = stop(text, lang, session().dump())
    said = "\n".join(m.get("text") or "" for m in messages)
    assert said.startswith(title) and ("Still unknown" in said or "仍未知" in said)
    assert any(m.get("custom", {}).get("type") == "poems_assessment" for m in messages)  # the card too
    assert not any(m.get("response") for m in messages)


@pytest.mark.parametrize("text, raw", [("stop", session().dump()), ("summary please", None)])
def test_a_plain_stop_or_no_patient_gets_the_short_reply(text, raw):
    messages, _ = stop(text, "en", raw)
    assert [m.get("response") for m in messages] == ["utter_stopped"]


@pytest.mark.parametrize("text, lang", [("summary please", "en"), ("总结一下", "zh")])
def test_inside_the_interview_a_summary_request_ends_it_with_the_summary(text, lang):
    from actions.modes import MODES

    s = session()
    s.ask("serum_vegf")
    slots = {"language": lang, "evidence": s.dump(), "interview": None, "answer": None, "failures": None,
             "requested_slot": "answer"}
    message = {"text": text, "intent": {"name": "stop", "confidence": 0.9},
               "entities": [{"entity": "language", "value": lang}]}
    trk = Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                  {"name": "interview_form"}, "action_listen")
    events = MODES["triage"].answer(CollectingDispatcher(), trk, lang, text)
    state = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "interview"]
    assert state and '"stopped": true' in state[-1]


def fallback(text: str, lang: str, raw):
    from actions.smalltalk import ActionFallback

    slots = {"language": lang, "evidence": raw, "interview": None, "answer": None, "failures": None,
             "requested_slot": None}
    message = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.3},
               "entities": [{"entity": "language", "value": lang}]}
    trk = Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFallback().run(dispatcher, trk, {}))
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


@pytest.mark.parametrize("text, lang, reasons, platelets", [("why?", "en", "Why", "Platelets"),
                                                            ("Why", "en", "Why", "Platelets"),
                                                            ("为什么？", "zh", "依据", "血小板")])
def test_a_bare_why_after_the_interview_gives_the_reasons_of_the_verdict(text, lang, reasons, platelets):
    assert patient_question(text).kind == "why"
    said = fallback(text, lang, session().dump())
    assert reasons in said and platelets in said  # the reasons, the platelet count's among them


@pytest.mark.parametrize("text", ["why VEGF?", "why measure VEGF", "为什么要查VEGF？", "why is POEMS called POEMS?"])
def test_a_why_that_names_something_is_no_bare_why(text):
    question = patient_question(text)
    assert question is None or question.kind != "why"


def test_inside_the_interview_a_bare_why_is_the_question_s_why():
    from actions.modes import MODES

    s = session()
    s.ask("serum_vegf")
    slots = {"language": "en", "evidence": s.dump(), "interview": None, "answer": None, "failures": None,
             "requested_slot": "answer"}
    message = {"text": "why?", "intent": {"name": "nlu_fallback", "confidence": 0.3},
               "entities": [{"entity": "language", "value": "en"}]}
    trk = Tracker("tester", slots, message, [{"event": "user", "text": "why?"}], False, None,
                  {"name": "interview_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    MODES["triage"].answer(dispatcher, trk, "en", "why?")
    said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert "VEGF" in said and not said.startswith("Summary")


@pytest.mark.parametrize("text, lang, concept", [("她月经停了半年", "zh", "amenorrhea"), ("月经停止半年", "zh", "amenorrhea"),
                                                 ("her periods stopped 6 months ago", "en", "amenorrhea")])
def test_a_fact_read_as_stop_is_a_note(text, lang, concept):
    """"她月经停了半年" after the summary was read as stop (its 停了) and only got "好的" (the fact lost)."""
    messages, events = stop(text, lang, session().dump())
    assert not any(m.get("response") == "utter_stopped" for m in messages)
    saved = next(e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "evidence")
    assert concept in {f.concept for f in TriageSession.load(saved).evidence.findings}


@pytest.mark.parametrize("text", ["stop", "enough, no more questions", "别问了", "不用问了"])
def test_a_stop_without_a_fact_still_stops(text):
    messages, _ = stop(text, "zh" if not text.isascii() else "en", session().dump())
    assert any(m.get("response") == "utter_stopped" for m in messages)
