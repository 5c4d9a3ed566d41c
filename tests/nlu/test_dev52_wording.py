"""Wording of journal discussions, follow-up notes and Chinese skin examinations (sentences written
for the tests, not taken from the corpus).
What the syndrome can do, said of the syndrome with a modal ("POEMS syndrome may also cause
organomegaly, papilledema, pleural effusions and Castleman disease", "the syndrome can present with
ascites", "POEMS综合征还可引起脏器肿大、视乳头水肿", "该病可导致血小板增多"), is no finding of this patient:
in doubt, so it neither makes a criterion present nor clears it. Look-alikes: a drug as the subject
("amlodipine may cause ankle edema; she has 2+ pitting edema"), the patient's own findings in the
next sentence.
The condition in which a test reads wrongly ("serum VEGF is not interpretable in thrombocytosis",
"can be falsely raised in thrombocytosis") is said of the test: neither the patient's finding nor
negated by the "not" of "not interpretable"; the platelet count decides.
A diagnosis heading with its date ("Diagnosis (03/2025): …", "- 2024-03 dx：…", "Dx in 2023: …",
"确诊（2024-03）：…") in a follow-up note that goes on to a now heading ("Labs today:", "Interval
history:", "- 2026-10 now：") lists the state at diagnosis: past (README gold rules: historical findings
are unknown), today's statements decide. Look-alikes: "Diagnosis:" without a date (a letter's
diagnosis block), a dated diagnosis line without any now heading, a finding restated today.
The colour of the skin alone said normal ("皮肤颜色正常", "肤色无变化", "皮肤黏膜颜色正常") denies
hyperpigmentation only (as "normal pigmentation" in English): the skin criterion stays unknown
(README gold rules: one sign negated); with a second sign negated beside it the skin is normal.
Rules: context_en.yml and context_zh.yml (POSSIBLE_EXISTENCE), implications.yml (past_heading
heading and now_heading), targets_zh.yml (hyperpigmentation absent)."""
import pytest

from conftest import criterion, status_of, statuses


@pytest.mark.parametrize("text,concepts", [
    ("Numb feet. POEMS syndrome may also cause organomegaly, papilledema, pleural effusions, and Castleman disease.",
     ["organomegaly", "papilledema", "pleural_effusion", "castleman_disease"]),
    ("Numb feet. The syndrome can present with ascites and skin darkening.", ["ascites", "hyperpigmentation"]),
    ("Numb feet. The disease can also lead to thrombocytosis.", ["thrombocytosis"]),
    ("Numb feet. It might be associated with papilledema.", ["papilledema"]),
    ("双足麻木。POEMS综合征还可引起脏器肿大、视乳头水肿、胸腔积液及Castleman病。",
     ["organomegaly", "papilledema", "pleural_effusion", "castleman_disease"]),
    ("双足麻木。该病可导致血小板增多及皮肤色素沉着。", ["thrombocytosis", "hyperpigmentation"]),
])
def test_what_the_syndrome_can_cause_is_no_finding_of_the_patient(ex, text, concepts):
    e = ex(text)
    for concept in concepts:
        assert status_of(e, concept) == "uncertain", concept
    for name in ("castleman", "papilledema", "organomegaly", "extravascular_volume_overload"):
        assert criterion(e, name) == "unknown", name


@pytest.mark.parametrize("text,criterion_name", [
    ("Amlodipine may cause ankle edema; she has 2+ pitting edema to the knees and a pleural effusion.",
     "extravascular_volume_overload"),
    ("POEMS syndrome may cause papilledema. Fundoscopy: bilateral papilledema.", "papilledema"),
    ("Spleen 16 cm. The disease can cause splenomegaly.", "organomegaly"),
])
def test_the_patients_own_findings_beside_it_stay_present(ex, text, criterion_name):
    assert criterion(ex(text), criterion_name) == "present"


@pytest.mark.parametrize("text,expect", [
    ("Plt 812 x10^9/L, Hb 138 g/L. Serum VEGF is not interpretable in thrombocytosis.", "present"),
    ("Plt 812 x10^9/L, Hb 138 g/L. VEGF can be falsely raised in thrombocytosis.", "present"),
    ("Plt 250 x10^9/L. Serum VEGF is not interpretable in thrombocytosis.", "unknown"),
])
def test_a_condition_that_misleads_a_test_is_not_negated(ex, text, expect):
    e = ex(text)
    assert status_of(e, "thrombocytosis") == "uncertain"
    assert criterion(e, "thrombocytosis_polycythemia") == expect


FOLLOW_UP = [
    "Diagnosis (03/2025): IgA lambda POEMS, anasarca with ascites, hepatosplenomegaly, hyperpigmentation.\n"
    "Interval history: numb toes only.\nExam: no edema. Liver and spleen not palpable; no lymphadenopathy.\n",
    "Dx in 2023: ascites, hepatosplenomegaly, skin darkening.\nLabs today: Plt 288 K/uL.\n"
    "Exam: no edema. Liver and spleen not palpable; no lymphadenopathy.\n",
    "- 2024-03 dx：脾大，皮肤变黑，腹水。\n- 2026-10 now：双下肢无水肿。肝脾淋巴结未及。\n",
    "确诊（2024-03）：脾大，皮肤变黑，腹水。\n目前：双下肢无水肿。肝脾淋巴结未及。\n",
]


@pytest.mark.parametrize("text", FOLLOW_UP)
def test_a_dated_diagnosis_line_before_a_now_heading_is_past(ex, text):
    e = ex(text)
    assert criterion(e, "skin_changes") == "unknown"
    assert criterion(e, "extravascular_volume_overload") == "unknown"
    assert criterion(e, "organomegaly") == "absent"


@pytest.mark.parametrize("text", [
    # no date: a letter's diagnosis block, the findings of now
    "Diagnosis: POEMS syndrome with ascites and hyperpigmentation.\nLabs today: Plt 288 K/uL.\n",
    # a dated diagnosis line without any now heading: the work-up the diagnosis rests on
    "Diagnosis (03/2025): POEMS syndrome with ascites and hyperpigmentation.\nPlt 288 K/uL.\n",
    # restated today
    "Diagnosis (03/2025): ascites, hyperpigmentation.\nExam today: hyperpigmentation of the shins, ascites.\n",
])
def test_dated_diagnosis_look_alikes_keep_their_findings(ex, text):
    e = ex(text)
    assert criterion(e, "skin_changes") == "present"
    assert criterion(e, "extravascular_volume_overload") == "present"


@pytest.mark.parametrize("text", ["皮肤颜色正常。", "查体：肤色无变化。", "皮肤黏膜颜色正常，无黄染。", "Skin: 肤色正常。"])
def test_skin_colour_alone_denies_hyperpigmentation_only(ex, text):
    e = ex("男，52岁，双足麻木。" + text)
    assert status_of(e, "hyperpigmentation") == "absent"
    assert criterion(e, "skin_changes") == "unknown"


@pytest.mark.parametrize("text", ["皮肤颜色正常，无多毛及血管瘤。", "全身皮肤颜色正常，未见皮疹及血管瘤。",
                                  "皮肤正常。", "皮肤色泽、弹性正常。"])
def test_skin_colour_with_a_second_sign_or_the_whole_skin_is_normal(ex, text):
    assert criterion(ex("男，52岁，双足麻木。" + text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    # a Chinese diagnosis date opens a sentence: it reaches to that sentence's end, the next one is of now
    "确诊（2024-03）：脾大。目前脾肋下2 cm。\n本次随访：可独立行走。\n",
    "2024-03确诊：脾大。目前脾肋下2 cm。\n本次随访：可独立行走。\n",
])
def test_a_dated_chinese_diagnosis_sentence_reaches_its_sentence_only(ex, text):
    assert statuses(text, "splenomegaly") == ["historical", "present"]
    assert criterion(ex(text), "organomegaly") == "present"
