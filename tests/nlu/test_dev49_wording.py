"""Wordings of dev corpus file 49 (Chinese record styles) and their look-alikes.

* a report copied from a PDF with a space after every character ("脾 脏 ：厚 约 5 . 6 cm", "诊 断 ：双 眼
  视 乳 头 水 肿"): the spaces of a letter-spaced line separate nothing (nlu/tokenizer.py), while a telegraphic
  line's spaces still end a clause ("脾大 双下肢水肿(-)");
* a voice message turned into text without punctuation: a measured organ followed by the next organ's
  negation ("脾…肋下两公分肝不大", context_zh.yml OTHER), a VEGF after words of where it was sent
  ("VEGF我们送到省里查的血清的2680参考值是0到142", labs.yml filler and reference_keywords), the skin
  darker with a time between ("皮肤这半年黑了很多"), nodes not felt ("淋巴结没摸到");
* a lab slip whose columns slipped: a code or sample bracket after the name, then the unit before the
  value ("血小板计数(PLT)　　×10^9/L　　586", "VEGF(血清)　pg/ml　1 420", labs.yml name_bracket_unit);
* the nerve examination normal apart from what 除…外 sets aside ("神经系统查体除视力外未见异常").
"""
from __future__ import annotations

import pytest

from tests.nlu.conftest import lab_tuples, statuses


# --- letter-spaced reports -------------------------------------------------------------------

@pytest.mark.parametrize("text, concept, state", [
    ("脾 脏 ：厚 约 5 . 6 cm ，肋 下 3 . 2 cm ，实 质 回 声 均 匀 。", "splenomegaly", "present"),
    ("超 声 提 示 ：1 . 肝 硬 化 ；2 . 脾 大 ；3 . 腹 腔 积 液 （中 量 ）", "splenomegaly", "present"),
    ("超 声 提 示 ：1 . 肝 硬 化 ；2 . 脾 大 ；3 . 腹 腔 积 液 （中 量 ）", "ascites", "present"),
    ("诊 断 ：双 眼 视 乳 头 水 肿", "papilledema", "present"),
    ("结 论 ：四 肢 周 围 神 经 源 性 损 害 （脱 髓 鞘 为 主 ）", "polyneuropathy", "present"),
    # negated, doubted and normal stay so
    ("超 声 所 见 ：脾 脏 不 大 ，腹 腔 未 见 积 液 。", "splenomegaly", "absent"),
    ("超 声 所 见 ：脾 脏 不 大 ，腹 腔 未 见 积 液 。", "serous_effusions", "absent"),
    ("眼 底 ：双 眼 视 盘 边 界 清 ，色 淡 红 。", "papilledema", "absent"),
    ("诊 断 ：双 眼 视 乳 头 水 肿 ？请 结 合 临 床", "papilledema", "uncertain"),
])
def test_letter_spaced_report(text, concept, state):
    assert state in statuses(text, concept)


@pytest.mark.parametrize("text, concept, state", [
    # a telegraphic line: its few spaces still separate clauses
    ("脾大 双下肢水肿(-)", "splenomegaly", "present"),
    ("脾大 双下肢水肿(-)", "peripheral_edema", "absent"),
    ("肝脾肋下未及 双下肢水肿(+)", "peripheral_edema", "present"),
    ("无水肿 脾大", "splenomegaly", "present"),
])
def test_telegraphic_spaces_still_end_clauses(text, concept, state):
    assert statuses(text, concept) == [state]


# --- voice-to-text without punctuation -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "脾B超说大了肋下两公分肝不大淋巴结没摸到",
    "脾肋下3cm肝不大",
    "脾肋下2横指肝未及",
    "脾厚5.2cm肝未及",
])
def test_measured_organ_keeps_its_state_before_the_next_organ_negated(text):
    assert statuses(text, "splenomegaly") == ["present"]


@pytest.mark.parametrize("text, concept, state", [
    ("脾B超说大了肋下两公分肝不大", "hepatomegaly", "absent"),
    ("肝肋下2cm脾未及", "splenomegaly", "absent"),
    ("肝脾不大", "hepatosplenomegaly", "absent"),
    ("颈部淋巴结0.8cm未见肿大", "lymphadenopathy", "absent"),
    ("脾肋下3cm，肝不大", "hepatomegaly", "absent"),
])
def test_negations_of_the_next_organ_or_of_a_measured_node_stay(text, concept, state):
    assert statuses(text, concept) == [state]


@pytest.mark.parametrize("text, expected", [
    ("VEGF我们送到省里查的血清的2680参考值是0到142", [(2680.0, None, "serum")]),
    ("VEGF在外院测的2680 pg/ml", [(2680.0, "pg/mL", None)]),
    ("VEGF查的血浆的386", [(386.0, None, "plasma")]),
    ("VEGF是2680参考值是0到142", [(2680.0, None, None)]),
])
def test_vegf_after_words_of_where_it_was_sent(text, expected):
    assert lab_tuples(text, "vegf") == expected


def test_reference_said_with_shi():
    from nlu import extract

    lab = extract("VEGF 2680参考值是0到142").evidence.labs[0]
    assert (lab.reference_low, lab.reference_high) == (0.0, 142.0)
    lab = extract("血小板计数是586，参考值为125-350").evidence.labs[0]
    assert (lab.reference_low, lab.reference_high) == (125.0, 350.0)


@pytest.mark.parametrize("text", [
    "VEGF没送到省里查的血清的2680",  # a test not sent has no value
    "VEGF还没查的话不好说",
    "VEGF 是0到142之间",  # a range said alone is no value
])
def test_no_vegf_value_from_a_test_not_done_or_a_range(text):
    assert lab_tuples(text, "vegf") == []


@pytest.mark.parametrize("text, state", [
    ("皮肤这半年黑了很多", "present"),
    ("人最近几个月黑了不少", "present"),
    ("脸这两个月黑了", "present"),
])
def test_skin_darker_with_a_time_between(text, state):
    assert statuses(text, "hyperpigmentation") == [state]


@pytest.mark.parametrize("text", ["皮肤这半年没黑", "大便这两个月黑了", "舌苔这几天黑了"])
def test_no_darker_skin_from_look_alikes(text):
    assert "present" not in statuses(text, "hyperpigmentation")


@pytest.mark.parametrize("text, concept", [
    ("淋巴结没摸到。", "lymphadenopathy"),
    ("肝脾都没摸到，腿肿", "hepatosplenomegaly"),
    ("浅表淋巴结摸不到", "lymphadenopathy"),
])
def test_not_felt(text, concept):
    assert statuses(text, concept) == ["absent"]


def test_not_felt_does_not_reach_the_next_clause():
    assert statuses("淋巴结没摸到，腿肿得厉害", "peripheral_edema") == ["present"]


# --- a lab slip with slipped columns ---------------------------------------------------------

@pytest.mark.parametrize("text, analyte, expected", [
    ("血小板计数(PLT)　　　　×10^9/L　　586　　↑　　125-350", "platelets", [(586.0, "10^9/L", None)]),
    ("血管内皮生长因子VEGF(血清)　　　pg/ml　　1 420　　0-160　　↑", "vegf", [(1420.0, "pg/mL", "serum")]),
    ("VEGF(血浆) pg/ml 420", "vegf", [(420.0, "pg/mL", "plasma")]),
    ("血红蛋白(HGB)　g/L　171　↑", "hemoglobin", [(171.0, "g/L", None)]),
    # the usual orders keep their readings
    ("血小板(PLT) 586 ×10^9/L", "platelets", [(586.0, "10^9/L", None)]),
    ("PLT (×10^9/L) 586", "platelets", [(586.0, "10^9/L", None)]),
])
def test_unit_before_value_after_a_name_bracket(text, analyte, expected):
    assert lab_tuples(text, analyte) == expected


@pytest.mark.parametrize("text, analyte", [
    ("PLT (IVIG 2g/kg) 586", "platelets"),  # a bracket of other words opens no unit column
    ("VEGF(血清)  mg/L  1420", "vegf"),  # a unit not the analyte's
])
def test_no_unit_column_after_other_brackets(text, analyte):
    assert (1420.0, "pg/mL", "serum") not in lab_tuples(text, analyte)
    assert (586.0, "10^9/L", None) not in lab_tuples(text, analyte)


# --- the nerve examination normal apart from what 除…外 sets aside -------------------------------

@pytest.mark.parametrize("text", [
    "无肢体麻木无力，神经系统查体除视力外未见异常。",
    "神经系统查体除左眼视力下降外余均正常。",
    "神经查体除双眼视乳头水肿外未见明显异常。",
])
def test_nerve_exam_normal_apart_from_the_excepted(text):
    assert statuses(text, "polyneuropathy") == ["absent"]


@pytest.mark.parametrize("text, concept, state", [
    ("神经系统查体除双侧跟腱反射消失外未见异常。", "polyneuropathy", "present"),  # the excepted sign is neuropathic
    ("双足麻木。神经系统查体除视力外未见异常。", "symmetric_distal_sensory_symptoms", "present"),
    ("查体除脾肋下2cm外未见异常。", "splenomegaly", "present"),
    ("神经系统查体除双下肢水肿外未见异常。", "peripheral_edema", "present"),
])
def test_the_excepted_finding_keeps_its_state(text, concept, state):
    assert statuses(text, concept)[0] == state
    assert "absent" not in statuses(text, "polyneuropathy") or concept != "polyneuropathy"


def test_numb_feet_outweigh_a_nerve_exam_normal_apart_from_vision():
    assert "absent" not in statuses("双足麻木。神经系统查体除视力外未见异常。", "polyneuropathy")


# --- the range column after a slipped row's value ----------------------------------------------

def _ref(text, analyte):
    from nlu import extract

    return [(lab.value, lab.reference_low, lab.reference_high, lab.flag)
            for lab in extract(text).evidence.labs if lab.analyte == analyte]


@pytest.mark.parametrize("text, analyte, expected", [
    ("血管内皮生长因子VEGF(血清)　　pg/ml　　1 420　　0-160　　↑", "vegf", [(1420.0, 0.0, 160.0, "high")]),
    ("VEGF　　pg/ml　　1420　　0-160", "vegf", [(1420.0, 0.0, 160.0, None)]),
    ("血小板计数(PLT)　　×10^9/L　　586　　↑　　125-350", "platelets", [(586.0, 125.0, 350.0, "high")]),
    ("PLT  ×10^9/L  586  125-350  ↑\nHb  g/L  171", "platelets", [(586.0, 125.0, 350.0, "high")]),
    # the usual column orders keep their readings
    ("血小板计数(PLT)  612  10^9/L  ↑  125-350", "platelets", [(612.0, 125.0, 350.0, "high")]),
    ("VEGF(血清)  1420  pg/ml  ↑  0-160", "vegf", [(1420.0, 0.0, 160.0, "high")]),
])
def test_range_column_after_a_unit_written_first(text, analyte, expected):
    assert _ref(text, analyte) == expected


@pytest.mark.parametrize("text, analyte", [
    ("VEGF  pg/ml  1420  0-160  ↑ 复查", "vegf"),  # words after the flag: no table row's end
    ("VEGF  pg/ml  1420  160-0", "vegf"),  # a range upside down is no range
    ("VEGF  pg/ml  1420 0-160", "vegf"),  # one space: no column
])
def test_no_range_column_from_look_alikes(text, analyte):
    assert all(low is None and high is None for _, low, high, _ in _ref(text, analyte))


# --- a light chain spoken and typed by voice input --------------------------------------------

def _isotypes(text):
    from nlu import extract

    return [(f.status.value, dict(f.attributes).get("heavy_chain"), dict(f.attributes).get("light_chain"))
            for f in extract(text).evidence.findings if f.concept == "serum_immunofixation"]


@pytest.mark.parametrize("text, expected", [
    ("免疫固定电泳出来是IgA兰姆达型的", [("present", "IgA", "lambda")]),
    ("血清免疫固定电泳：IgG卡帕型", [("present", "IgG", "kappa")]),
    ("免疫固定电泳IgG拉姆达型阳性", [("present", "IgG", "lambda")]),
    ("免疫固定电泳：IgA λ型", [("present", "IgA", "lambda")]),  # the letter itself as before
])
def test_spoken_light_chain(text, expected):
    assert _isotypes(text) == expected


def test_spoken_light_chain_not_found_is_no_isotype():
    assert all(light is None for _, _, light in _isotypes("免疫固定电泳没查到兰姆达"))
