"""Findings that share one predicate or one specimen word, and hormone axes stated normal together.

* "血、尿免疫固定电泳未见单克隆带", "血尿IFE均阴性": serum and urine named together before one immunofixation
  (targets_zh.yml ``absent_only.serum_urine_ife``) are both negative, so with a normal FLC ratio the
  monoclonal criterion is absent (before, only the urine test was read and the criterion stayed unknown).
* "肝、脾肋下未触及": liver and spleen joined by 、 before one negated predicate are both not enlarged.
* "未见胸腹腔及心包积液": the chest and abdomen share the pericardium's 积液 (pleural effusion and ascites).
* "免疫古定电泳": 古定 is a pinyin slip of 固定 (zh_typos.yml).
* "Gonadal, thyroid and adrenal axes were normal": axes named before one shared "axes" are each normal.
"""
from __future__ import annotations

import pytest

import nlu
from conftest import criterion, status_by_concept


@pytest.mark.parametrize("text", [
    "血、尿免疫固定电泳未见单克隆带，κ/λ 1.27（0.26-1.65）。",
    "血尿IFE均阴性，游离轻链κ/λ 0.98（0.26-1.65）。",
    "血/尿免疫固定电泳均未见M蛋白，血清游离轻链比值1.10（0.26-1.65）。",
])
def test_serum_and_urine_named_together_are_both_negative(text: str) -> None:
    statuses = status_by_concept(text)
    assert statuses["serum_immunofixation"] == "absent"
    assert statuses["urine_immunofixation"] == "absent"
    assert criterion(nlu.extract(text), "monoclonal_plasma_cell_disorder") == "absent"


@pytest.mark.parametrize("text", ["肝、脾肋下未触及，全身浅表淋巴结未扪及肿大。", "肝、脾未触及，浅表淋巴结未触及。"])
def test_liver_and_spleen_share_the_negation(text: str) -> None:
    assert criterion(nlu.extract(text), "organomegaly") == "absent"


def test_chest_and_abdomen_share_the_effusion() -> None:
    statuses = status_by_concept("无水肿，超声未见胸腹腔及心包积液。")
    assert {statuses[c] for c in ("pleural_effusion", "ascites", "pericardial_effusion")} == {"absent"}
    assert criterion(nlu.extract("无水肿，超声未见胸腹腔及心包积液。"), "extravascular_volume_overload") == "absent"


def test_chest_and_abdomen_with_effusion_present() -> None:
    statuses = status_by_concept("超声示胸腹腔及心包积液。")
    assert statuses["pleural_effusion"] == statuses["ascites"] == statuses["pericardial_effusion"] == "present"


def test_a_pinyin_slip_of_the_immunofixation() -> None:
    extraction = nlu.extract("免疫古定电泳出来是IgA拉姆达型的。")
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text", ["Gonadal, thyroid and adrenal axes were normal.",
                                  "Thyroid, adrenal and pituitary axes all normal."])
def test_axes_named_together_are_normal(text: str) -> None:
    assert criterion(nlu.extract(text), "endocrinopathy") == "absent"


def test_one_axis_named_normal_is_not_the_whole_screen() -> None:
    assert criterion(nlu.extract("Thyroid axis normal."), "endocrinopathy") == "unknown"


@pytest.mark.parametrize("text", ["皮肤除紫癜外无色素沉着及血管瘤。", "skin 除 purpura 外无 hyperpigmentation 及 angioma."])
def test_the_negation_after_an_exception_still_reads_forward(text: str) -> None:
    statuses = status_by_concept(text)
    assert statuses["hyperpigmentation"] == statuses["hemangioma"] == "absent"


def test_the_exception_itself_stays_present() -> None:
    assert status_by_concept("腹部CT除脾稍大外未见其他异常。")["splenomegaly"] == "present"


@pytest.mark.parametrize("text, concept, expected", [
    ("Liver 肋下 3 cm, spleen 未及.", "hepatomegaly", "present"),
    ("PE: liver 肋下未及。", "hepatomegaly", "absent"),
])
def test_an_english_organ_before_the_chinese_costal_margin(text: str, concept: str, expected: str) -> None:
    assert status_by_concept(text)[concept] == expected
