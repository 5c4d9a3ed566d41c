"""Chinese referral wording found by dev file 51 (zh-682–697).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import criterion, lab_tuples, statuses as _statuses


# --- a tick written in place of its box, before its option ----------------------------------------

@pytest.mark.parametrize("text, concept, expected", [
    ("3. 目前腿脚浮肿：√无　□有", "peripheral_edema", ["absent"]),
    ("腿脚浮肿：□有　√无", "peripheral_edema", ["absent"]),
    ("水肿 □有 ✔无", "peripheral_edema", ["absent"]),
    ("Oedema ✓ No ☐ Yes", "peripheral_edema", ["absent"]),
    ("7. 乳房增大：√无　□有", "gynecomastia", ["absent"]),
    # the ticked option is the answer, the empty ones are not
    ("水肿：√有　□无", "peripheral_edema", ["present"]),
    ("皮肤颜色：□比以前更黑　√比以前变浅　□没变化", "hyperpigmentation", []),
    # a line of ticks without an empty box is left alone
    ("查体：双下肢水肿 √", "peripheral_edema", ["present"]),
])
def test_tick_in_place_of_its_box(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


def test_ticked_degree_keeps_the_symptom() -> None:
    text = "1. 目前手脚麻木：□无　√轻度　□中度　□重度"
    assert "present" in _statuses(text, "symmetric_distal_sensory_symptoms")
    assert "absent" not in _statuses(text, "symmetric_distal_sensory_symptoms")


# --- a form row whose members carry a bracketed qualifier, answered none ---------------------------

@pytest.mark.parametrize("text, concept, expected", [
    ("乳房增大（男性）/月经异常（女性）：无", "gynecomastia", ["absent"]),
    ("乳房增大(男性)/月经异常(女性): 无", "gynecomastia", ["absent"]),
    ("7. 乳房增大（男性）/月经异常（女性）：√无　□有", "gynecomastia", ["absent"]),
    ("Gynaecomastia (men) / amenorrhoea (women): none", "gynecomastia", ["absent"]),
    # a grade in the bracket says the member is there; a comma ends the heading
    ("双下肢水肿（++）/胸水：无", "peripheral_edema", ["present"]),
    ("双下肢水肿（轻度），胸水：无", "peripheral_edema", ["present"]),
])
def test_bracketed_qualifier_in_a_heading_list(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


@pytest.mark.parametrize("text, concept", [
    ("患者女，月经异常2年。", "menstrual_irregularity"),
    ("月经失调半年。", "menstrual_irregularity"),
    ("She reports a menstrual abnormality for a year.", "menstrual_irregularity"),
])
def test_menstrual_abnormality(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


# --- a value its clause dates at diagnosis, after today's value -------------------------------------

@pytest.mark.parametrize("text, name, expected", [
    ("血清VEGF 118 pg/mL（参考值0-142）。诊断时：血清VEGF 6 240 pg/mL，脾大。", "vegf_elevated", "absent"),
    ("血清VEGF 118 pg/mL（参考值0-142）。确诊时血清VEGF 4 860 pg/mL。", "vegf_elevated", "absent"),
    ("血清VEGF 118 pg/mL（參考值0-142）。確診時：血清VEGF 4 860 pg/mL。", "vegf_elevated", "absent"),
    ("PLT 231×10^9/L，Hb 142 g/L。诊断时：IgA-λ型M蛋白，PLT 512×10^9/L。", "thrombocytosis_polycythemia", "absent"),
    ("Platelets 240 x10^9/L, Hb 135 g/L today. At the time of diagnosis her platelets were 560 x10^9/L.",
     "thrombocytosis_polycythemia", "absent"),
    ("Serum VEGF 96 pg/mL (ref 0-142). When first diagnosed, serum VEGF 4,200 pg/mL (ref 0-142).",
     "vegf_elevated", "absent"),
    # look-alikes: written first, the value at diagnosis stays the earlier one; a repeat without a
    # time word is the latest
    ("诊断时：血清VEGF 6 240 pg/mL（参考值0-142）。目前血清VEGF 118 pg/mL（参考值0-142）。", "vegf_elevated", "absent"),
    ("血清VEGF 118 pg/mL（参考值0-142）。复查血清VEGF 3 260 pg/mL（参考值0-142）。", "vegf_elevated", "present"),
])
def test_value_at_diagnosis_is_earlier(text: str, name: str, expected: str) -> None:
    assert criterion(nlu.extract(text), name) == expected


def test_both_values_are_kept() -> None:
    text = "血清VEGF 118 pg/mL（参考值0-142）。诊断时：血清VEGF 6 240 pg/mL。"
    assert sorted(v for v, _, _ in lab_tuples(text, "vegf")) == [118, 6240]


# --- a negative immunofixation stated again after the state at diagnosis -----------------------------

FOLLOW_UP = ("{first}"
             "男，51岁，POEMS综合征（IgA-λ型），2024年9月行自体造血干细胞移植。\n"
             "目前：{now}")


@pytest.mark.parametrize("first, now, expected", [
    ("免疫固定电泳：阴性\n", "血清及尿免疫固定电泳均阴性，游离轻链比值 0.92。", "absent"),
    ("IFE：阴性\n", "血清免疫固定电泳阴性，血清游离轻链κ/λ 0.92。", "absent"),
    # look-alikes: not stated again after the diagnosis, the earlier negative does not undo it; stated
    # only after it, it does (as before)
    ("免疫固定电泳：阴性\n", "双足麻木减轻，游离轻链比值 0.92。", "present"),
    ("", "血清免疫固定电泳阴性，游离轻链比值 0.92。", "absent"),
])
def test_negative_ife_restated_after_the_past(first: str, now: str, expected: str) -> None:
    extraction = nlu.extract(FOLLOW_UP.format(first=first, now=now))
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") == expected


# --- sclerotic bone in other words ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("腰椎X线：L3椎体密度弥漫性增高。", ["present"]),
    ("腰椎X线：L3呈\"象牙椎\"样改变。", ["present"]),
    ("骨盆平片：左髂骨密度不均匀增高。", ["present"]),
    ("病理：浆细胞瘤，周围骨小梁增粗、硬化。", ["present"]),
    ("X-ray: ivory vertebra at L2.", ["present"]),
    ("CT: an ivory vertebral body at T11.", ["present"]),
    ("腰椎CT：未见椎体密度增高。", ["absent"]),
    # look-alikes: a DXA bone density, trabeculae of a haemangioma, a lung field
    ("DXA：治疗后骨密度增高。", []),
    ("MRI：椎体内骨小梁增粗，呈栅栏状。", []),
    ("胸片：右下肺野密度增高。", []),
])
def test_sclerotic_bone_words(text: str, expected: list) -> None:
    assert _statuses(text, "sclerotic_bone_lesion") == expected


def test_plasmacytoma_with_sclerotic_type_keeps_both() -> None:
    extraction = nlu.extract("（L3椎体）浆细胞瘤，λ轻链限制性，周围骨小梁增粗、硬化。")
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") == "present"
    assert criterion(extraction, "sclerotic_bone_lesions") == "present"
