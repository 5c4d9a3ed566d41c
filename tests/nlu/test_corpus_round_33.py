"""Wording found by dev file 33 (en-320–329, zh-520–529): published case reports, letters,
conference abstracts, grand-round summaries and Chinese journal case reports.

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from bot.engine import assess
from nlu.extractor import extract


def _values(text: str, analyte: str) -> list:
    """The values of ``analyte`` in the order the engine reads them (the last one wins)."""
    return [lab.value for lab in extract(text).evidence.labs if lab.analyte == analyte]


# --- a value its clause dates earlier, written after today's value --------------------------------

@pytest.mark.parametrize("text, analyte, latest", [
    ("血清VEGF 4 210 pg/ml（参考值 0~142 pg/ml）；外院（2023年2月）曾查VEGF 1 180 pg/ml。", "vegf", 4210),
    ("VEGF 3200 pg/ml（血清）。既往VEGF 860 pg/ml。", "vegf", 3200),
    ("血小板 512×10^9/L；初诊时血小板 380×10^9/L。", "platelets", 512),
    ("Serum VEGF 2,480 pg/mL. Previously VEGF 640 pg/mL at another hospital.", "vegf", 2480),
    ("Platelets 261 x10^9/L; at diagnosis his platelets were 590 x10^9/L.", "platelets", 261),
    ("Hb 171 g/L today; two years ago Hb 150 g/L.", "hemoglobin", 171),
])
def test_an_earlier_value_written_after_todays_does_not_supersede_it(text, analyte, latest) -> None:
    values = _values(text, analyte)
    assert len(values) == 2 and values[-1] == latest


@pytest.mark.parametrize("text, analyte, latest", [
    # written in time order: the later one stays the latest
    ("既往VEGF 860 pg/ml；本次血清VEGF 3 200 pg/ml。", "vegf", 3200),
    ("At diagnosis VEGF 4,120 pg/mL; now VEGF 386 pg/mL.", "vegf", 386),
    # a series after the dated value keeps its order
    ("治疗前VEGF 4 410 pg/ml，出院前 2 050 pg/ml。", "vegf", 2050),
    # no word dating the second value: the later statement wins, as before
    ("VEGF 3200 pg/ml。复查VEGF 860 pg/ml。", "vegf", 860),
    ("Serum VEGF 2,480 pg/mL. Repeat VEGF 640 pg/mL.", "vegf", 640),
    # a dated value of another analyte does not move this one
    ("VEGF 3200 pg/ml；既往血小板 380×10^9/L；VEGF 900 pg/ml。", "vegf", 900),
])
def test_values_in_time_order_or_undated_keep_their_order(text, analyte, latest) -> None:
    assert _values(text, analyte)[-1] == latest


def test_the_verdict_reads_todays_vegf_not_the_outside_one() -> None:
    note = ("患者女，55岁，双下肢麻木，肌电图示感觉运动性周围神经病。血清游离轻链κ/λ 0.13（参考值 0.26~1.65）。"
            "腹水，双下肢水肿。血清VEGF 4 210 pg/ml（参考值 0~142 pg/ml）；外院（2023年2月）曾查VEGF 1 180 pg/ml。")
    assert assess(extract(note).evidence).verdict.value == "meets_criteria"


# --- a repeat and its interval between a name and its value --------------------------------------

@pytest.mark.parametrize("text, analyte, value", [
    ("The serum VEGF was repeated after 6 weeks at 840 pg/mL [62–707].", "vegf", 840),
    ("The serum VEGF was repeated at 840 pg/mL.", "vegf", 840),
    ("VEGF was rechecked: 840 pg/mL.", "vegf", 840),
    ("VEGF was re-measured after two weeks at 900 pg/mL.", "vegf", 900),
    ("Platelets were rechecked after 3 days at 512 x10^9/L.", "platelets", 512),
])
def test_a_repeated_value_after_its_interval_is_read(text, analyte, value) -> None:
    assert _values(text, analyte) == [value]


@pytest.mark.parametrize("text", [
    "VEGF was repeated after 6 weeks.",                       # no value: the interval is none
    "IVIG was repeated after 4 weeks at 2 g/kg; VEGF not done.",  # a dose of another thing
    "Hb was repeated after 2 weeks and is awaited.",
])
def test_a_repeat_without_a_value_reads_nothing(text) -> None:
    assert [lab for lab in extract(text).evidence.labs] == []


# --- the patients a reference range is for are no result -----------------------------------------

@pytest.mark.parametrize("text, analyte, values", [
    ("Serum free light chains: kappa 28.4 mg/L, lambda 19.6 mg/L, ratio 1.45 [reference for eGFR <60: "
     "0.37–3.1]. eGFR 52 mL/min/1.73 m².", "egfr", [52]),
    ("FLC ratio 2.1 (renal reference range for eGFR < 30: 0.37-3.1); eGFR 24 mL/min/1.73m2.", "egfr", [24]),
    ("The cut-off for platelets > 450 x10^9/L; platelets 312 x10^9/L.", "platelets", [312]),
])
def test_a_population_named_for_a_reference_range_is_no_value(text, analyte, values) -> None:
    assert _values(text, analyte) == values


@pytest.mark.parametrize("text, analyte, values", [
    ("She was referred for eGFR 28 mL/min/1.73m2.", "egfr", [28]),   # 'for' without a reference word
    ("Tested for VEGF: 1200 pg/mL.", "vegf", [1200]),
    ("eGFR 52 mL/min/1.73 m² (reference >90).", "egfr", [52]),
])
def test_for_after_other_words_still_reads_the_value(text, analyte, values) -> None:
    assert _values(text, analyte) == values


# --- the skin changes a referral names, explained later in the same words -----------------------

_SKIN = ("skin_changes", "hyperpigmentation", "hemangioma", "hypertrichosis", "skin_thickening", "white_nails")


def _skin(text: str) -> list:
    return [(f.concept, f.status.value) for f in extract(text).evidence.findings if f.concept in _SKIN]


@pytest.mark.parametrize("text", [
    "患者外院因\"周围神经病、水肿及皮肤改变\"疑诊POEMS综合征转入。本例无M蛋白证据，皮肤改变为糖尿病皮肤病。",
    "外院因“皮肤改变、水肿”疑诊POEMS。查体：胫前褐色斑片。讨论：皮肤改变为糖尿病皮肤病。",
    "Referred with neuropathy, oedema and skin changes. The skin changes are in keeping with diabetic dermopathy.",
])
def test_skin_changes_explained_in_the_same_words_are_not_a_poems_sign(text) -> None:
    assert ("skin_changes", "present") not in _skin(text)


@pytest.mark.parametrize("text, expected", [
    # another sign, explained as another disease, does not explain the general skin changes
    ("外院因皮肤改变转入。面部色素沉着，考虑黄褐斑。", ("skin_changes", "present")),
    # a named sign in the same note keeps its reading
    ("皮肤改变：全身色素沉着。胫前皮肤改变为糖尿病皮肤病。", ("hyperpigmentation", "present")),
    ("Skin changes: diffuse hyperpigmentation. Shin spots in keeping with diabetic dermopathy.",
     ("hyperpigmentation", "present")),
])
def test_other_skin_signs_keep_their_reading(text, expected) -> None:
    assert expected in _skin(text)


# --- what some patients with the syndrome have, said in a discussion ------------------------------

def _status(text: str, concept: str) -> list:
    return [f.status.value for f in extract(text).evidence.findings if f.concept == concept]


@pytest.mark.parametrize("text, concept", [
    ("POEMS综合征是一种罕见的浆细胞病，部分患者可伴Castleman病、视乳头水肿、血小板增多及骨硬化性病变[1]。", "castleman_disease"),
    ("POEMS综合征是一种罕见的浆细胞病，部分患者可伴Castleman病、视乳头水肿、血小板增多及骨硬化性病变[1]。", "papilledema"),
    ("少数患者可有视乳头水肿。", "papilledema"),
    ("Some patients also have Castleman disease, papilloedema or thrombocytosis.", "castleman_disease"),
    ("Some patients also have Castleman disease, papilloedema or thrombocytosis.", "thrombocytosis"),
    ("A minority of patients have Castleman disease.", "castleman_disease"),
])
def test_what_some_patients_have_is_not_this_patients_finding(text, concept) -> None:
    # read as a doubt (ConText), or not at all where the sentence is about other patients
    # (implications.yml others_sentence); never the patient's finding
    assert "present" not in _status(text, concept)


@pytest.mark.parametrize("text, concept", [
    ("本例患者伴Castleman病。", "castleman_disease"),
    ("部分患者可伴Castleman病。本例淋巴结活检示Castleman病。", "castleman_disease"),
    ("He has Castleman disease. Some patients have papilloedema.", "castleman_disease"),
    ("Biopsy showed Castleman disease.", "castleman_disease"),
    ("本例患者以周围神经病起病，伴肝脾大、视乳头水肿。部分患者可伴视乳头水肿。", "papilledema"),
])
def test_the_patients_own_findings_stay_present(text, concept) -> None:
    assert "present" in _status(text, concept)


# --- a value given as the outcome of treatment, after the presentation's value --------------------

@pytest.mark.parametrize("text, analyte, latest", [
    ("Serum VEGF was 3,940 ng/L [62–707]. He received lenalidomide and dexamethasone. At 12 months the "
     "oedema had resolved and serum VEGF was 486 ng/L.", "vegf", 3940),
    ("Serum VEGF was 1,980 pg/mL. She received lenalidomide and dexamethasone. At 9 months the effusions "
     "had not recurred and her serum VEGF was 620 pg/mL.", "vegf", 1980),
    ("血清VEGF 3 860 ng/L（参考值 <600 ng/L）。予来那度胺及地塞米松治疗，4个疗程后双下肢水肿消退，血清VEGF降至 720 ng/L。",
     "vegf", 3860),
    ("Platelets 612 x10^9/L. After four cycles of lenalidomide, platelets fell to 320 x10^9/L.", "platelets", 612),
    ("VEGF 2 680 pg/ml。移植后3个月VEGF 410 pg/ml。", "vegf", 2680),
])
def test_an_outcome_value_does_not_replace_the_presentations(text, analyte, latest) -> None:
    values = _values(text, analyte)
    assert len(values) == 2 and values[-1] == latest


@pytest.mark.parametrize("text, analyte, latest", [
    # a follow-up that dates its baseline: today's value stays the latest
    ("治疗前VEGF 3820 pg/ml；治疗后复查VEGF 410 pg/ml。", "vegf", 410),
    ("Baseline VEGF 5230 pg/mL. After four cycles of Rd VEGF 690 pg/mL.", "vegf", 690),
    ("At diagnosis VEGF 4,120 pg/mL. After ASCT, VEGF 386 pg/mL.", "vegf", 386),
    # a repeat without treatment between: the later one is the latest
    ("VEGF 3200 pg/ml。复查VEGF 860 pg/ml。", "vegf", 860),
    # a course written as a series in one clause is read in its order
    ("血清VEGF 3200 pg/ml，治疗后降至860 pg/ml。", "vegf", 860),
    ("VEGF 3200 pg/ml, after 4 cycles 860 pg/ml.", "vegf", 860),
    # an outcome written first is not moved
    ("After four cycles VEGF fell to 600 pg/mL; today VEGF 580 pg/mL.", "vegf", 580),
])
def test_follow_ups_and_repeats_keep_todays_value_latest(text, analyte, latest) -> None:
    assert _values(text, analyte)[-1] == latest


def test_a_case_reports_verdict_reads_the_presentation_vegf() -> None:
    note = ("A 52-year-old man presented with numbness of both feet. Nerve conduction studies showed a "
            "demyelinating polyneuropathy. Immunofixation identified an IgA lambda paraprotein. Serum VEGF was "
            "3,940 ng/L [62–707]. There was pitting oedema of both legs. He received lenalidomide 25 mg daily. "
            "At 12 months the oedema had resolved and serum VEGF was 486 ng/L.")
    assert assess(extract(note).evidence).verdict.value == "meets_criteria"
