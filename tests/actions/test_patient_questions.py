"""A question about the current patient typed outside or inside the interview ("what is still
missing?", "why is organomegaly unknown?", "为什么VEGF还不算满足？") is answered from the
assessment, with each named criterion's state, reasons and settling tests; the question is never
merged as evidence (before, "why is organomegaly unknown?" added an uncertain organomegaly, and
"what is still missing?" after the interview got "not understood")."""

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.education import ActionEducation
from actions.modes import MODES
from actions.smalltalk import ActionFallback
from actions.triage import ActionTriage
from bot.dialogue.patient_questions import patient_question
from bot.dialogue.texts import t
from bot.models import Evidence, Finding, LabValue
from bot.session import TriageSession
from nlu import extract_evidence


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(
        findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema"),
                  Finding(concept="hepatosplenomegaly", status="absent")],
        labs=[LabValue(analyte="platelets", value=480, unit="10^9/L")]))
    return s


def tracker(text: str, lang: str, raw, intent: str, form: bool = False) -> Tracker:
    slots = {"language": lang, "evidence": raw, "interview": None, "answer": None, "failures": None,
             "requested_slot": "answer" if form else None}
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9},
               "entities": [{"entity": "language", "value": lang}]}
    return Tracker("tester", slots, message, [{"event": "user", "text": text}], False, None,
                   {"name": "interview_form"} if form else {}, "action_listen")


def run(action, text, lang="en", raw=None, intent="referral_note"):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker(text, lang, raw, intent), {}))
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    slots = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "evidence"]
    return said, slots


@pytest.mark.parametrize("text, criteria", [
    ("why is organomegaly unknown?", ("organomegaly",)),
    ("why is VEGF not met?", ("vegf_elevated",)),
    ("为什么VEGF还不算满足？", ("vegf_elevated",)),
    ("is the skin criterion met?", ("skin_changes",)),
    ("what about the bone lesions?", ("sclerotic_bone_lesions",)),
    ("为什么脏器肿大是未知？", ("organomegaly",)),
    ("那骨头呢？", ("sclerotic_bone_lesions",)),
    ("what about the testosterone?", ("endocrinopathy",)),  # a hormone names its criterion
    ("那睾酮呢？", ("endocrinopathy",)), ("is the thyroid counted?", ("endocrinopathy",)),
])
def test_a_question_naming_a_criterion_and_a_state(text, criteria):
    found = patient_question(text, extract_evidence(text))
    assert found is not None and found.kind == "criteria" and found.criteria == criteria


@pytest.mark.parametrize("text", [
    "Why is VEGF measured in serum?",  # the consensus, not the patient
    "58M, CIDP, VEGF 2100 — why is it not met?", "papilloedema?",
    "Papilloedema? Not checked", "hepatomegaly", "no organomegaly",
    "皮肤变黑，水肿，算不算POEMS？", "no oedema, is the volume criterion met now?", "what about the skin? it is dark",
    "what is POEMS?", "how is POEMS treated?", "what are the diagnostic criteria for POEMS?",
    "POEMS的诊断标准是什么？", "如何诊断POEMS？", "does POEMS cause oedema?", "水肿，是POEMS吗？",
    # POEMS named, but about the disease or a consensus topic
    "What is POEMS syndrome?", "Is POEMS hereditary?", "How common is POEMS?", "Why is POEMS missed?",
    "POEMS是什么？", "POEMS怎么治疗？", "Does he need a bone marrow for POEMS?",
    "How should I treat POEMS in this patient?",
])
def test_notes_answers_and_consensus_questions_are_not_patient_questions(text):
    assert patient_question(text, extract_evidence(text)) is None


def test_why_a_criterion_is_unknown_is_answered_and_nothing_is_merged():
    raw = session().dump()
    said, slots = run(ActionTriage(), "why is organomegaly unknown?", raw=raw)
    assert "Organomegaly — unknown" in said
    assert "hepatosplenomegaly: reported absent" in said and "Not yet known: lymphadenopathy" in said
    assert slots == []  # the session is not saved again: nothing merged


def test_the_same_in_chinese():
    said, slots = run(ActionTriage(), "为什么脏器肿大是未知？", lang="zh", raw=session().dump())
    assert "脏器肿大" in said and "尚不明确:淋巴结肿大" in said and slots == []


def test_what_is_still_missing_after_the_interview():
    said, _ = run(ActionFallback(), "what is still missing?", raw=session().dump(), intent="nlu_fallback")
    assert said.startswith("Still unknown:") and "serum immunofixation" in said


@pytest.mark.parametrize("text, lang, first, step", [
    ("what do we do now?", "en", "Still unknown:", "Next step:"),
    ("下一步怎么办？", "zh", "仍未知:", "下一步:"),
])
def test_what_to_do_now_is_answered_with_the_missing_tests_and_the_next_step(text, lang, first, step):
    said, slots = run(ActionFallback(), text, lang=lang, raw=session().dump(), intent="nlu_fallback")
    assert said.startswith(first) and step in said and slots == []


@pytest.mark.parametrize("text", [
    "what should I do about the oedema?", "plan: IFE next week", "怎么办，脾大了",
])
def test_a_message_with_more_than_what_to_do_is_no_such_question(text):
    found = patient_question(text, extract_evidence(text))
    assert found is None or found.kind != "missing"


def test_without_a_patient_it_is_not_understood():
    said, _ = run(ActionFallback(), "what is still missing?", raw=None, intent="nlu_fallback")
    assert said == t("fallback", "en")


def test_a_criterion_question_about_the_patient_is_not_answered_from_the_consensus():
    said, _ = run(ActionEducation(), "why is VEGF not met?", raw=session().dump(), intent="ask_vegf")
    assert said.startswith("Elevated VEGF — unknown") and "serum VEGF" in said


def test_without_a_patient_the_consensus_answers():
    said, _ = run(ActionEducation(), "why is VEGF not met?", raw=None, intent="ask_vegf")
    assert "VEGF" in said and not said.startswith("Elevated VEGF — unknown")


def test_inside_the_interview_the_question_stays_open():
    s = session()
    s.ask("serum_vegf")
    dispatcher = CollectingDispatcher()
    text = "why is organomegaly unknown?"
    events = MODES["triage"].answer(dispatcher, tracker(text, "en", s.dump(), "referral_note", form=True), "en", text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert "Organomegaly — unknown" in said
    assert not [e for e in events if e.get("event") == "slot" and e.get("name") == "evidence"]


def test_a_note_written_as_a_question_is_merged_not_answered():
    raw = session().dump()
    said, slots = run(ActionTriage(), "皮肤变黑，水肿，算不算POEMS？", lang="zh", raw=raw)
    assert slots, "the new findings are merged and the session saved"
    kept = TriageSession.load(slots[-1])
    assert "hyperpigmentation" in {f.concept for f in kept.evidence.findings}


@pytest.mark.parametrize("text", [
    "is he likely to have POEMS?", "could this be POEMS?", "Does she meet the criteria?", "is it POEMS or CIDP?",
    "what do you think?", "what's the verdict?", "是POEMS吗？", "是 POEMS 吗？", "这个病人能诊断POEMS吗？",
    "符合诊断标准吗？", "你怎么看？",
    # POEMS with a word for the patient, or alone; "syndrome" / "综合征" left out
    "could POEMS explain this?", "does this fit POEMS?", "is POEMS likely here?", "POEMS?", "Q: POEMS?",
    "should I worry about POEMS in him?", "could this patient have POEMS syndrome?",
    "is POEMS a possibility in this case?", "考虑POEMS综合征吗？", "这个病人是POEMS综合征吗？", "该患者会是POEMS吗？",
    # why the verdict is not more likely
    "why is it not likely?", "why isn't it POEMS?", "why not POEMS?", "为什么不像POEMS？", "为什么不太像？",
])
def test_a_question_whether_the_patient_has_poems_asks_for_the_verdict(text):
    found = patient_question(text, extract_evidence(text))
    assert found is not None and found.kind == "verdict"


@pytest.mark.parametrize("text", [
    "what should I order first?", "What next?", "which test should I order next?", "下一步查什么？", "先查什么？",
    "接下来做什么检查？", "what do we do now?", "what should I do?", "how should I proceed?", "下一步怎么办？",
    "接下来怎么办", "plan?",
])
def test_a_question_which_test_to_order_asks_what_is_missing(text):
    found = patient_question(text, extract_evidence(text))
    assert found is not None and found.kind == "missing"


def test_the_verdict_question_is_answered_with_the_verdict_the_unknowns_and_the_next_step():
    said, slots = run(ActionTriage(), "is he likely to have POEMS?", raw=session().dump())
    assert said.startswith("Verdict: ") and "Still unknown:" in said and "serum immunofixation" in said
    assert "Mandatory major" in said and "Next step" in said
    assert slots == []  # nothing merged


def test_the_verdict_question_in_chinese():
    said, slots = run(ActionTriage(), "是POEMS吗？", lang="zh", raw=session().dump())
    assert said.startswith("结论:") and "仍未知:" in said and slots == []


def test_inside_the_interview_which_test_next_is_answered_and_the_question_stays_open():
    s = session()
    s.ask("serum_vegf")
    before = s.evidence.copy(deep=True)
    outcome = s.apply_answer("serum_vegf", "what should I order first?",
                             extract_evidence("what should I order first?"))
    assert outcome.kind == "missing" and s.current == "serum_vegf" and s.failures == 0
    assert s.evidence == before


@pytest.mark.parametrize("text, lang, intent, expected", [
    ("还缺什么？", "zh", "help", "仍未知:"), ("what should I order first?", "en", "out_of_scope", "Still unknown:"),
    ("是POEMS吗？", "zh", "help", "结论:"),
])
def test_a_patient_question_classified_as_small_talk_is_answered(text, lang, intent, expected):
    """"还缺什么？" reads like "我可以问什么" (help): with a patient in the session it is answered."""
    from actions.smalltalk import ActionHelp, ActionOutOfScope

    action = ActionHelp() if intent == "help" else ActionOutOfScope()
    said, slots = run(action, text, lang=lang, raw=session().dump(), intent=intent)
    assert said.startswith(expected) and slots == []


def test_small_talk_without_a_patient_gets_its_response():
    from actions.smalltalk import ActionHelp

    dispatcher = CollectingDispatcher()
    asyncio.run(ActionHelp().run(dispatcher, tracker("还缺什么？", "zh", None, "help"), {}))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_help"]


def test_inside_the_interview_a_patient_question_classified_as_help_is_answered():
    from actions.interview import ValidateInterviewForm

    s = session()
    s.ask("serum_vegf")
    dispatcher = CollectingDispatcher()
    trk = tracker("还缺什么？", "zh", s.dump(), "help", form=True)
    asyncio.run(ValidateInterviewForm().validate_answer("还缺什么？", dispatcher, trk, {}))
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert said.startswith("仍未知:")
    assert "utter_help" not in [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize("lang, key", [("en", "ask_note"), ("zh", "ask_note")])
def test_a_patient_offered_without_the_note_gets_asked_for_the_note(lang, key):
    from actions.smalltalk import ActionOfferCase

    said, slots = run(ActionOfferCase(), "I have a patient I'd like to discuss", lang=lang, intent="offer_case")
    assert said == t(key, lang) and slots == []


def test_a_patient_offered_while_one_is_in_progress_says_how_to_start_another():
    from actions.smalltalk import ActionOfferCase

    said, slots = run(ActionOfferCase(), "帮我看个病人", lang="zh", raw=session().dump(), intent="offer_case")
    assert said == t("ask_note_current", "zh") and slots == []


def test_inside_the_interview_an_offered_patient_keeps_the_current_one_and_its_question():
    from actions.interview import ValidateInterviewForm

    s = session()
    s.ask("serum_vegf")
    raw = s.dump()
    dispatcher = CollectingDispatcher()
    trk = tracker("can I run a case by you?", "en", raw, "offer_case", form=True)
    trk.slots["interview"] = '{"mode": "triage"}'
    slots = asyncio.run(ValidateInterviewForm().validate_answer("can I run a case by you?", dispatcher, trk, {}))
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert said == t("ask_note_current", "en")
    assert "evidence" not in slots and "stopped" not in str(slots.get("interview", ""))


@pytest.mark.parametrize("text", [
    "POEMS？患者IgG-λ型MGUS，无神经系统症状，肌电图正常，血清VEGF正常。",
    "VEGF question: 61F, neuropathy, IFE IgA lambda, VEGF 1900 pg/mL serum",
])
def test_a_note_read_as_an_education_question_goes_to_triage(text):
    lang = "zh" if "患者" in text else "en"
    said, slots = run(ActionEducation(), text, lang=lang, intent="ask_vegf")
    assert slots, "the note's evidence is kept"
    assert t("understood_title", lang) in said


@pytest.mark.parametrize("text", [
    "does POEMS cause oedema?", "Why is VEGF measured in serum?", "Is thrombocytosis a criterion?",
    "血清VEGF多少算升高？", "POEMS和CIDP怎么区分", "how do you tell POEMS from CIDP?",
])
def test_an_education_question_naming_one_finding_gets_the_consensus(text):
    said, slots = run(ActionEducation(), text, intent="ask_vegf")
    assert slots == [] and t("understood_title", "en") not in said


@pytest.mark.parametrize("intent, text, topic", [
    ("ask_workup", "what does POEMS stand for?", "overview"),
    ("ask_criteria", "What is POEMS syndrome?", "overview"),
    ("ask_criteria", "什么是POEMS综合征？", "overview"),
    ("ask_criteria", "POEMS 是什么病？", "overview"),
    # the whole question only: a question about one part keeps its topic
    ("ask_vegf", "What is POEMS VEGF cut-off?", "vegf"),
    ("ask_criteria", "what are the diagnostic criteria for POEMS?", "criteria"),
    ("ask_workup", "which tests should I order for POEMS?", "workup"),
])
def test_what_poems_is_gets_the_overview_whichever_education_intent(intent, text, topic):
    from actions.education import topic_for_intent

    assert topic_for_intent(intent, text) == topic


def risky_session() -> TriageSession:
    """72F with a pleural effusion, pulmonary hypertension (PASP 55 mmHg) and eGFR 24: PUMCH 5."""
    s = TriageSession()
    s.apply_note(extract_evidence("72F, sensory polyneuropathy, bilateral pleural effusions, ascites. "
                                  "Echo: PASP 55 mmHg. eGFR 24."))
    return s


@pytest.mark.parametrize("text", ["what's her risk score?", "What is his PUMCH score?", "这个病人的预后分层？",
                                  "她预后怎么样？",
                                  # the score unnamed: before, mid-interview "could not read that as a result"
                                  "what is her risk?", "his risk level?", "这个病人风险多大？"])
def test_a_risk_question_about_the_patient(text):
    assert patient_question(text, extract_evidence(text)).kind == "risk"


@pytest.mark.parametrize("text", ["calculate the risk score", "计算预后评分", "what is the PUMCH risk score?",
                                  "explain the risk score"])
def test_a_risk_question_without_a_patient_is_the_calculator_or_the_topic(text):
    assert patient_question(text, extract_evidence(text)) is None


@pytest.mark.parametrize("action, intent, lang, text, head", [
    (ActionEducation(), "ask_risk_info", "en", "what's her risk score?", "PUMCH risk score: 5 — high risk"),
    (ActionFallback(), "nlu_fallback", "zh", "这个病人的预后分层？", "北京协和医院预后评分:5分——高危"),
])
def test_the_risk_question_is_answered_from_the_patients_facts(action, intent, lang, text, head):
    said, slots = run(action, text, lang=lang, raw=risky_session().dump(), intent=intent)
    assert head in said and t("risk_patient_note", lang) in said
    assert not slots  # nothing merged


def test_a_risk_question_with_facts_missing_gives_the_range():
    said, _ = run(ActionEducation(), "what's her risk score?", raw=session().dump(), intent="ask_risk_info")
    assert "PUMCH risk score: 0–5" in said


@pytest.mark.parametrize("lang, question, inputs, head", [
    ("en", "what's her risk score?", "no pleural effusion, no pulmonary hypertension, eGFR 75",
     "PUMCH risk score: 1 — intermediate risk"),  # 58 years old: +1
    ("en", "what is her risk group?", "Echo PASP 55 mmHg, pleural effusion on CT, eGFR 24 mL/min",
     "PUMCH risk score: 5 — high risk"),
    ("zh", "这个病人的预后分层？", "无胸腔积液，无肺动脉高压，eGFR 75", "北京协和医院预后评分:1分"),
])
def test_the_missing_risk_inputs_given_next_complete_the_score(lang, question, inputs, head):
    """"what's her risk score?" gives a range and what is missing; the next message that brings
    the missing inputs gets the completed score (before, it was assessed as a note and the score
    was not said again)."""
    aged = TriageSession()
    aged.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")], age=58, sex="female"))
    said, slots = run(ActionEducation(), question, lang=lang, raw=aged.dump(), intent="ask_risk_info")
    assert "–" in said.split("\n")[0] and slots  # a range; the session remembers the score is open
    said, slots = run(ActionTriage(), inputs, lang=lang, raw=slots[-1], intent="referral_note")
    assert head in said and t("risk_patient_note", lang) in said
    assert not TriageSession.load(slots[-1]).risk_open


def test_a_note_without_risk_inputs_after_the_score_does_not_repeat_it():
    said, slots = run(ActionEducation(), "what's her risk score?", raw=session().dump(), intent="ask_risk_info")
    said, slots = run(ActionTriage(), "skin hyperpigmentation, IFE IgA lambda", raw=slots[-1])
    assert "PUMCH" not in said and TriageSession.load(slots[-1]).risk_open


def test_inside_the_interview_the_missing_risk_inputs_complete_the_score_too():
    aged = TriageSession()
    aged.apply_note(Evidence(findings=[Finding(concept="polyneuropathy")], age=44, sex="male"))
    aged.ask("serum_immunofixation")
    raw = aged.dump()
    for text in ("what's his risk score?", "no pleural effusion, no pulmonary hypertension, eGFR 90"):
        dispatcher = CollectingDispatcher()
        events = MODES["triage"].answer(dispatcher, tracker(text, "en", raw, "referral_note", form=True), "en", text)
        said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
        raw = ([e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "evidence"] or [raw])[-1]
    assert "PUMCH risk score: 0 — low risk" in said
    assert TriageSession.load(raw).current == "serum_immunofixation"  # the asked test stays open


@pytest.mark.parametrize("text, lang, verdict, unknown", [
    ("why is it only suspected?", "en", "Verdict:", "Still unknown:"),
    ("why doesn't it meet the criteria?", "en", "Verdict:", "Still unknown:"),
    ("为什么只是疑似？", "zh", "结论", "仍未知:"),
])
def test_why_the_verdict_is_what_it_is_is_answered_inside_the_interview(text, lang, verdict, unknown):
    """Asked while a test's result is awaited, a why about the verdict gets the verdict, each
    criterion group's states and what is still unknown; nothing is merged and the question stays
    (it had been read as an unreadable result of the awaited test)."""
    s = session()
    s.ask("serum_vegf")
    dispatcher = CollectingDispatcher()
    events = MODES["triage"].answer(dispatcher, tracker(text, lang, s.dump(), "referral_note", form=True), lang, text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert verdict in said and unknown in said
    step = "下一步:" if lang == "zh" else "Next step:"
    assert said.count(step) == 1  # the next step once
    assert not [e for e in events if e.get("event") == "slot" and e.get("name") == "evidence"]


@pytest.mark.parametrize("text, lang, topic_words", [
    ("could this just be CIDP?", "en", "CIDP/GBS"),
    ("会不会只是CIDP？", "zh", "CIDP/GBS"),
])
def test_a_differential_question_inside_the_interview_is_answered_from_the_consensus(text, lang, topic_words):
    """It reads as a clue too (CIDP in doubt), kept as before; it had got no answer at all."""
    s = session()
    s.ask("serum_vegf")
    dispatcher = CollectingDispatcher()
    MODES["triage"].answer(dispatcher, tracker(text, lang, s.dump(), "referral_note", form=True), lang, text)
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    assert topic_words in said and "二(三)" in said


@pytest.mark.parametrize("text, tests", [
    ("do we need a bone marrow biopsy?", ("bone_marrow",)), ("需要做骨髓活检吗", ("bone_marrow",)),
    ("是否需要做骨髓穿刺？", ("bone_marrow",)), ("要不要查骨髓？", ("bone_marrow",)),
    ("should I order a PET-CT?", ("bone_imaging",)), ("VEGF有必要查吗", ("serum_vegf",)),
    ("is it worth doing a PET-CT?", ("bone_imaging",)), ("do we need a lymph node biopsy?", ("lymph_node_biopsy",)),
    ("should we still check VEGF?", ("serum_vegf",)),  # had been the consensus's VEGF education
])
def test_a_question_whether_to_do_a_test_names_the_test(text, tests):
    """"要不要查骨髓？" names the marrow, never the bone criterion (骨髓 is not 骨头)."""
    found = patient_question(text, extract_evidence(text))
    assert found is not None and found.kind == "tests" and found.tests == tests


@pytest.mark.parametrize("text", ["why do you need VEGF?", "POEMS需要做骨髓吗？", "Does he need a bone marrow for POEMS?",
                                  "bone marrow not done", "need VEGF 1800 pg/ml?", "VEGF? not done"])
def test_a_why_a_consensus_question_or_a_statement_is_no_test_question(text):
    found = patient_question(text, extract_evidence(text))
    assert found is None or found.kind != "tests"


def monoclonal_met() -> TriageSession:
    s = TriageSession()
    s.apply_note(extract_evidence("CIDP not responding to IVIG, IFE IgA lambda, hepatomegaly, platelets 520 x10^9/L"))
    return s


@pytest.mark.parametrize("text, lang, expected", [
    # the monoclonal criterion is met: the marrow changes nothing, but 表1 still has it
    ("do we need a bone marrow biopsy?", "en", "it would not change the verdict now (Monoclonal plasma-cell "
                                               "disorder: met), but it is part of the complete work-up"),
    ("需要做骨髓活检吗", "zh", "目前不会改变结论(浆细胞克隆增殖: 满足),但属于疑似POEMS的完整检查"),
    # the bones are unknown: recommended, with the planner's reason
    ("should I order a PET-CT?", "en", "bone CT / PET-CT: yes, recommended now. It settles what is still unknown: "
                                       "Sclerotic bone lesions."),
    ("do we need IFE?", "en", "serum immunofixation: its result is already in this case (Monoclonal plasma-cell "
                              "disorder: met)."),
])
def test_a_test_question_is_answered_from_the_plan_and_nothing_is_merged(text, lang, expected):
    said, slots = run(ActionTriage(), text, lang=lang, raw=monoclonal_met().dump())
    assert expected in said
    assert ("Next step:" if lang == "en" else "下一步:") in said
    assert slots == []


def test_once_the_criteria_are_met_a_test_is_for_staging():
    s = TriageSession()
    s.apply_note(extract_evidence("CIDP not responding to IVIG, IFE IgA lambda, serum VEGF 4200 pg/ml, hepatomegaly, "
                                  "platelets 520 x10^9/L"))
    said, _ = run(ActionTriage(), "should I order a PET-CT?", raw=s.dump())
    assert "bone CT / PET-CT: the verdict no longer depends on it, but confirmation and staging need it" in said


def test_when_unlikely_a_test_changes_nothing():
    s = TriageSession()
    s.apply_note(extract_evidence("diabetic neuropathy, no M-protein on IFE, FLC ratio normal, no organomegaly"))
    said, _ = run(ActionTriage(), "需要查VEGF吗", lang="zh", raw=s.dump())
    assert "血清VEGF:目前不会改变结论(血清VEGF水平升高: 未知" in said and "完整检查" not in said


@pytest.mark.parametrize("text", ["what would you order first?", "what do you recommend?", "你建议查什么？"])
def test_asking_what_the_assistant_would_order_asks_what_is_missing(text):
    found = patient_question(text, extract_evidence(text))
    assert found is not None and found.kind == "missing"


def test_once_met_a_criterion_question_names_the_staging_tests():
    s = TriageSession()
    s.apply_note(extract_evidence("CIDP not responding to IVIG, IFE IgA lambda, serum VEGF 4200 pg/ml, hepatomegaly, "
                                  "platelets 520 x10^9/L"))
    said, _ = run(ActionTriage(), "what about the bones?", raw=s.dump())
    assert said.startswith("Sclerotic bone lesions — unknown")
    assert "confirmation and staging still need: bone CT / PET-CT (表1)" in said
