"""Chinese readings (sentences written for the tests, not taken from the corpus):

* a form row answered not done with a bracketed aside before its end ("血清VEGF升高：☑未查（样本外送中）",
  "视乳头水肿：未查（未约到眼科）") is not done, never the finding present (implications.yml
  form_answer answer_not_done);
* a VEGF stated high in lay words with a space after the Latin name ("VEGF 超级高", "VEGF 明显升高") or
  as many times the normal without a number ("VEGF 爆表", "高出正常好多倍") is a raised VEGF flag, which
  the engine counts with its reason "without a value we can check" (targets_zh.yml);
* 非常 ("very") negates nothing ("VEGF非常高"; context_zh.yml PSEUDO);
* pinyin slips are read as the word meant ("麻目", "水种", "淋巴节", "机电图"; zh_typos.yml)."""
import pytest

from conftest import criterion, labs_of, not_done, status_of


@pytest.mark.parametrize("text, test, concept", [
    ("血清VEGF升高：□是　□否　☑未查（样本外送中）", "serum_vegf", "vegf_elevated"),
    ("血清VEGF升高：□是 □否 ☑未查(外送)", "serum_vegf", "vegf_elevated"),
    ("视乳头水肿：□是　□否　☑未查（未约到眼科）", "fundoscopy", "papilledema"),
    ("视乳头水肿：未查（眼科未会诊）", "fundoscopy", "papilledema"),
    ("Castleman病：□是　□否　☑未查（未活检）", "lymph_node_biopsy", "castleman_disease"),
])
def test_a_row_answered_not_done_with_an_aside_is_not_done(ex, text, test, concept):
    e = ex(text)
    assert test in not_done(e)
    assert status_of(e, concept) != "present"


@pytest.mark.parametrize("text", ["胸水 未查(待B超)。", "心包积液：未查（患者拒绝）"])
def test_a_finding_not_looked_for_with_an_aside_is_not_present(ex, text):
    assert criterion(ex(text), "extravascular_volume_overload") == "unknown"


@pytest.mark.parametrize("text", [
    "血清VEGF升高：□是　☑否　□未查（外送）",
])
def test_a_row_answered_no_stays_no(ex, text):
    assert status_of(ex(text), "vegf_elevated") != "present"


@pytest.mark.parametrize("text", [
    "医生说 VEGF 超级高，高出正常好多倍",
    "VEGF 明显升高", "sVEGF 升高", "VEGF 也很高", "VEGF 高得吓人", "VEGF 爆表",
    "VEGF 是正常的十几倍", "VEGF高出正常上限好几倍",
    "VEGF非常高", "患者 VEGF 非常高",
])
def test_a_vegf_said_high_in_words_is_a_raised_flag(ex, text):
    e = ex(text)
    assert status_of(e, "vegf_elevated") == "present"
    assert not labs_of(e, "vegf")
    assert criterion(e, "vegf_elevated") == "present"


@pytest.mark.parametrize("text", ["VEGF 高出正常1倍", "VEGF 还没查，血小板很高", "VEGF 轻度升高", "VEGF 不高"])
def test_a_vegf_not_said_high_enough_is_no_flag(ex, text):
    assert status_of(ex(text), "vegf_elevated") != "present"


@pytest.mark.parametrize("text, concept", [
    ("腿肿得非常厉害", "peripheral_edema"),
    ("皮肤非常黑", "hyperpigmentation"),
])
def test_very_negates_nothing(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text, concept, status", [
    ("双下肢麻目无力", "symmetric_distal_sensory_symptoms", "present"),
    ("双下肢水种", "peripheral_edema", "present"),
    ("双下肢浮种", "peripheral_edema", "present"),
    ("双下肢无明显水种", "peripheral_edema", "absent"),
    ("视乳头水种", "papilledema", "present"),
    ("肝脾种大", "hepatosplenomegaly", "present"),
    ("肝脾重大", "hepatosplenomegaly", "present"),
    ("颈部淋巴节肿大", "lymphadenopathy", "present"),
    ("肌电图示脱随鞘改变", "demyelinating_neuropathy", "present"),
    ("键反射消失", "polyneuropathy", "present"),
    ("多发行周围神经病", "polyneuropathy", "present"),
])
def test_a_pinyin_slip_reads_as_the_word_meant(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


def test_a_mistyped_platelet_name_keeps_its_value(ex):
    assert [lab.value for lab in labs_of(ex("血小版 520×10^9/L"), "platelets")] == [520.0]


def test_a_word_that_only_contains_a_slip_is_left_alone(ex):
    e = ex("可见各种大小不等的囊泡")
    assert status_of(e, "hepatomegaly") is None and status_of(e, "lymphadenopathy") is None


@pytest.mark.parametrize("text, test, concept", [
    ("M蛋白（免疫固定电泳）：□阳性　□阴性　☑未查", "serum_immunofixation", "m_protein"),
    ("M蛋白（IFE）：未查", "serum_immunofixation", "m_protein"),
    ("视乳头水肿(眼底)：没查", "fundoscopy", "papilledema"),
])
def test_a_row_whose_finding_names_its_test_in_a_bracket_answered_not_done(ex, text, test, concept):
    e = ex(text)
    assert test in not_done(e)
    assert status_of(e, concept) != "present"


@pytest.mark.parametrize("text, status", [
    ("M蛋白（免疫固定电泳）：□阳性　☑阴性　□未查", "absent"),
    ("M蛋白（IFE）：☑阳性　□阴性　□未查", "present"),
])
def test_a_row_whose_finding_names_its_test_answered_keeps_its_answer(ex, text, status):
    assert status_of(ex(text), "m_protein") == status


@pytest.mark.parametrize("text", ["双胫前非凹陷性水肿（黏液性水肿）。", "胫前非可凹性水肿。"])
def test_pretibial_non_pitting_swelling_is_myxoedema_no_fluid(ex, text):
    assert criterion(ex(text), "extravascular_volume_overload") == "unknown"


def test_pitting_oedema_of_the_shins_stays_oedema(ex):
    assert status_of(ex("双胫前凹陷性水肿。"), "peripheral_edema") == "present"
