"""A haematologist's checklist of 表2 names each criterion and then its judgement ("Castleman病不符合（活检为反应性增生）",
"血小板增多不符合。", "脏器肿大——不符合；"): the criterion judged not met reads absent, not present. A test awaited
("待M蛋白结果", "，等VEGF结果出来再说") is pending, and a finding not yet shown ("M蛋白尚未证实") is in doubt; what a test
is said to miss ("骨显像对硬化性病变不敏感", "bone scintigraphy is insensitive for sclerotic lesions") is no finding. A
risk score's cut-offs ("Mayo风险分层：…、M蛋白<15 g/L", "eGFR<30") are not the patient's values."""

import pytest

from conftest import criterion, labs_of, not_done, status_of


@pytest.mark.parametrize("text, concept", [
    ("主要标准：硬化性骨病、VEGF升高符合，Castleman病不符合（活检为反应性增生）。", "castleman_disease"),
    ("次要标准：脾大符合；血小板增多不符合。", "thrombocytosis"),
    ("评估：POEMS强制标准之多发性周围神经病不符合（无症状、查体正常），不考虑POEMS综合征。", "polyneuropathy"),
    ("次要标准：脏器肿大——不符合；皮肤改变——待查。", "organomegaly"),
    ("强制标准：多发性周围神经病：不满足，单克隆浆细胞病：满足。", "polyneuropathy"),
    ("器官肿大——否（肝、脾、浅表淋巴结均不大）；视乳头水肿——否。", "papilledema"),
])
def test_a_criterion_judged_not_met_after_its_name_reads_absent(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept, status", [
    # the judgement met, or a forward 不符合 before what it is said of, reads as before
    ("CT：髂骨硬化性病变。表2：硬化性骨病——符合；Castleman病——待查。", "sclerotic_bone_lesion", "present"),
    ("双下肢水肿，不符合心源性水肿表现。", "peripheral_edema", "present"),
    ("肌电图不符合多发性周围神经病。", "polyneuropathy", "absent"),
])
def test_a_judgement_met_or_before_its_object_reads_as_before(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


def test_the_clause_end_looked_at_still_ends_the_next_items_reach(ex):
    # "——不符合" takes the dash, not the "；" after it: "皮肤改变——待查" doubts the skin only
    reading = ex("次要标准：脏器肿大——不符合；皮肤改变——待查。")
    assert status_of(reading, "organomegaly") == "absent"
    assert status_of(reading, "skin_changes") == "uncertain"


def test_a_checklist_with_judgements_gives_the_criteria_it_states(ex):
    text = ("男，49岁。肌电图：多发性周围神经病。IFE：IgG λ。PET-CT：骨盆多发成骨性病变。"
            "右腹股沟淋巴结切除活检：淋巴结反应性增生。血常规：Hb 150 g/L，PLT 398×10^9/L。\n"
            "表2：主要标准：硬化性骨病符合，Castleman病不符合（活检为反应性增生）；血小板增多不符合。")
    reading = ex(text)
    assert criterion(reading, "castleman") == "absent"
    assert criterion(reading, "thrombocytosis_polycythemia") == "absent"
    assert criterion(reading, "sclerotic_bone_lesions") == "present"


@pytest.mark.parametrize("text, test", [
    ("讨论意见：需考虑Castleman病变异型POEMS综合征，待M蛋白结果。", "serum_immunofixation"),
    ("四肢麻木。待血清免疫固定电泳结果。", "serum_immunofixation"),
    ("四肢麻木。等VEGF结果出来再说。", "serum_vegf"),
    ("四肢麻木，待骨CT结果。", "bone_imaging"),
])
def test_a_test_awaited_is_pending(ex, text, test):
    assert not_done(ex(text)).get(test) == "pending"


def test_the_m_protein_awaited_is_no_m_protein(ex):
    reading = ex("肌电图示多发性周围神经病。血清免疫固定电泳已送检，待回报。讨论意见：待M蛋白结果。")
    assert criterion(reading, "monoclonal_plasma_cell_disorder") == "unknown"


@pytest.mark.parametrize("text", [
    "四肢麻木、水肿等，待查。",  # 等 closing a list, then 待查: the doubt, no pending test named
    "有待进一步检查。",
])
def test_etc_and_other_words_with_await_name_no_pending_test(ex, text):
    assert not_done(ex(text)) == {}


@pytest.mark.parametrize("text", [
    "目前强制标准中M蛋白尚未证实，故暂不能诊断。",
    "M蛋白待证实。",
    "PN on EMG. M-protein not yet confirmed.",
])
def test_a_finding_not_yet_shown_is_in_doubt(ex, text):
    assert status_of(ex(text), "m_protein") == "uncertain"


@pytest.mark.parametrize("text", [
    "外院全身骨显像未见异常。骨显像对硬化性病变不敏感，建议加做全身低剂量CT（骨窗）。",
    "Bone scan normal; bone scintigraphy is insensitive for sclerotic lesions, so CT was advised.",
    "A bone scan may miss sclerotic lesions; low-dose CT is planned.",
])
def test_what_a_test_is_said_to_miss_is_no_finding(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "unknown"


def test_a_lesion_shown_after_the_caveat_is_present(ex):
    text = "A bone scan may miss sclerotic lesions; CT showed a sclerotic lesion of the ilium."
    assert criterion(ex(text), "sclerotic_bone_lesions") == "present"


@pytest.mark.parametrize("text, analyte", [
    ("按MGUS处理，Mayo风险分层：IgG型、M蛋白<15 g/L、FLC比值异常，1项危险因素。", "m_protein"),
    ("危险分层（北京协和POEMS风险评分）：年龄>50岁、胸腔积液、eGFR<30、肺动脉高压，属高危组。", "egfr"),
    ("Risk factors: age > 50, eGFR < 30 ml/min, pleural effusion.", "egfr"),
])
def test_a_risk_scores_cut_off_is_not_a_value(ex, text, analyte):
    assert labs_of(ex(text), analyte) == []


@pytest.mark.parametrize("text, analyte, value", [
    ("危险分层：eGFR 28 mL/min/1.73m²，胸腔积液。", "egfr", 28.0),  # the patient's value on the risk line
    ("M蛋白<1 g/L。", "m_protein", 1.0),  # a comparator's value outside a risk line
])
def test_a_value_on_or_off_a_risk_line_is_read(ex, text, analyte, value):
    assert [lab.value for lab in labs_of(ex(text), analyte)] == [value]
