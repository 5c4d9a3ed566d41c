"""The actions against rasa-sdk's Tracker and CollectingDispatcher (no servers)."""

import asyncio
import json
import re

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.cidp_screen import ActionCidpScreen
from actions.education import ActionEducation
from actions.interview import ActionAskAnswer, ActionInterviewSummary, ValidateInterviewForm
from actions.quiz import ActionQuizStart
from actions.risk import ActionRiskStart
from actions.smalltalk import ActionDefaultFallback, ActionFallback, ActionHandoff
from actions.triage import ActionTriage
from bot.models import Evidence, Finding, FindingStatus, LabValue, TestNotDone
from bot.dialogue.texts import t
from bot.session import TriageSession

HAN = re.compile(r"[\u4e00-\u9fff]")
DOMAIN = {"forms": {"interview_form": {"required_slots": ["answer"]}}, "slots": {}}


def evidence_entity(*concepts, absent=()):
    ev = Evidence(findings=[Finding(concept=c) for c in concepts]
                  + [Finding(concept=c, status=FindingStatus.absent) for c in absent])
    return {"entity": "poems_evidence", "value": ev.json()}


def tracker(text="", intent="referral_note", lang="en", entities=(), slots=None, confidence=0.95):
    slots = {"language": lang, "evidence": None, "interview": None, "answer": None,
             "failures": None, "requested_slot": None, **(slots or {})}
    message = {"text": text, "intent": {"name": intent, "confidence": confidence},
               "entities": [{"entity": "language", "value": lang}, *entities]}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": None}, "action_listen")


def run(action, trk):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, trk, DOMAIN))
    return dispatcher.messages, events


def slot(events, name):
    return next(e["value"] for e in reversed(events) if e.get("event") == "slot" and e["name"] == name)


def payloads(messages):
    return [m["custom"] for m in messages if m.get("custom")]


def texts(messages):
    return "\n".join(m["text"] for m in messages if m.get("text"))


def test_triage_sends_understood_criteria_verdict_disclaimer_and_payload():
    messages, events = run(ActionTriage(), tracker("note", entities=[evidence_entity(
        "polyneuropathy", "peripheral_edema", absent=["hypertrichosis"])]))
    text = texts(messages)
    assert "What I understood" in text and "no hypertrichosis" in text
    assert "Verdict: Suspected" in text and "not a diagnosis" in text
    (payload,) = payloads(messages)
    assert payload["type"] == "poems_assessment" and payload["verdict"] == "suspected"
    assert set(payload["criteria"]) >= {"polyneuropathy", "skin_changes"} and payload["language"] == "en"
    assert payload["criteria"]["skin_changes"] == "unknown"  # one absent sign is not "absent"
    assert payload["missing_evidence"][0]["test"] == "serum_free_light_chains"
    assert json.loads(slot(events, "interview"))["mode"] == "triage"


def test_triage_in_chinese_and_disclaimer_only_once():
    messages, events = run(ActionTriage(), tracker("记录", lang="zh", entities=[evidence_entity("polyneuropathy")]))
    assert HAN.search(texts(messages)) and "并非诊断" in texts(messages)
    again, _ = run(ActionTriage(), tracker("更多", lang="zh", entities=[evidence_entity("hyperpigmentation")],
                                           slots={"evidence": slot(events, "evidence")}))
    assert "并非诊断" not in texts(again)


def test_correction_reports_what_changed():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    messages, _ = run(ActionTriage(), tracker("the edema was in the past", intent="correction",
                                              entities=[evidence_entity(absent=["peripheral_edema"])],
                                              slots={"evidence": slot(events, "evidence")}))
    assert "corrected" in texts(messages)
    assert "Extravascular volume overload: met → unknown" in texts(messages)


def _form_turn(text, slots, lang="en", intent="inform_result", entities=()):
    trk = tracker(text, intent=intent, lang=lang, entities=entities, slots={**slots, "answer": text,
                                                                           "requested_slot": "answer"})
    trk.events.append({"event": "slot", "name": "answer", "value": text})
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateInterviewForm().run(dispatcher, trk, DOMAIN))
    new = dict(slots)
    for e in events:
        if e.get("event") == "slot" and e["name"] in ("evidence", "interview", "quiz"):
            new[e["name"]] = e["value"]
    return dispatcher.messages, events, new


def test_form_asks_answers_and_finishes():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    messages, _ = run(ActionAskAnswer(), tracker("", slots=slots))
    assert "free light chains" in texts(messages)
    messages, events, slots = _form_turn("FLC ratio 0.12", slots)
    assert "Monoclonal plasma-cell disorder: unknown → met" in texts(messages)
    assert payloads(messages)[0]["criteria"]["monoclonal_plasma_cell_disorder"] == "present"
    # more to ask: the form is not ended (Rasa requests `answer` again)
    assert not any(e.get("name") == "requested_slot" and e["value"] is None for e in events)
    messages, _, slots = _form_turn("not done", slots)
    assert "not done" in texts(messages) and "serum VEGF" in texts(messages)
    _, events, slots = _form_turn("stop", slots, intent="stop")
    assert {"event": "slot", "name": "requested_slot", "value": None, "timestamp": None} in events
    messages, _ = run(ActionInterviewSummary(), tracker("stop", slots=slots))
    text = texts(messages)
    assert "Recommended work-up" in text and "serum VEGF (not done yet)" in text
    assert "refer this patient to haematology" in text
    assert payloads(messages)[0]["verdict"] == "suspected"


def test_an_answer_that_also_says_another_test_is_not_done_notes_both():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    run(ActionAskAnswer(), tracker("", slots=slots))  # asks for the free light chains
    said = Evidence(labs=[LabValue(analyte="flc_ratio", value=1.0)],
                    not_done=[TestNotDone(test="serum_immunofixation", reason="pending")])
    messages, _, slots = _form_turn("FLC ratio 1.0, IFE pending", slots,
                                    entities=[{"entity": "poems_evidence", "value": said.json()}])
    text = texts(messages)
    assert "Noted for serum free light chains." in text
    assert "serum immunofixation pending (unknown until the result is back, not negative)" in text
    assert "serum_immunofixation" in {n.test for n in TriageSession.load(slots["evidence"]).evidence.not_done}


def test_a_note_that_ends_the_interview_does_not_say_the_asked_test_is_still_open():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    run(ActionAskAnswer(), tracker("", slots=slots))  # asks for the free light chains
    more = Evidence(findings=[Finding(concept=c) for c in ("serum_immunofixation", "sclerotic_bone_lesion")])
    messages, _, _ = _form_turn("IFE IgA lambda, sclerotic lesion L3", slots,
                                entities=[{"entity": "poems_evidence", "value": more.json()}])
    assert "Meets the diagnostic criteria" in texts(messages) and "Still open" not in texts(messages)
    # while the interview goes on, the asked test is said to be still open
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    run(ActionAskAnswer(), tracker("", slots=slots))
    messages, _, _ = _form_turn("hyperpigmentation", slots, entities=[evidence_entity("hyperpigmentation")])
    assert "Still open: serum free light chains" in texts(messages)


def test_an_answer_that_makes_the_asked_test_unneeded_does_not_call_it_still_open():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    run(ActionAskAnswer(), tracker("", slots=slots))  # asks for the free light chains
    messages, _, slots = _form_turn("IFE shows IgA lambda", slots, entities=[evidence_entity("serum_immunofixation")])
    text = texts(messages)
    assert "Monoclonal plasma-cell disorder: unknown → met" in text
    assert "Still open" not in text  # the M-protein is shown: the light chains are no longer asked
    session = TriageSession.load(slots["evidence"])
    assert session.next_question() not in (None, "serum_free_light_chains")


@pytest.mark.parametrize("lang, said", [
    ("en", "Endocrinopathy is still unknown: Diabetes and/or hypothyroidism alone"),
    ("zh", "内分泌病变仍未知:仅有糖尿病和/或甲状腺功能减退不足以作为内分泌次要标准"),
])
def test_an_answer_that_changes_no_criterion_says_why_it_did_not_count(lang, said):
    """"TSH 8.2, FT4 low" while the light chains are asked: hypothyroidism is understood, the
    endocrine criterion stays unknown, and the reply says why (二(二)3), not only what was read."""
    _, events = run(ActionTriage(), tracker("note", lang=lang,
                                            entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview"), "language": lang}
    run(ActionAskAnswer(), tracker("", lang=lang, slots=slots))
    messages, _, _ = _form_turn("TSH 8.2, FT4 low", slots, lang=lang, entities=[evidence_entity("hypothyroidism")])
    assert said in texts(messages)
    # the TSH number is not taken as the asked ratio, and the reply says so, keeping the rest
    assert ("names TSH" in texts(messages)) if lang == "en" else ("TSH" in texts(messages))
    # an answer that changes a criterion gets its change, not a why
    messages, _, _ = _form_turn("hyperpigmentation", slots, entities=[evidence_entity("hyperpigmentation")])
    assert "still unknown:" not in texts(messages) and "仍未知:" not in texts(messages)


def _validate(trk):
    dispatcher = CollectingDispatcher()
    return dispatcher.messages, asyncio.run(ValidateInterviewForm().run(dispatcher, trk, DOMAIN))


def _asked(events):
    return [e["value"] for e in events if e.get("event") == "slot" and e["name"] == "ask_text"]


def test_validation_composes_the_question_the_form_asks_next():
    """validate_interview_form returns the next question in the slot utter_ask_answer shows:
    the text action_ask_answer sends for the same slots, in the conversation's language."""
    for lang, word in (("en", "free light chains"), ("zh", "游离轻链")):
        _, events = run(ActionTriage(), tracker("note", lang=lang, entities=[evidence_entity(
            "polyneuropathy", "peripheral_edema")]))
        slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
        # form activation: nothing requested yet, nothing to validate
        _, events = _validate(tracker("note", lang=lang, slots=slots))
        (first,) = _asked(events)
        assert word in first
        asked, _ = run(ActionAskAnswer(), tracker("", lang=lang, slots=slots))
        assert texts(asked) == first
        assert json.loads(slot(events, "evidence"))["current"] == "serum_free_light_chains"
        # an answer: the question after it, as the ask action would send it after the validation
        messages, events, slots = _form_turn("FLC ratio 0.12" if lang == "en" else "FLC比值0.12", slots, lang=lang)
        (second,) = _asked(events)
        assert second != first and second not in texts(messages)
        assert [e["name"] for e in events if e.get("event") == "slot"].count("evidence") == 1
        asked, _ = run(ActionAskAnswer(), tracker("", lang=lang, slots=slots))
        assert texts(asked) == second
        assert json.loads(slots["evidence"])["current"] == json.loads(
            TriageSession.load(slots["evidence"]).json())["current"] != "serum_free_light_chains"


def test_no_question_when_the_form_ends_or_rasa_rejects_the_turn():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    _, events, _ = _form_turn("stop", slots, intent="stop")
    assert _asked(events) == []
    # `answer` requested and nothing extracted (e.g. a restart): Rasa rejects the form's turn
    # when no slot was validated, so the validation must not add one
    _, events = _validate(tracker("/restart", intent="restart", slots={**slots, "requested_slot": "answer"}))
    assert not [e for e in events if e.get("event") == "slot" and e["name"] != "requested_slot"]


def test_unreadable_answers_twice_offers_a_person(monkeypatch):
    monkeypatch.setenv("POEMS_HANDOFF_CONTACT", "call ext. 4242")
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    _, events = _validate(tracker("note", slots=slots))  # the form starts and asks (FLC)
    slots["evidence"] = slot(events, "evidence")
    messages, _, slots = _form_turn("blue", slots)
    assert "could not read" in texts(messages)
    messages, _, slots = _form_turn("green", slots)
    assert "call ext. 4242" in texts(messages)


def test_cidp_screen_starts_with_the_screen():
    messages, events = run(ActionCidpScreen(), tracker("CIDP patient not responding to IVIG", intent="cidp_screen",
                                                       entities=[evidence_entity("cidp_diagnosis", "treatment_nonresponse")]))
    assert "CIDP" in texts(messages)
    assert payloads(messages)[0]["criteria"]["polyneuropathy"] == "present"
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    messages, _ = run(ActionAskAnswer(), tracker("", slots=slots))
    assert "immunofixation" in texts(messages)


@pytest.mark.parametrize("intent, lang, cite", [("ask_vegf", "en", "二(二)4"), ("ask_criteria", "zh", "表2"),
                                                ("ask_m_protein", "en", "二(二)1"), ("ask_differential", "zh", "二(三)"),
                                                ("ask_risk_info", "en", "表3"), ("ask_response_info", "en", "表5"),
                                                ("ask_treatment", "zh", "五")])
def test_education_answers_cite_the_consensus(intent, lang, cite):
    messages, _ = run(ActionEducation(), tracker("q", intent=intent, lang=lang))
    text = texts(messages)
    assert cite in text
    assert bool(HAN.search(text.split("\n")[2])) == (lang == "zh")


@pytest.mark.parametrize("text, intent, lang", [
    ("POEMS的骨髓表现有哪些？", "ask_criteria", "zh"), ("What does the bone marrow show in POEMS?", "ask_workup", "en"),
    ("骨穿要做流式吗", "ask_m_protein", "zh"),
])
def test_a_bone_marrow_question_gets_the_marrow_topic_whatever_its_intent(text, intent, lang):
    messages, _ = run(ActionEducation(), tracker(text, intent=intent, lang=lang))
    said = texts(messages)
    assert "CD138" in said and "二(二)1" in said and "表1" in said


def test_quiz_round_scored_against_the_engine():
    messages, events = run(ActionQuizStart(), tracker("start quiz", intent="start_quiz"))
    assert "Quiz case 1" in texts(messages)
    slots = {"interview": slot(events, "interview")}
    messages, _, slots = _form_turn("met", slots, intent="inform_result")
    assert payloads(messages)[0]["type"] == "poems_quiz" and payloads(messages)[0]["points"] == 2
    messages, events = run(ActionQuizStart(), tracker("next case", intent="start_quiz", slots=slots))
    assert "Quiz case 2" in texts(messages)


@pytest.mark.parametrize("text, lang", [("next", "en"), ("Next!", "en"), ("one more", "en"), ("下一个", "zh"),
                                        ("继续", "zh")])
def test_a_bare_next_after_a_scored_case_gives_the_next_case(text, lang):
    messages, events = run(ActionQuizStart(), tracker("start quiz", intent="start_quiz", lang=lang))
    slots = {"interview": slot(events, "interview"), "quiz": slot(events, "quiz")}
    _, _, slots = _form_turn("met", slots, intent="inform_result", lang=lang)
    for action, intent in ((ActionFallback(), "nlu_fallback"), (ActionTriage(), "inform_result")):
        messages, events = run(action, tracker(text, intent=intent, lang=lang, slots=slots))
        assert ("Quiz case 2" if lang == "en" else "测验病例 2") in texts(messages)
        assert json.loads(slot(events, "quiz"))["cases_done"] == 2


def test_next_outside_a_scored_quiz_case_is_not_a_quiz():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    messages, _ = run(ActionFallback(), tracker("next", intent="nlu_fallback", slots=slots))
    assert "Quiz" not in texts(messages)


def test_the_quiz_goes_on_from_the_last_case_after_a_note_in_between():
    messages, events = run(ActionQuizStart(), tracker("start quiz", intent="start_quiz"))
    slots = {"interview": slot(events, "interview"), "quiz": slot(events, "quiz")}
    _, _, slots = _form_turn("met", slots, intent="inform_result")
    # a note replaces the interview state; the quiz's progress is its own slot
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy")], slots=slots))
    slots["interview"] = slot(events, "interview")
    assert json.loads(slots["interview"])["mode"] == "triage"
    messages, events = run(ActionQuizStart(), tracker("next case", intent="start_quiz", slots=slots))
    assert "Quiz case 2" in texts(messages)
    assert json.loads(slot(events, "quiz")) == {"cases_done": 2, "score": 2, "max": 2}


@pytest.mark.parametrize("text, scored", [
    ("what does POEMS stand for?", False), ("what dose of lenalidomide is used?", False),
    ("what is POEMS syndrome?", False),
    ("not met — what about VEGF?", True), ("met", True), ("it is POEMS", True),
    # a question that names a criterion but claims nothing is a question, not "VEGF missing"
    ("为什么VEGF要用血清测？", False), ("why is VEGF measured in serum?", False),
    ("VEGF missing", True), ("不符合，缺VEGF", True),
])
def test_a_consensus_question_during_the_quiz_is_answered_not_scored(text, scored):
    _, events = run(ActionQuizStart(), tracker("start quiz", intent="start_quiz"))
    slots = {"interview": slot(events, "interview"), "quiz": slot(events, "quiz")}
    messages, _, slots = _form_turn(text, slots, intent="ask_criteria")
    assert bool(payloads(messages)) == scored
    assert json.loads(slots["interview"]).get("answered", False) == scored
    if not scored:
        assert "Source:" in texts(messages)


def test_risk_score_from_one_message():
    messages, events = run(ActionRiskStart(), tracker(
        "risk score: age 56, pleural effusion, no pulmonary hypertension, eGFR 25", intent="risk_score"))
    slots = {"interview": slot(events, "interview")}
    messages, _ = run(ActionInterviewSummary(), tracker("", slots=slots))
    assert "PUMCH risk score: 4" in texts(messages)
    assert payloads(messages)[0]["group"] == "high"


def test_the_risk_score_starts_from_what_the_patients_notes_say():
    from nlu import extract_evidence

    note = extract_evidence("72F, sensory polyneuropathy, bilateral pleural effusions. Echo: PASP 55 mmHg. eGFR 24.")
    _, events = run(ActionTriage(), tracker("note", entities=[{"entity": "poems_evidence", "value": note.json()}]))
    slots = {"evidence": slot(events, "evidence")}
    messages, events = run(ActionRiskStart(), tracker("calculate the risk score", intent="risk_score", slots=slots))
    assert "Noted:" in texts(messages) and "72" in texts(messages)
    state = json.loads(slot(events, "interview"))
    assert set(state["values"]) == {"age", "pleural_effusion", "pulmonary_hypertension", "egfr"}
    messages, _ = run(ActionInterviewSummary(), tracker("", slots={**slots, "interview": slot(events, "interview")}))
    assert "PUMCH risk score: 5" in texts(messages)
    # without a patient nothing is noted and every item is asked
    messages, events = run(ActionRiskStart(), tracker("calculate the risk score", intent="risk_score"))
    assert "Noted:" not in texts(messages) and not json.loads(slot(events, "interview"))["values"]


def test_fallback_with_clinical_evidence_goes_to_triage():
    for action in (ActionFallback(), ActionDefaultFallback()):
        messages, events = run(action, tracker("hi, 52M neuropathy", intent="nlu_fallback",
                                               entities=[evidence_entity("polyneuropathy")]))
        assert payloads(messages)[0]["type"] == "poems_assessment"
        assert {"event": "followup", "name": "interview_form", "timestamp": None} in events


def test_fallback_without_evidence_hands_off_the_second_time():
    messages, events = run(ActionFallback(), tracker("blah", intent="nlu_fallback", entities=[]))
    assert "did not understand" in texts(messages) and slot(events, "failures") == 1
    messages, _ = run(ActionFallback(), tracker("blah", intent="nlu_fallback", slots={"failures": 1}))
    assert "person" in texts(messages)


def test_handoff_default_text_in_chinese(monkeypatch):
    monkeypatch.delenv("POEMS_HANDOFF_CONTACT", raising=False)
    messages, _ = run(ActionHandoff(), tracker("转人工", intent="human_handoff", lang="zh"))
    assert "血液科" in texts(messages)


def test_actions_never_log_message_text(caplog):
    secret = "SECRET-NOTE-TEXT polyneuropathy"
    with caplog.at_level("DEBUG"):
        run(ActionTriage(), tracker(secret, entities=[evidence_entity("polyneuropathy")]))
        run(ActionFallback(), tracker(secret, intent="nlu_fallback", entities=[{"entity": "poems_evidence", "value": "{bad"}]))
    assert "SECRET-NOTE-TEXT" not in caplog.text


def test_a_non_clinical_message_classified_as_a_result_is_not_understood():
    messages, events = run(ActionTriage(), tracker("qwzx plorb", intent="inform_result", entities=[]))
    assert "did not understand" in texts(messages) and not payloads(messages)
    assert json.loads(slot(events, "interview"))["stopped"] is True


@pytest.mark.parametrize("action", [ActionTriage(), ActionCidpScreen()])
def test_a_note_that_cannot_be_read_is_refused_politely_without_changing_anything(action):
    """Binary text: the user is told why (never quoting it) and no slot changes."""
    text = "\x00\x01\x02 binary \x03\x04 Zarquon-7"
    messages, events = run(action, tracker(text, intent="referral_note"))
    assert events == []
    said = texts(messages)
    assert "could not read" in said and "Zarquon" not in said
    assert not payloads(messages)


# ---------------------------------------------------------------- impossible values in a note
def _note_entities(text):
    import nlu
    from nlu.rasa_component import entities_for

    return entities_for(nlu.extract(text), text)


@pytest.mark.parametrize("text,lang,shown,kept", [
    ("Numbness of both feet. IFE: IgG lambda positive. PLT 50 000 x10^9/L.", "en",
     ["set aside", "platelet count of 50000 10^9/L is impossible", "give the platelet count again"],
     "serum immunofixation"),
    ("双下肢麻木。血红蛋白 300 g/L。皮肤色素沉着。", "zh", ["暂不采用", "血红蛋白 300 g/L", "重新提供"], "色素沉着"),
])
@pytest.mark.parametrize("through_entity", [True, False])
def test_a_note_with_one_impossible_value_keeps_the_rest_and_says_so(text, lang, shown, kept, through_entity):
    """The value is set aside and named; the other findings are used; the blood count is still
    asked (the criterion is unknown, not absent). With or without the NLU component's entities."""
    entities = _note_entities(text) if through_entity else []
    messages, events = run(ActionTriage(), tracker(text, lang=lang, entities=entities))
    said = texts(messages)
    for words in shown:
        assert words in said
    assert kept in said
    assert payloads(messages)[0]["criteria"]["thrombocytosis_polycythemia"] == "unknown"
    session = TriageSession.load(slot(events, "evidence"))
    assert not session.evidence.labs and session.evidence.findings


def test_an_impossible_value_typed_as_an_answer_is_refused():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy", "peripheral_edema")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    before = TriageSession.load(slots["evidence"])
    text = "PLT 50 000 x10^9/L"
    messages, _, slots = _form_turn(text, slots, entities=_note_entities(text))
    assert "impossible" in texts(messages)
    assert not TriageSession.load(slots["evidence"]).evidence.labs
    assert len(TriageSession.load(slots["evidence"]).evidence.findings) == len(before.evidence.findings)


@pytest.mark.parametrize("text, lang, shown, kept", [
    ("Hb 300 g/L, IFE IgA lambda, sclerotic lesion on CT", "en", "haemoglobin of 300 g/L is impossible",
     {"serum_immunofixation", "sclerotic_bone_lesion"}),
    ("血小板 50000×10^9/L，免疫固定电泳IgA-λ阳性", "zh", "血小板", {"serum_immunofixation"}),
    ("VEGF 5000 mmol/L, skin darkening", "en", "mmol/L is not a unit VEGF is reported in", {"hyperpigmentation"}),
])
def test_an_impossible_value_in_an_answer_with_findings_is_set_aside_and_the_rest_kept(text, lang, shown, kept):
    """Only the impossible value is refused: the findings given with it are read (nothing lost)."""
    _, events = run(ActionTriage(), tracker("note", lang=lang, entities=[evidence_entity("polyneuropathy")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    messages, _, slots = _form_turn(text, slots, lang=lang, entities=_note_entities(text))
    said = texts(messages)
    assert t("set_aside_title", lang) in said and shown in said
    session = TriageSession.load(slots["evidence"])
    assert kept <= {f.concept for f in session.evidence.findings}
    assert not session.evidence.labs


@pytest.mark.parametrize("text, lang, shown", [
    ("VEGF 5000 mmol/L", "en", "mmol/L is not a unit VEGF is reported in"),
    ("血小板 500 mg/dL", "zh", "mg/dL不是血小板的单位"),
])
def test_a_value_in_a_unit_of_another_test_is_set_aside_and_said_not_misunderstood(text, lang, shown):
    from actions.smalltalk import ActionFallback

    messages, _ = run(ActionFallback(), tracker(text, intent="nlu_fallback", lang=lang,
                                                entities=_note_entities(text)))
    said = texts(messages)
    assert t("set_aside_title", lang) in said and shown in said
    assert t("fallback", lang) not in said


@pytest.mark.parametrize("text, lang", [("PLT 9000", "en"), ("VEGF 5000 mmol/L", "en"), ("血小板 500 mg/dL", "zh")])
def test_a_first_message_with_only_a_value_set_aside_assesses_nothing_yet(text, lang):
    from actions.smalltalk import ActionFallback

    for action, intent in ((ActionFallback(), "nlu_fallback"), (ActionTriage(), "inform_result")):
        messages, events = run(action, tracker(text, intent=intent, lang=lang, entities=_note_entities(text)))
        said = texts(messages)
        assert t("set_aside_title", lang) in said and t("set_aside_only", lang) in said
        assert not payloads(messages)  # no assessment, no patient
        assert not any(e.get("event") == "slot" and e["name"] == "evidence" for e in events)
        assert not any(e.get("event") == "followup" for e in events)


def test_a_value_set_aside_after_a_note_still_reassesses_the_patient():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    messages, _ = run(ActionTriage(), tracker("PLT 9000", intent="inform_result", slots=slots,
                                              entities=_note_entities("PLT 9000")))
    said = texts(messages)
    assert t("set_aside_title", "en") in said and t("set_aside_only", "en") not in said


def test_a_message_the_nlu_found_nothing_in_is_not_read_again(monkeypatch):
    from actions import common

    def unexpected(text):
        raise AssertionError("read again")

    trk = tracker("thanks", intent="thank")
    trk.latest_message["poems_nothing_found"] = True
    monkeypatch.setattr(common, "_read", unexpected)
    evidence, error = common.extraction(trk)
    assert error is None and not common.has_clinical(evidence)
    assert evidence == Evidence(language=evidence.language)
    assert common.set_aside(trk) == []


@pytest.mark.parametrize("text, lang, said", [
    ("POEMS pt: 55F, pleural effusion on CXR, PASP 48 mmHg, eGFR 27. What is her risk group?", "en",
     "PUMCH risk score: 5"),
    ("POEMS患者，女，55岁，胸腔积液，eGFR 27。这个病人的预后分层？", "zh", "预后评分:4–5分——高危"),  # pulmonary hypertension not stated: 4 or 5
])
def test_a_note_that_asks_for_the_risk_group_gets_the_assessment_and_the_score(text, lang, said):
    from nlu import extract_evidence

    entity = {"entity": "poems_evidence", "value": extract_evidence(text).json()}
    messages, _ = run(ActionTriage(), tracker(text, lang=lang, entities=[entity]))
    assert said in texts(messages) and payloads(messages)[0]["type"] == "poems_assessment"


def test_a_note_without_a_risk_question_gets_no_score():
    from nlu import extract_evidence

    text = "55F, pleural effusion on CXR, PASP 48 mmHg, eGFR 27, IgA lambda"
    entity = {"entity": "poems_evidence", "value": extract_evidence(text).json()}
    messages, _ = run(ActionTriage(), tracker(text, entities=[entity]))
    assert "PUMCH" not in texts(messages)


@pytest.mark.parametrize("text, lang", [("why?", "en"), ("Why", "en"), ("what is the answer?", "en"),
                                        ("explain please", "en"), ("为什么？", "zh"), ("答案是什么", "zh")])
def test_why_after_a_scored_case_gives_its_reasoning_again(text, lang):
    messages, events = run(ActionQuizStart(), tracker("start quiz", intent="start_quiz", lang=lang))
    slots = {"interview": slot(events, "interview"), "quiz": slot(events, "quiz")}
    _, _, slots = _form_turn("met", slots, intent="inform_result", lang=lang)
    for action, intent in ((ActionFallback(), "nlu_fallback"), (ActionTriage(), "inform_result")):
        messages, events = run(action, tracker(text, intent=intent, lang=lang, slots=slots))
        assert ("Engine answer" if lang == "en" else "引擎判定") in texts(messages)
        assert not payloads(messages)  # no new score


def test_why_outside_a_scored_quiz_case_is_no_reasoning():
    _, events = run(ActionTriage(), tracker("note", entities=[evidence_entity("polyneuropathy")]))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    messages, _ = run(ActionFallback(), tracker("why?", intent="nlu_fallback", slots=slots))
    assert "Engine answer" not in texts(messages)


@pytest.mark.parametrize("note, reply", [
    ("Polyneuropathy and ankle oedema.", "the patient's sex is not known"),
    ("58-year-old woman: polyneuropathy and ankle oedema.", "needs the laboratory's reference range"),
    ("58-year-old man: polyneuropathy and ankle oedema.", "Endocrinopathy: unknown → met"),
])
def test_a_testosterone_without_its_range_is_read_for_a_man_and_its_range_asked_otherwise(note, reply):
    """thresholds.yml total_testosterone: the men's cut-off reads it only when the case is a man's."""
    _, events = run(ActionTriage(), tracker(note, entities=_note_entities(note)))
    slots = {"evidence": slot(events, "evidence"), "interview": slot(events, "interview")}
    text = "testosterone 5 nmol/L"
    messages, _, slots = _form_turn(text, slots, entities=_note_entities(text))
    assert reply in texts(messages)
