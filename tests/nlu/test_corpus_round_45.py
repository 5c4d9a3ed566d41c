"""Chinese follow-up, teaching-round, lay and telephone wording found by dev file 45 (zh-638–649).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import criterion, statuses as _statuses


# --- "2024年3月确诊时：…" opening a sentence inside a line: the state at diagnosis, past in a follow-up ----

FOLLOW_UP = "\n本次随访：可独立行走。"


@pytest.mark.parametrize("text, concept", [
    ("患者男，48岁，POEMS综合征（IgG-κ型）。2024年3月确诊时：肝脾肿大，双下肢水肿及腹水；皮肤变黑、多毛。", "peripheral_edema"),
    ("患者男，48岁，POEMS综合征（IgG-κ型）。2024年3月确诊时：肝脾肿大，双下肢水肿及腹水；皮肤变黑、多毛。", "hypertrichosis"),
    ("患者女，52岁。确诊时：腹水，双下肢凹陷性水肿。", "ascites"),
    ("患者女，52岁。2023-05诊断时：脾大，皮肤色素沉着。", "hyperpigmentation"),
    ("患者男，61岁。2024年治疗前：双下肢水肿，腹水。", "peripheral_edema"),
    ("患者男，61岁；初诊时：脾大，腹水。", "splenomegaly"),
    ("确诊时：双下肢水肿，腹水。", "peripheral_edema"),                 # at the line's start
    ("2023年确诊时：脾大，腹水。", "ascites"),
    ("確診時：雙下肢水腫，腹水。", "ascites"),                         # traditional characters
    ("陳先生。2022年診斷時：脾大。", "splenomegaly"),
])
def test_state_at_diagnosis_opening_a_sentence_is_past(text: str, concept: str) -> None:
    assert _statuses(text + FOLLOW_UP, concept) == ["historical"]


@pytest.mark.parametrize("text, concept, expected", [
    # no statement of now later in the note: the work-up the diagnosis rests on
    ("患者男，48岁。2024年3月确诊时：双下肢水肿及腹水。", "peripheral_edema", ["present"]),
    # the sentence after the one at diagnosis speaks of now
    ("患者女。确诊时：双下肢水肿。目前脾大。" + FOLLOW_UP, "splenomegaly", ["present"]),
    ("患者女。确诊时：双下肢水肿。目前双下肢仍水肿。" + FOLLOW_UP, "peripheral_edema", ["historical", "present"]),
    # 确诊时 inside a clause, no heading colon: left as it was
    ("患者男。确诊时伴双下肢水肿。" + FOLLOW_UP, "peripheral_edema", ["present"]),
    ("确诊时：双下肢水肿，腹水。", "ascites", ["present"]),            # no statement of now: the work-up
    ("2023年确诊时：脾大。目前脾肋下2 cm。" + FOLLOW_UP, "splenomegaly", ["historical", "present"]),
    # absent findings keep their status
    ("患者男。确诊时：无腹水。" + FOLLOW_UP, "ascites", ["absent"]),
])
def test_diagnosis_words_that_do_not_make_the_past(text: str, concept: str, expected) -> None:
    assert _statuses(text, concept) == expected


def test_follow_up_after_transplant_reads_now() -> None:
    text = ("患者男，48岁，POEMS综合征（IgG-κ型）。2024年3月确诊时：四肢麻木无力；肝脾肿大，双下肢水肿及腹水；"
            "皮肤变黑、多毛；血清VEGF 5 860 pg/ml。\n本次随访：双足仍有轻度麻木，跟腱反射未引出。双下肢无水肿，腹水消失。"
            "皮肤颜色较前变浅。肝脾肋下未触及，浅表淋巴结未触及肿大。")
    extraction = nlu.extract(text)
    assert criterion(extraction, "extravascular_volume_overload") == "unknown"
    assert criterion(extraction, "skin_changes") == "unknown"
    assert criterion(extraction, "organomegaly") == "absent"
    assert criterion(extraction, "polyneuropathy") == "present"


# --- the mandatory criteria defined in a discussion are not the patient's ----------------------------

@pytest.mark.parametrize("text", [
    "POEMS综合征的必要条件为多发性周围神经病及单克隆浆细胞增殖性疾病，本例均无。",
    "POEMS综合征的必要条件是多发性周围神经病和单克隆浆细胞增殖性疾病。",
    "诊断的必备条件包括多发性周围神经病、单克隆浆细胞增殖性疾病。",
    "强制性标准为多发性周围神经病及单克隆浆细胞增殖性疾病。",
])
def test_mandatory_criteria_defined_are_not_findings(text: str) -> None:
    assert "present" not in _statuses(text, "polyneuropathy")


@pytest.mark.parametrize("text, concept", [
    ("肌电图示多发性周围神经病。必要条件为多发性周围神经病。", "polyneuropathy"),  # the patient's, a sentence before
    ("满足必要条件：多发性周围神经病（+）。", "polyneuropathy"),                    # a checklist answer, not a definition
])
def test_patient_findings_beside_the_definition_stay(text: str, concept: str) -> None:
    assert _statuses(text, concept)[0] == "present"


# --- lay words: the light-chain ratio said normal, the legs swollen again --------------------------------

@pytest.mark.parametrize("text", [
    "轻链也查了，医生说比值正常。",
    "轻链查了，比值正常。",
    "轻链也做过了，结果比值基本正常。",
    "轻链都查了，大夫说比例正常。",
])
def test_lay_light_chain_ratio_normal(text: str) -> None:
    assert _statuses(text, "abnormal_flc_ratio") == ["absent"]


@pytest.mark.parametrize("text", [
    "轻链也查了，比值异常。",
    "轻链查了，比值不正常。",
    "轻链也查了，还没出结果。",
    "轻链查了，医生说比值有点低，免疫固定电泳正常。",
])
def test_lay_light_chain_ratio_not_normal_is_not_absent(text: str) -> None:
    assert "absent" not in _statuses(text, "abnormal_flc_ratio")


@pytest.mark.parametrize("text", [
    "诉近1月双下肢又开始肿，鞋子穿不进。",
    "下肢一直肿。",
    "四肢越来越肿。",
    "腿又开始肿了。",
    "脚开始肿了。",
])
def test_lay_swollen_limbs_again(text: str) -> None:
    assert _statuses(text, "peripheral_edema") == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("双下肢不肿。", ["absent"]),
    ("腿也不肿。", ["absent"]),
    ("下肢有肿物。", []),
    ("左下肢肿瘤术后。", []),
    ("肢体无力，无肿胀。", []),
])
def test_limb_words_that_are_not_swelling(text: str, expected) -> None:
    assert _statuses(text, "peripheral_edema") == expected


@pytest.mark.parametrize("text, expected", [
    ("腿也不肿。", ["absent"]),
    ("脚都不肿，肚子不大。", ["absent"]),
    ("腿也不肿，双下肢水肿（+）。", ["absent", "present"]),   # the negation stays in its clause
])
def test_lay_legs_not_swollen(text: str, expected) -> None:
    assert _statuses(text, "peripheral_edema") == expected
