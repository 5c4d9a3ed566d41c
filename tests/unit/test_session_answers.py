"""Short answers to the dialogue's questions as referrers type them (bot.session.apply_answer
with the NLU's reading, as actions/modes.py calls it): units, bounds, corrections, dates, two
values, pending results, negated outcomes and answers about something else. A value that cannot
be read safely is refused before anything changes; an unknown never becomes absent."""

import pytest

from bot.dialogue.numbers import AnswerRefused
from bot.errors import EvidenceError
from bot.models import Evidence, Finding, LabValue
from bot.session import TriageSession
from nlu import extract_evidence


def session() -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema"),
                                    Finding(concept="hyperpigmentation")], age=58, sex="female"))
    return s


def answer(s: TriageSession, key: str, text: str):
    return s.apply_answer(key, text, extract_evidence(text))


def state(s: TriageSession, criterion: str) -> str:
    return s.assess().criteria[criterion].state.value


def labs(s: TriageSession):
    return [(lab.analyte, lab.value, lab.unit, lab.comparator) for lab in s.evidence.labs]


# ---------------------------------------------------------------- units
@pytest.mark.parametrize("text, state_", [("2.1 ng/ml serum", "present"), ("0.9 ng/ml, serum", "absent"),
                                          ("3 100 ng/L 血清", "present"), ("血清 1,420 pg/ml", "present")])
def test_the_unit_written_after_the_value_is_the_values_unit(text, state_):
    s = session()
    assert answer(s, "serum_vegf", text).kind == "result"
    assert state(s, "vegf_elevated") == state_


@pytest.mark.parametrize("text", ["1400 mIU/mL", "1400 μmol/L", "VEGF 1400 U/ml"])
def test_a_unit_that_does_not_convert_is_refused_and_nothing_changes(text):
    s = session()
    before = s.evidence.copy(deep=True)
    with pytest.raises(AnswerRefused) as refused:
        answer(s, "serum_vegf", text)
    assert "unit" in str(refused.value) and refused.value.text.zh
    assert s.evidence == before


def test_platelets_in_thousands_per_microlitre():
    s = session()
    answer(s, "blood_count", "610k")
    assert state(s, "thrombocytosis_polycythemia") == "present"


def test_a_minus_sign_is_kept_and_the_impossible_value_refused():
    with pytest.raises(EvidenceError):
        answer(session(), "serum_vegf", "−30 pg/ml")


# ---------------------------------------------------------------- several numbers
@pytest.mark.parametrize("text", ["1240 or 1420?", "900, 1500", "先是900 后来1500"])
def test_two_values_are_refused(text):
    s = session()
    with pytest.raises(AnswerRefused):
        answer(s, "serum_vegf", text)
    assert not [lab for lab in s.evidence.labs if lab.analyte == "vegf"]


@pytest.mark.parametrize("text", ["1000~1400", "between 1000 to 1400"])
def test_a_bare_range_is_refused(text):
    with pytest.raises(AnswerRefused):
        answer(session(), "serum_vegf", text)


@pytest.mark.parametrize("text", ["1420, not 1240", "1240 -> 1420", "1240改为1420", "不是1240，是1420",
                                  "correction: 1240 should be 1420"])
def test_a_corrected_value_keeps_the_new_one(text):
    s = session()
    answer(s, "serum_vegf", text)
    assert [(a, v) for a, v, _, _ in labs(s)] == [("vegf", 1420)]


@pytest.mark.parametrize("text", ["4500? no 450", "4500, sorry 450", "4500 - I mean 450", "4500, no, 450",
                                  "4500 oops 450", "4500 (typo) 450", "4500，不对，是450", "4500？不对，450",
                                  "4500 打错了 450", "4500（写错了）450"])
def test_a_bare_value_corrected_at_once_is_the_corrected_one(text):
    """No test named: the value before the correction words is taken back (questions.yml
    reading.replaced_by), as "platelets 4500? no 450" is read by the NLU."""
    s = session()
    assert answer(s, "blood_count", text).kind == "result"
    assert [(a, v) for a, v, _, _ in labs(s)] == [("platelets", 450)]


@pytest.mark.parametrize("text, value", [("450, sorry, no Hb", 450), ("450 actually", 450),
                                         ("450, no splenomegaly", 450), ("piano, 450", 450)])
def test_correction_words_without_a_value_after_them_take_nothing_back(text, value):
    s = session()
    answer(s, "blood_count", text)
    assert [(a, v) for a, v, _, _ in labs(s)] == [("platelets", value)]


@pytest.mark.parametrize("text", ["1420 pg/ml (2024年3月5日)", "05/03/2024: 1420", "1420 on 5 March 2024",
                                  "3月5日 1420"])
def test_a_date_is_not_a_value(text):
    s = session()
    answer(s, "serum_vegf", text)
    assert [(a, v) for a, v, _, _ in labs(s)] == [("vegf", 1420)]


def test_a_multiple_of_the_limit_is_not_a_second_value():
    s = session()
    answer(s, "serum_vegf", "1300 serum, about 3 times ULN")
    assert [(a, v) for a, v, _, _ in labs(s)] == [("vegf", 1300)]


# ---------------------------------------------------------------- references and samples
@pytest.mark.parametrize("text, high", [("serum 1420, upper limit 500", 500), ("血清 900，正常上限 300", 300),
                                        ("1420 (<500) serum", 500)])
def test_an_upper_limit_is_the_reference_not_the_value(text, high):
    s = session()
    answer(s, "serum_vegf", text)
    lab = s.evidence.labs[-1]
    assert (lab.analyte, lab.reference_high) == ("vegf", high)
    assert state(s, "vegf_elevated") == "present"  # > 2 x ULN (二(二)4)


def test_a_bracketed_range_after_a_ratio_is_its_reference():
    s = session()
    answer(s, "serum_free_light_chains", "0.9 (0.26–1.65)")
    lab = s.evidence.labs[-1]
    assert (lab.analyte, lab.value, lab.reference_low, lab.reference_high) == ("flc_ratio", 0.9, 0.26, 1.65)


def test_the_sample_named_beside_a_value_the_nlu_read_is_kept():
    s = session()
    answer(s, "serum_vegf", "VEGF 350 pg/mL (ref <100) — plasma")
    assert s.evidence.labs[-1].sample.value == "plasma"


def test_a_urine_value_of_a_serum_test_is_refused():
    with pytest.raises(AnswerRefused):
        answer(session(), "serum_free_light_chains", "0.1 in urine")


# ---------------------------------------------------------------- light chains
@pytest.mark.parametrize("text, expected", [
    ("kappa 18, lambda 240", [("flc_kappa", 18), ("flc_lambda", 240)]),
    ("λ链 240", [("flc_lambda", 240)]),
    ("1：10", [("flc_ratio", 0.1)]),
    ("0,15", [("flc_ratio", 0.15)]),
])
def test_light_chain_values_are_read_as_what_they_name(text, expected):
    s = session()
    answer(s, "serum_free_light_chains", text)
    assert [(a, v) for a, v, _, _ in labs(s)] == expected


# ---------------------------------------------------------------- pending and not done
@pytest.mark.parametrize("text", ["awaiting results", "等结果", "sent off last week", "还没出来，下周"])
def test_a_pending_result_is_not_done_never_negative(text):
    s = session()
    assert answer(s, "serum_vegf", text).kind == "not_done"
    assert state(s, "vegf_elevated") == "unknown"


def test_a_result_for_the_asked_test_comes_before_another_tests_pending_word():
    s = session()
    assert answer(s, "serum_vegf", "2100 serum, FLC still pending").kind == "result"
    assert state(s, "vegf_elevated") == "present"


def test_another_tests_result_in_a_not_done_answer_is_kept():
    s = session()
    assert answer(s, "serum_free_light_chains", "not done; IFE showed IgG lambda").kind == "not_done"
    assert state(s, "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text, other", [("IFE not done yet", "serum_immunofixation"),
                                         ("免疫固定电泳还没做", "serum_immunofixation"),
                                         ("bone CT pending", "bone_imaging"),
                                         # the "no" of the other test is not the asked one's "no":
                                         # before, these made VEGF not elevated (an unknown as absent)
                                         ("骨CT没有做", "bone_imaging"), ("no bone CT", "bone_imaging"),
                                         ("骨CT做了吗？没有做", "bone_imaging"),
                                         ("did they do a bone CT? no", "bone_imaging")])
def test_another_tests_not_done_answer_leaves_the_asked_test_open(text, other):
    s = session()
    s.ask("serum_vegf")
    outcome = answer(s, "serum_vegf", text)
    assert outcome.kind == "other" and outcome.others_not_done == [other]
    tests = {n.test for n in s.evidence.not_done}
    assert other in tests and "serum_vegf" not in tests
    assert not s.known("serum_vegf") and "serum_vegf" not in s.asked  # asked again
    assert state(s, "vegf_elevated") == "unknown"


@pytest.mark.parametrize("text", ["IFE negative, FLC not done", "negative; free light chains pending",
                                  "免疫固定电泳阴性，游离轻链没做"])
def test_another_tests_not_done_beside_the_asked_result_is_recorded_and_reported(text):
    s = session()
    s.ask("serum_immunofixation")
    outcome = answer(s, "serum_immunofixation", text)
    assert outcome.kind == "result" and outcome.others_not_done == ["serum_free_light_chains"]
    assert "serum_free_light_chains" in {n.test for n in s.evidence.not_done}
    assert "serum_immunofixation" in s.asked


@pytest.mark.parametrize("text", ["VEGF not done", "VEGF 未查", "血清VEGF没做"])
def test_the_asked_tests_not_done_answer_naming_it_is_still_not_done(text):
    s = session()
    outcome = answer(s, "serum_vegf", text)
    assert outcome.kind == "not_done" and not outcome.others_not_done  # acknowledged as not done
    assert "serum_vegf" in {n.test for n in s.evidence.not_done}


@pytest.mark.parametrize("later", ["VEGF 3200 pg/mL serum", "血清VEGF 3200 pg/ml"])
def test_a_result_that_arrives_later_replaces_not_done(later):
    s = session()
    assert answer(s, "serum_vegf", "pending").kind == "not_done"
    s.apply_note(extract_evidence(later))
    assert "serum_vegf" not in {n.test for n in s.evidence.not_done}
    assert state(s, "vegf_elevated") == "present"


def test_a_result_of_another_test_keeps_not_done():
    s = session()
    assert answer(s, "serum_vegf", "pending").kind == "not_done"
    s.apply_note(extract_evidence("Platelets 520 x10^9/L"))
    assert "serum_vegf" in {n.test for n in s.evidence.not_done}


@pytest.mark.parametrize("text, state_", [
    ("plasma", "present"),                      # Mayo plasma cut-off 200 pg/mL
    ("plasma, reference < 400", "absent"),      # 650 is not > 2 × 400
    ("plasma, ref up to 400", "absent"),
    ("血浆，参考值0-142", "present"),              # 650 > 2 × 142
])
def test_a_reference_range_given_with_the_sample_is_the_values(text, state_):
    s = session()
    answer(s, "serum_vegf", "650")
    assert "vegf_sample" in s.assess().questions
    s.ask("vegf_sample")
    assert answer(s, "vegf_sample", text).kind == "result"
    assert state(s, "vegf_elevated") == state_
    [vegf] = [lab for lab in s.evidence.labs if lab.analyte == "vegf"]
    assert vegf.sample.value == "plasma" and vegf.value == 650


def test_a_reference_alone_is_kept_and_the_sample_asked_again():
    s = session()
    answer(s, "serum_vegf", "650")
    s.ask("vegf_sample")
    assert answer(s, "vegf_sample", "ref < 100").kind == "other"
    [vegf] = [lab for lab in s.evidence.labs if lab.analyte == "vegf"]
    assert vegf.reference_high == 100 and vegf.sample is None


def test_a_reference_never_replaces_the_notes_own():
    s = session()
    s.apply_note(extract_evidence("VEGF 650 pg/mL (ref < 400)"))
    s.ask("vegf_sample")
    answer(s, "vegf_sample", "plasma, ref < 100")
    [vegf] = [lab for lab in s.evidence.labs if lab.analyte == "vegf"]
    assert vegf.reference_high == 400


@pytest.mark.parametrize("text, other", [
    ("yes, IVIG for 6 months without any objective benefit", "treatment_nonresponse"),
    ("no, but he has bilateral pitting oedema", "peripheral_edema"),
    ("是的，皮肤变黑了", "hyperpigmentation"),
])
def test_a_bare_yes_or_no_beside_another_items_finding_leaves_the_asked_item_open(text, other):
    s = session()
    outcome = answer(s, "serum_immunofixation", text)
    assert outcome.kind == "other"
    assert state(s, "monoclonal_plasma_cell_disorder") == "unknown"
    assert other in {f.concept for f in s.evidence.findings}


@pytest.mark.parametrize("text, state_", [("yes", "present"), ("no", "unknown"), ("yes, IgA lambda", "present")])
def test_a_bare_yes_or_no_alone_still_answers(text, state_):
    s = session()
    assert answer(s, "serum_immunofixation", text).kind == "result"
    assert state(s, "monoclonal_plasma_cell_disorder") == state_


@pytest.mark.parametrize("text", ["no node biopsy", "not biopsied"])
def test_no_biopsy_is_not_a_negative_biopsy(text):
    s = session()
    assert answer(s, "lymph_node_biopsy", text).kind in ("not_done", "result")
    assert "lymph_node_biopsy" in {n.test for n in s.evidence.not_done}
    assert state(s, "castleman") == "unknown"


# ---------------------------------------------------------------- words
@pytest.mark.parametrize("text", ["没看到硬化", "not osteosclerotic"])
def test_a_negated_outcome_is_not_that_outcome(text):
    s = session()
    answer(s, "bone_imaging", text)
    assert state(s, "sclerotic_bone_lesions") != "present"


def test_a_negated_outcome_beside_a_stated_one():
    s = session()
    s.start_cidp_screen()
    answer(s, "leg_pain_atrophy", "腿不痛，但有萎缩")
    found = {f.concept: f.status.value for f in s.evidence.findings}
    assert found.get("muscle_atrophy") == "present" and found.get("leg_pain") != "present"


@pytest.mark.parametrize("text", ["no enlarged nodes", "没有肿大淋巴结"])
def test_a_no_about_something_else_does_not_answer_the_question(text):
    s = session()
    out = answer(s, "lymph_node_biopsy", text)
    assert out.kind != "result"
    assert state(s, "castleman") == "unknown"


@pytest.mark.parametrize("text", ["no M-protein detected", "M蛋白阴性"])
def test_an_m_protein_stated_absent_answers_the_immunofixation_question(text):
    s = session()
    assert answer(s, "serum_immunofixation", text).kind == "result"
    found = [f for f in s.evidence.findings if f.concept == "serum_immunofixation"]
    assert found and found[-1].status.value == "absent"


def test_a_bare_negative_beside_another_tests_result_still_answers():
    s = session()
    answer(s, "serum_immunofixation", "neg, but the light chain ratio is abnormal")
    found = {f.concept: f.status.value for f in s.evidence.findings}
    assert found.get("serum_immunofixation") == "absent"


@pytest.mark.parametrize("text", ["阴性 下周再复查一次", "negative; repeat in 3 months pending", "正常，待复查"])
def test_a_result_stated_first_is_kept_before_a_follow_up_word(text):
    s = session()
    assert answer(s, "serum_immunofixation", text).kind == "result"
    assert [f.status.value for f in s.evidence.findings if f.concept == "serum_immunofixation"] == ["absent"]


def test_not_done_first_stays_not_done():
    s = session()
    assert answer(s, "serum_immunofixation", "no - not done yet").kind == "not_done"
    assert state(s, "monoclonal_plasma_cell_disorder") == "unknown"


def vegf_of_unknown_sample() -> TriageSession:
    s = session()
    s.apply_note(Evidence(labs=[LabValue(analyte="vegf", value=700, unit="pg/mL")]))
    return s


@pytest.mark.parametrize("text, sample", [("not serum - plasma", "plasma"), ("不是血浆，血清", "serum")])
def test_a_sample_type_taken_back_is_not_the_sample(text, sample):
    s = vegf_of_unknown_sample()
    assert answer(s, "vegf_sample", text).kind == "result"
    assert s.evidence.labs[-1].sample.value == sample


@pytest.mark.parametrize("text", ["both serum and plasma", "血浆血清都送了"])
def test_both_sample_types_named_are_refused(text):
    s = vegf_of_unknown_sample()
    with pytest.raises(AnswerRefused):
        answer(s, "vegf_sample", text)
    assert s.evidence.labs[-1].sample is None


@pytest.mark.parametrize("text", ["not sure", "记不清了"])
def test_an_unknown_sample_type_stays_unknown(text):
    s = vegf_of_unknown_sample()
    assert answer(s, "vegf_sample", text).kind == "not_done"
    assert s.evidence.labs[-1].sample is None
    assert state(s, "vegf_elevated") == "unknown"


def test_the_refusal_names_the_unit_as_written():
    with pytest.raises(AnswerRefused) as refused:
        answer(session(), "serum_vegf", "1.9k")
    assert "(k)" in str(refused.value)


@pytest.mark.parametrize("text, sign", [("1500以上", ">="), ("at least 1500", ">="), ("1500 or more", ">="),
                                        ("1500+", ">"), ("80以下", "<="), ("小于等于80", "<=")])
def test_a_bound_written_before_or_after_the_value_is_a_bound(text, sign):
    s = session()
    answer(s, "serum_vegf", text)
    assert labs(s)[-1][3] == sign


@pytest.mark.parametrize("text", ["platelets 450 or more", "血小板 450以上"])
def test_a_bound_after_a_value_the_nlu_read_is_kept(text):
    s = session()
    answer(s, "blood_count", text)
    assert s.evidence.labs[-1].comparator == ">="
    assert state(s, "thrombocytosis_polycythemia") == "unknown"  # ≥450 is not > 450


def test_a_value_given_with_the_sample_type_is_kept():
    s = vegf_of_unknown_sample()
    assert answer(s, "vegf_sample", "EDTA plasma; the value was 940 not 700").kind == "result"
    lab = s.evidence.labs[-1]
    assert (lab.value, lab.sample.value) == (940, "plasma")


@pytest.mark.parametrize("text", ["VEGF更正：应为900，不是600", "改一下VEGF 是900 不是600"])
def test_a_word_inside_an_answer_about_an_unread_value_does_not_answer_the_question(text):
    s = session()
    answer(s, "bone_imaging", text)
    assert state(s, "sclerotic_bone_lesions") == "unknown"


@pytest.mark.parametrize("text", ["kappa/lambda ratio within range", "sFLC λ 210 mg/L", "free lambda raised",
                                  "κ/λ比值 0.3"])
def test_a_light_chain_named_for_the_free_light_chain_test_is_no_immunofixation_band(text):
    s = session()
    answer(s, "serum_immunofixation", text)
    assert not [f for f in s.evidence.findings if f.concept == "serum_immunofixation" and f.status.value == "present"]


def test_a_band_type_is_still_read():
    s = session()
    answer(s, "serum_immunofixation", "IgG λ band")
    assert [f.attributes.get("light_chain") for f in s.evidence.findings
            if f.concept == "serum_immunofixation"] == ["lambda"]


@pytest.mark.parametrize("text", ["finished: 2300 pg/ml serum", "that's all - sVEGF 2300"])
def test_a_stop_word_beside_a_result_keeps_the_result(text):
    s = session()
    assert answer(s, "serum_vegf", text).kind == "result"
    assert state(s, "vegf_elevated") == "present"


@pytest.mark.parametrize("text", ["enough", "够了，总结吧"])
def test_a_bare_stop_still_stops(text):
    assert answer(session(), "serum_vegf", text).kind == "stop"


def test_a_stop_word_beside_a_yes_or_no_is_not_a_stop():
    assert answer(session(), "fundoscopy", "done, no").kind != "stop"


@pytest.mark.parametrize("key, text, unit", [("blood_count", "3200 pg/ml plasma", "pg/ml"),
                                             ("blood_count", "95 mg/L", "mg/L"),
                                             ("serum_vegf", "520 ×10^9/L", "×10^9/L")])
def test_a_unit_of_another_kind_of_test_asks_for_the_tests_name(key, text, unit):
    """A readable unit that measures something else than the asked item is not taken for it,
    nor guessed to be another test's value: the refusal says why and asks for the name."""
    s = session()
    before = s.evidence.copy(deep=True)
    with pytest.raises(AnswerRefused) as refused:
        answer(s, key, text)
    words = refused.value.text
    assert words.key == "answer.unit_of_other"
    assert unit.lower() in words.en.lower() and unit.lower() in words.zh.lower() and "name" in words.en
    assert s.evidence == before


def test_a_unit_nothing_reads_is_still_called_unreadable():
    with pytest.raises(AnswerRefused) as refused:
        answer(session(), "blood_count", "520 blorps/L")
    assert refused.value.text.key == "lab.unit_unreadable"


# ---------------------------------------------------------------- a bare yes / no to a value
@pytest.mark.parametrize("key, criterion", [("serum_vegf", "vegf_elevated"),
                                            ("serum_free_light_chains", "monoclonal_plasma_cell_disorder"),
                                            ("blood_count", "thrombocytosis_polycythemia")])
@pytest.mark.parametrize("text", ["no", "No.", "yes", "nope", "无", "没有", "是", "有"])
def test_a_bare_yes_or_no_to_a_value_question_is_asked_about_not_read(key, criterion, text):
    """'no' to "what was the VEGF?" may mean not done, normal or raised: the criterion stays
    unknown (never absent by default), nothing is recorded, and the question stays open."""
    s = session()
    outcome = answer(s, key, text)
    assert outcome.kind == "bare_yes_no"
    assert state(s, criterion) == "unknown"
    assert key not in s.asked and not s.evidence.not_done and s.failures == 0


@pytest.mark.parametrize("key, text, criterion, expected", [
    ("serum_vegf", "normal", "vegf_elevated", "absent"),
    ("serum_vegf", "raised", "vegf_elevated", "present"),
    ("serum_vegf", "正常", "vegf_elevated", "absent"),
    ("serum_vegf", "升高", "vegf_elevated", "present"),
    ("serum_free_light_chains", "normal", "monoclonal_plasma_cell_disorder", "unknown"),
    ("fundoscopy", "no", "papilledema", "absent"),  # a yes / no question: a bare no answers it
    ("fundoscopy", "无", "papilledema", "absent"),
])
def test_result_words_and_yes_no_questions_are_still_read(key, text, criterion, expected):
    s = session()
    outcome = answer(s, key, text)
    assert outcome.kind == "result"
    assert state(s, criterion) == expected


def test_a_bare_no_to_the_vegf_question_then_not_done_is_recorded_not_done():
    s = session()
    assert answer(s, "serum_vegf", "no").kind == "bare_yes_no"
    assert answer(s, "serum_vegf", "not done").kind == "not_done"
    assert "serum_vegf" in {n.test for n in s.evidence.not_done}
    assert state(s, "vegf_elevated") == "unknown"


# ---------------------------------------------------------------- pending or not done
@pytest.mark.parametrize("text, reason", [
    ("we sent it last week, results pending", "pending"), ("awaiting", "pending"), ("已送检，待回报", "pending"),
    ("结果还没出", "pending"), ("not done", "not_done"), ("no idea", "unknown"), ("没做", "not_done"),
])
def test_an_answer_that_the_result_is_awaited_is_recorded_pending(text, reason):
    s = session()
    assert answer(s, "serum_free_light_chains", text).kind == "not_done"
    assert s.reason_not_done("serum_free_light_chains") == reason
    assert state(s, "monoclonal_plasma_cell_disorder") == "unknown"  # never negative


def test_the_summary_says_which_tests_are_pending_and_which_not_done():
    from bot.dialogue import render

    s = session()
    answer(s, "serum_free_light_chains", "results pending")
    answer(s, "serum_immunofixation", "not done")
    said = render.summary(s.summary("en"), "en")
    assert "serum free light chains (result pending)" in said
    assert "serum immunofixation (not done yet)" in said


@pytest.mark.parametrize("text", ["否，骨CT没做", "no; bone CT not done yet"])
def test_a_no_in_its_own_clause_still_answers_beside_another_tests_not_done(text):
    s = session()
    s.ask("lymph_node_biopsy")
    outcome = answer(s, "lymph_node_biopsy", text)
    assert outcome.kind == "result" and outcome.others_not_done == ["bone_imaging"]
    assert state(s, "castleman") == "absent"


@pytest.mark.parametrize("text", ["送了，还没回来", "还没出来", "在等结果", "awaited"])
def test_a_result_not_back_yet_answers_pending(text):
    s = session()
    s.ask("serum_vegf")
    assert answer(s, "serum_vegf", text).kind == "not_done"
    assert [(n.test, n.reason) for n in s.evidence.not_done] == [("serum_vegf", "pending")]


@pytest.mark.parametrize("text, reason", [("不知道", "unknown"), ("not sure", "unknown"), ("don't know", "unknown"),
                                          ("没做", "not_done"), ("not done", "not_done"), ("待回报", "pending")])
def test_why_an_answer_gives_no_result_is_kept(text, reason):
    """"不知道" (the referrer does not know) had been recorded and said back as "not done"."""
    s = session()
    s.ask("serum_immunofixation")
    assert answer(s, "serum_immunofixation", text).kind == "not_done"
    assert s.reason_not_done("serum_immunofixation") == reason


def test_the_summary_flags_a_test_not_known():
    from bot.dialogue import render
    from bot.dialogue.texts import t
    s = session()
    s.ask("serum_immunofixation")
    answer(s, "serum_immunofixation", "不知道")
    text = render.summary(s.summary("zh"), "zh")
    assert "血清免疫固定电泳" + t("summary_unknown_flag", "zh") in text
    assert "血清免疫固定电泳" + t("summary_not_done_flag", "zh") not in text


# ---------------------------------------------------------------- a testosterone without its range
def _of_sex(sex):
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema")],
                          age=58, sex=sex))
    return s


@pytest.mark.parametrize("text", ["testosterone 5 nmol/L", "睾酮 1.2 ng/ml", "T 150 ng/dL, testosterone 150 ng/dL",
                                  "total testosterone 6.1 nmol/l"])
def test_a_man_s_testosterone_under_the_men_s_cut_off_answers_the_endocrine_question(text):
    """thresholds.yml total_testosterone (Endocrine Society 2018, 264 ng/dL): the case's sex decides."""
    s = _of_sex("male")
    assert answer(s, "endocrine_panel", text).kind == "result"
    assert state(s, "endocrinopathy") == "present"


@pytest.mark.parametrize("sex, refusal", [(None, "sex is not known"), ("female", "needs the laboratory's reference range")])
@pytest.mark.parametrize("text", ["testosterone 5 nmol/L", "睾酮 1.2 ng/ml"])
def test_without_a_man_s_sex_a_testosterone_without_range_is_refused_and_the_range_asked(sex, refusal, text):
    s = _of_sex(sex)
    with pytest.raises(AnswerRefused) as error:
        answer(s, "endocrine_panel", text)
    assert refusal in error.value.text.en and ("264 ng/dL" in error.value.text.en or sex)
    assert state(s, "endocrinopathy") == "unknown" and not s.evidence.sex_dependent


def test_a_testosterone_given_before_the_sex_counts_once_the_sex_is_given():
    s = _of_sex(None)
    outcome = answer(s, "serum_vegf", "VEGF 1850 pg/mL serum, testosterone 5 nmol/L")
    assert outcome.kind == "result" and "sex is not known" in outcome.number_refused["en"]
    assert state(s, "endocrinopathy") == "unknown"
    s.apply_note(extract_evidence("58-year-old man"))
    assert state(s, "endocrinopathy") == "present"


def test_a_testosterone_with_its_range_needs_no_sex():
    s = _of_sex(None)
    assert answer(s, "endocrine_panel", "testosterone 5 nmol/L (ref 8.6-29)").kind == "result"
    assert state(s, "endocrinopathy") == "present"



@pytest.mark.parametrize("sex, refusal", [("male", "not read as low, nor as a normal"),
                                          (None, "sex is not known"),
                                          ("female", "needs the laboratory's reference range")])
@pytest.mark.parametrize("text", ["testosterone 15 nmol/L", "睾酮 15 nmol/L", "睾酮：600 ng/dL", "free testosterone 150 pmol/L"])
def test_a_testosterone_the_cut_off_does_not_read_is_said_so_and_the_range_asked(sex, refusal, text):
    """At or above the men's cut-off (or another measure than total testosterone) the NLU reads
    nothing: the answer had got "could not read"; it says why and asks for the range or flag."""
    s = _of_sex(sex)
    with pytest.raises(AnswerRefused) as error:
        answer(s, "endocrine_panel", text)
    assert refusal in error.value.text.en and ("9.2 nmol/L" in error.value.text.en or sex == "female")
    assert state(s, "endocrinopathy") == "unknown"


def test_a_testosterone_the_cut_off_does_not_read_beside_a_finding_keeps_the_finding():
    s = _of_sex("male")
    outcome = answer(s, "endocrine_panel", "testosterone 15 nmol/L, prolactin 80 ng/mL (high)")
    assert outcome.kind == "result" and "not read as low" in outcome.number_refused["en"]
    assert state(s, "endocrinopathy") == "present"

# ---------------------------------------------------------------- Chinese numerals
@pytest.mark.parametrize("key, text, expected", [
    ("serum_vegf", "一千八百", ("vegf", 1800, "pg/mL", None)), ("serum_vegf", "两千三", ("vegf", 2300, "pg/mL", None)),
    ("serum_vegf", "1千8", ("vegf", 1800, "pg/mL", None)), ("serum_vegf", "1.8千", ("vegf", 1800, "pg/mL", None)),
    ("serum_vegf", "八百多", ("vegf", 800, "pg/mL", ">")), ("serum_vegf", "血清VEGF一千八百pg/ml", ("vegf", 1800, "pg/ml", None)),
    ("serum_vegf", "一千零五十", ("vegf", 1050, "pg/mL", None)),
    ("blood_count", "血小板五百八十", ("platelets", 580, "10^9/L", None)),
    ("blood_count", "PLT 四百五十多", ("platelets", 450, "10^9/L", ">")),
])
def test_a_chinese_numeral_is_the_value(key, text, expected):
    """"1.8千" had been read 1.8 pg/mL (the 千 dropped: a thousandfold too low); "一千八百" nothing."""
    s = session()
    assert answer(s, key, text).kind == "result"
    assert labs(s) == [expected]


@pytest.mark.parametrize("key, text, expected", [
    ("serum_free_light_chains", "零点三", ("flc_ratio", 0.3, None, None)),
    ("serum_free_light_chains", "比值零点一二", ("flc_ratio", 0.12, None, None)),
    ("serum_vegf", "一点二纳克每毫升，血清", ("vegf", 1.2, "ng/mL", None)),
    ("serum_vegf", "两点五", ("vegf", 2.5, "pg/mL", None)),
    ("blood_count", "血红蛋白一百二十克每升", ("hemoglobin", 120, "g/L", None)),
    ("blood_count", "血红蛋白十二克每分升", ("hemoglobin", 12, "g/dL", None)),
])
def test_a_chinese_decimal_numeral_and_a_chinese_unit_are_read(key, text, expected):
    """"零点三" had been read as nothing, and a unit in Chinese words ("克每分升") left the value in the
    question's default unit (12 g/dL read as 12 g/L)."""
    s = session()
    assert answer(s, key, text).kind == "result"
    assert labs(s) == [pytest.approx(expected)]


def test_a_chinese_unit_of_another_test_is_refused():
    s = session()
    with pytest.raises(AnswerRefused) as error:
        answer(s, "blood_count", "血小板一千八百皮克每毫升")
    assert "pg/mL" in error.value.text.en and error.value.text.zh
    assert not s.evidence.labs


@pytest.mark.parametrize("text", ["两三千", "几千", "上千", "一两千 pg/ml", "八百来"])
def test_a_rough_chinese_amount_is_refused(text):
    s = session()
    with pytest.raises(AnswerRefused) as error:
        answer(s, "serum_vegf", text)
    assert "rough amount" in error.value.text.en
    assert not s.evidence.labs


@pytest.mark.parametrize("text", ["十二月查的，还没出结果", "三次都没做", "十分担心"])
def test_a_chinese_date_count_or_word_is_no_value(text):
    s = session()
    try:
        answer(s, "serum_vegf", text)
    except AnswerRefused:
        pass
    assert not s.evidence.labs


@pytest.mark.parametrize("key, text", [("serum_vegf", "血小板 四百五十多"), ("serum_vegf", "PLT 四百五"),
                                       ("blood_count", "VEGF 一千八百")])
def test_a_chinese_numeral_beside_another_test_s_name_is_not_the_asked_value(key, text):
    """The other test's name guards Chinese numerals as it does digits: "血小板 四百五十多" answering
    the VEGF question had been read as VEGF > 450 pg/mL."""
    s = session()
    with pytest.raises(AnswerRefused) as error:
        answer(s, key, text)
    assert "not the" in error.value.text.en
    assert not s.evidence.labs


# ---------------------------------------------------------------- not done words beside another test
@pytest.mark.parametrize("key, text, test", [
    ("serum_free_light_chains", "VEGF 还在等结果", "serum_vegf"), ("serum_free_light_chains", "VEGF 还没出结果", "serum_vegf"),
    ("serum_vegf", "FLC ratio still awaited", "serum_free_light_chains"),
    ("serum_immunofixation", "血清VEGF 还在等结果", "serum_vegf"), ("serum_vegf", "血小板 还没查", "blood_count"),
])
def test_not_done_words_beside_another_test_s_name_are_that_test_s(key, text, test):
    """"VEGF 还在等结果" answering the light-chain question (the NLU reading no test with the words)
    had put the light chains pending: the asked test stays open, the named one is recorded."""
    s = session()
    outcome = answer(s, key, text)
    assert outcome.kind == "other" and outcome.others_not_done == [test]
    assert [n.test for n in s.evidence.not_done] == [test]
    assert key not in s.asked  # still to be answered


def test_not_done_words_with_the_asked_test_s_name_stay_its():
    s = session()
    assert answer(s, "serum_vegf", "VEGF 还在等结果，血小板正常").kind in ("not_done", "result")
    assert "serum_vegf" in [n.test for n in s.evidence.not_done]


# ---------------------------------------------------------------- two values offered as alternatives
@pytest.mark.parametrize("text", ["VEGF 1850 or 1580, can't remember", "1850 pg/ml or 1580", "VEGF 1850还是1580",
                                  "血清VEGF 1850，或者1580", "一千八还是一千五"])
def test_two_values_offered_as_alternatives_are_refused(text):
    """"VEGF 1850 or 1580": the NLU read the first and it had been taken as the value."""
    s = session()
    with pytest.raises(AnswerRefused) as error:
        answer(s, "serum_vegf", text)
    assert "more than one value" in error.value.text.en
    assert not s.evidence.labs


@pytest.mark.parametrize("text", ["plt 520 or more", "VEGF 1850 on 2024/3/12 or so"])
def test_or_without_a_second_value_is_no_alternative(text):
    s = session()
    answer(s, "blood_count" if text.startswith("plt") else "serum_vegf", text)
    assert len(s.evidence.labs) == 1


@pytest.mark.parametrize("text", ["VEGF - not done; FLC - 1.2", "VEGF not done, light chains 1.2", "VEGF没做，轻链 1.2"])
def test_a_number_beside_the_light_chains_named_alone_is_not_the_vegf(text):
    """"FLC" and "light chains" name the light-chain test (questions.yml analyte_words): their 1.2 had
    been read as a VEGF of 1.2 pg/mL."""
    s = session()
    try:
        answer(s, "serum_vegf", text)
    except AnswerRefused:
        pass
    assert not [lab for lab in s.evidence.labs if lab.analyte == "vegf"]


# ---------------------------------------------------------------- a "no" / "yes" about something else
@pytest.mark.parametrize("text", ["no PH", "yes PH", "no Raynaud's", "yes hx of DVT"])
def test_a_bare_word_before_a_name_the_nlu_did_not_read_answers_nothing(text):
    """ "no PH" typed at the light-chain question had recorded the light chains as normal: the
    "no" is about PH, of which the NLU read nothing; the asked test stays unknown."""
    s = session()
    before = state(s, "monoclonal_plasma_cell_disorder")
    outcome = answer(s, "serum_free_light_chains", text)
    assert outcome.kind != "result"
    assert state(s, "monoclonal_plasma_cell_disorder") == before and s.next_question() == "serum_free_light_chains"


@pytest.mark.parametrize("text", ["no, normal", "no abnormality", "no it was normal", "no nothing"])
def test_a_bare_no_that_goes_on_with_the_answer_is_still_a_no(text):
    s = session()
    assert answer(s, "serum_free_light_chains", text).kind == "result"


# ---------------------------------------------------------------- a later statement of a test not done
@pytest.mark.parametrize("key, first, then, reason", [
    ("serum_vegf", "pending", "actually not done", "not_done"),
    ("serum_vegf", "not done", "sent off yesterday, pending", "pending"),
])
def test_a_later_statement_of_a_test_not_done_replaces_the_earlier(key, first, then, reason):
    """ "VEGF pending", then "VEGF not done" had kept saying "serum VEGF pending"."""
    s = session()
    answer(s, key, first)
    s.ask(key)
    answer(s, key, then)
    assert [(n.test, n.reason) for n in s.evidence.not_done] == [(key, reason)]


def test_a_test_said_not_done_in_another_answer_replaces_its_pending():
    s = session()
    answer(s, "serum_vegf", "pending")
    answer(s, "bone_imaging", "VEGF not done")
    assert [(n.test, n.reason) for n in s.evidence.not_done if n.test == "serum_vegf"] == [("serum_vegf", "not_done")]


# ---------------------------------------------------------------- a value corrected later, no test named
def _with_vegf():
    s = session()
    s.apply_note(extract_evidence("VEGF 860 pg/mL serum"))
    return s


@pytest.mark.parametrize("text", ["sorry, 680 not 860", "680, not 860.", "是680不是860", "不是860，是680"])
def test_a_value_corrected_later_without_its_name_corrects_the_one_value(text):
    """ "sorry, 680 not 860" typed at the marrow question had been unread, and twice ended the item."""
    s = _with_vegf()
    outcome = answer(s, "bone_marrow", text)
    assert outcome.kind == "detail" and outcome.details[0].new == "680"
    assert [lab.value for lab in s.evidence.labs if lab.analyte == "vegf"] == [680]


@pytest.mark.parametrize("text", ["sorry, 680 not 999", "680 not 860 and IFE negative"])
def test_a_correction_of_no_value_held_corrects_nothing(text):
    s = _with_vegf()
    outcome = answer(s, "bone_marrow", text)
    assert outcome.kind != "detail"
    assert [lab.value for lab in s.evidence.labs if lab.analyte == "vegf"] == [860]
