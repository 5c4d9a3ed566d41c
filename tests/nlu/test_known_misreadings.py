"""Phrasings that had been misread or not read, each with look-alikes that must keep their reading.

1. The endocrine system heading answered by one word that closes its line or sentence
   ("Endocrine: normal", "Endo: nil", "内分泌功能未见异常") is the endocrine work-up: normal
   (endocrinopathy absent), or not done / pending. A heading followed by what was measured
   ("Endocrine: TFTs normal, testosterone low") states nothing itself (targets_*.yml
   ``followed_by``).
2. The swelling a fundus examination shows in doubt ("眼底：可疑水肿", "fundi: ?swelling") is
   papilloedema in doubt, not peripheral oedema; stated without doubt it is papilloedema present.
3. The liver or spleen marked positive in a telegraphic examination ("脾(+)", "Spleen (+)",
   "Liver: +") is felt, i.e. enlarged; "脾(-)", "Spleen: -" deny it; 乙肝(+) is no liver.
4. An M band written with a space ("SPEP 未见 M 带", "未见 M 区带") is read as "M带": denied, the
   electrophoresis shows no M-spike, as "SPEP: no M spike" and "血清蛋白电泳未见M峰" are read.
5. A bone-imaging heading answered normal ("Bone imaging: nil", "骨骼影像：未见异常", also the short
   "骨影像") is a normal bone study (sclerotic lesions absent); answered "none" / "未做" it is not done.
8. Swelling gone down in plain words ("腿肿已消", "脚肿已经消了", "水肿都消了") is resolved (historical);
   improved ("腿肿好多了", "leg swelling much better") or not gone ("腿肿未消", "腿肿还没消") is still
   present; 已消瘦 is weight loss and resolves nothing.
7. A plain lower-case word right after a value on its line that is no unit, flag, sample, range,
   time or prose word ("Hb 15 furlongs", "VEGF 1200 bananas") is an unknown unit: the value is set
   aside with the word as written (labs.yml ``words_after_value``); "PLT 450 today", "Hb 15 on
   admission", "VEGF 1200 serum", "VEGF 1200 (ref <500)", "hb 142 plt 466" keep reading.
"""
from __future__ import annotations

import pytest

from tests.nlu.conftest import criterion, lab_tuples, not_done, statuses


# 1 ------------------------------------------------------------------ endocrine heading answered
@pytest.mark.parametrize("text", [
    "Endocrine: normal",
    "Endo: nil",
    "Endocrine: normal.\nSkin: hyperpigmented shins.",
    "Endocrine system - NAD; skin clear.",
    "Endocrine: unremarkable\nCVS: normal",
    "Endocrine work-up unremarkable",
    "内分泌功能未见异常",
    "内分泌检查：正常",
    "内分泌：无异常。",
    "内分泌系统无殊。",
    "查体：内分泌：未见明显异常\n",
])
def test_endocrine_heading_answered_normal_is_no_endocrinopathy(text: str) -> None:
    assert statuses(text, "endocrinopathy") == ["absent"]


@pytest.mark.parametrize("text, reason", [
    ("Endocrine: not checked", "not_done"),
    ("Endocrine: not yet done.", "not_done"),
    ("Endocrine: pending\nNCS: demyelinating", "pending"),
    ("内分泌：未查", "not_done"),
    ("内分泌：待完善。", "not_done"),
])
def test_endocrine_heading_not_done_is_unknown(ex, text: str, reason: str) -> None:
    extraction = ex(text)
    assert not_done(extraction).get("endocrine_panel") == reason
    assert statuses(text, "endocrinopathy") == []


@pytest.mark.parametrize("text, present", [
    ("Endocrine: TFTs normal, testosterone low", "hypogonadism"),
    ("Endocrine: normal thyroid function, low testosterone", "hypogonadism"),
    ("Endocrine: normal, testosterone low", "hypogonadism"),
    ("内分泌：甲功正常，睾酮低", "hypogonadism"),
])
def test_endocrine_heading_before_what_was_measured_says_nothing_itself(ex, text, present) -> None:
    assert statuses(text, present) == ["present"]
    assert "absent" not in statuses(text, "endocrinopathy")
    assert criterion(ex(text), "endocrinopathy") == "present"


@pytest.mark.parametrize("text", [
    "Endocrine: abnormal",
    "Endocrine: ?normal",
    "Endocrine: normal?",
    "内分泌功能异常",
    "neuroendocrine: negative",
])
def test_endocrine_look_alikes_are_not_a_normal_work_up(text: str) -> None:
    assert "absent" not in statuses(text, "endocrinopathy")


# 2 ------------------------------------------------------------------ fundus swelling in doubt
@pytest.mark.parametrize("text", [
    "眼底：可疑水肿",
    "眼底：?水肿",
    "眼底：似有水肿。双下肢无水肿。",
    "眼底检查怀疑水肿",
    "fundi: ?swelling",
    "fundi: ?oedema",
    "Fundoscopy - ?bilateral swelling",
    "fundi: possible mild oedema",
    "眼底示视乳头边界欠清",
])
def test_fundus_swelling_in_doubt_is_papilloedema_in_doubt(text: str) -> None:
    assert statuses(text, "papilledema") == ["uncertain"]
    assert "uncertain" not in statuses(text, "peripheral_edema")


@pytest.mark.parametrize("text, papilledema, oedema", [
    ("fundi: bilateral swelling", ["present"], []),
    ("fundi: swelling", ["present"], []),
    ("眼底：水肿", ["present"], []),
    ("眼底：未见水肿", ["absent"], []),   # the fundus's oedema: the legs' is not spoken of
    ("Fundi: normal. Legs: swelling to knees", ["absent"], None),
    ("眼底正常，双下肢可疑水肿", ["absent"], ["uncertain"]),
])
def test_fundus_look_alikes(text: str, papilledema, oedema) -> None:
    assert statuses(text, "papilledema") == papilledema
    if oedema is not None:
        assert statuses(text, "peripheral_edema") == oedema


# 3 ------------------------------------------------------------------ organ marked (+)
@pytest.mark.parametrize("text, concept", [
    ("脾(+)", "splenomegaly"),
    ("脾（+）", "splenomegaly"),
    ("查体：肝(-)，脾(+)，双下肢水肿", "splenomegaly"),
    ("Spleen (+)", "splenomegaly"),
    ("O/E: spleen tip (+), no LAD", "splenomegaly"),
    ("Spleen: +", "splenomegaly"),
    ("肝(+)", "hepatomegaly"),
    ("查体：肝(+)，脾(-)", "hepatomegaly"),
    ("肝脏：（＋）", "hepatomegaly"),
    ("Liver: +", "hepatomegaly"),
    ("Liver: ++, spleen: -", "hepatomegaly"),
    ("Liver (+)", "hepatomegaly"),
    ("肝脾(+)", "hepatosplenomegaly"),
])
def test_organ_marked_positive_is_enlarged(ex, text: str, concept: str) -> None:
    assert statuses(text, concept) == ["present"]
    assert criterion(ex(text), "organomegaly") == "present"


@pytest.mark.parametrize("text, concept, expected", [
    ("脾(-)", "splenomegaly", ["absent"]),
    ("Spleen: -", "splenomegaly", ["absent"]),
    ("查体：肝(+)，脾(-)", "splenomegaly", ["absent"]),
    ("Liver: ++, spleen: -", "splenomegaly", ["absent"]),
    ("乙肝(+)", "hepatomegaly", []),
    ("HBsAg(+)，乙肝(+)", "hepatomegaly", []),
    ("脾(+)？", "splenomegaly", ["uncertain"]),
    ("Liver + spleen edge not felt", "hepatomegaly", []),
])
def test_organ_sign_look_alikes(text: str, concept: str, expected) -> None:
    assert statuses(text, concept) == expected


# 4 ------------------------------------------------------------------ M band written with a space
@pytest.mark.parametrize("text, expected", [
    ("SPEP 未见 M 带", ["absent"]),
    ("蛋白电泳未见 M 带", ["absent"]),
    ("SPEP: 未见 M 区带", ["absent"]),
    ("SPEP: no M spike", ["absent"]),
    ("血清蛋白电泳未见M峰", ["absent"]),
    ("SPEP 未见 M 带，IFE 阳性 IgA λ", ["absent"]),
    ("SPEP 可见 M 带", ["present"]),
    ("血清蛋白电泳：γ区可见 M 带", ["present"]),
    ("M 带阳性", ["present"]),
])
def test_m_band_written_with_a_space(text: str, expected) -> None:
    assert statuses(text, "m_spike") == expected


def test_spaced_m_band_denied_beside_a_positive_immunofixation() -> None:
    assert statuses("SPEP 未见 M 带，IFE 阳性 IgA λ", "serum_immunofixation") == ["present"]


# 5 ------------------------------------------------------------------ bone imaging heading answered
@pytest.mark.parametrize("text", [
    "Bone imaging: nil",
    "Bone imaging: NAD",
    "Skeletal imaging: nil.",
    "骨骼影像：未见异常",
    "骨骼影像学：未见异常",
    "骨影像：无异常",
    "全身骨骼影像：未见明显异常",
])
def test_bone_imaging_answered_normal_is_no_sclerotic_lesion(text: str) -> None:
    assert statuses(text, "sclerotic_bone_lesion") == ["absent"]


@pytest.mark.parametrize("text", ["Bone imaging: none.", "骨骼影像：未做", "骨影像：未做"])
def test_bone_imaging_not_done_stays_unknown(ex, text: str) -> None:
    assert statuses(text, "sclerotic_bone_lesion") == []
    assert not_done(ex(text)).get("bone_imaging") == "not_done"


@pytest.mark.parametrize("text", ["Bone imaging: sclerotic lesion L2", "骨影像：可见多发硬化灶"])
def test_bone_imaging_with_a_lesion_stays_present(text: str) -> None:
    assert statuses(text, "sclerotic_bone_lesion") == ["present"]


# 8 ------------------------------------------------------------------ swelling gone down / improved
@pytest.mark.parametrize("text", [
    "腿肿已消",
    "双下肢水肿已消",
    "水肿已消。",
    "腿肿消了",
    "脚肿已经消了",
    "麻木，腿肿已消",
    "leg swelling resolved",
])
def test_swelling_gone_down_is_resolved(text: str) -> None:
    assert statuses(text, "peripheral_edema") == ["historical"]


@pytest.mark.parametrize("text", [
    "患者诉腿肿好多了",
    "腿肿好多了",
    "leg swelling much better",
    "腿肿未消",
    "腿肿还没消",
    "近半年已消瘦10kg，双下肢水肿",
    "水肿，已消瘦",
])
def test_swelling_improved_or_not_gone_is_still_present(text: str) -> None:
    assert statuses(text, "peripheral_edema") == ["present"]


def test_resolved_swelling_leaves_the_next_finding() -> None:
    text = "腿肿已消，腹水仍有"
    assert statuses(text, "peripheral_edema") == ["historical"]
    assert statuses(text, "ascites") == ["present"]
    assert statuses("近半年已消瘦10kg", "weight_loss") == ["present"]


# 7 ------------------------------------------------------------------ a word after the value
def _warnings(text):
    import nlu
    return [(w.reason, w.unit, w.value) for w in nlu.extract(text).warnings if w.reason == "unknown_unit"]


@pytest.mark.parametrize("text, analyte, word, value", [
    ("Hb 15 furlongs", "hemoglobin", "furlongs", 15.0),
    ("VEGF 1200 bananas", "vegf", "bananas", 1200.0),
    ("Plt 510 widgets, Hb 140 g/L", "platelets", "widgets", 510.0),
])
def test_an_unknown_word_after_the_value_sets_it_aside(text, analyte, word, value) -> None:
    assert lab_tuples(text, analyte) == []
    assert ("unknown_unit", word, value) in _warnings(text)


@pytest.mark.parametrize("text, analyte, value", [
    ("PLT 450 today", "platelets", 450.0),
    ("Hb 15 on admission", "hemoglobin", 15.0),
    ("VEGF 1200 serum", "vegf", 1200.0),
    ("VEGF 1200 (ref <500)", "vegf", 1200.0),
    ("hb 142 plt 466", "hemoglobin", 142.0),
    ("hb 142 plt 466", "platelets", 466.0),
    ("Hb 142\nIFE negative", "hemoglobin", 142.0),
    ("PLT 556 reactive after splenectomy", "platelets", 556.0),
    ("VEGF 1200 pg/ml", "vegf", 1200.0),
])
def test_known_words_after_the_value_keep_it(text, analyte, value) -> None:
    assert [t[0] for t in lab_tuples(text, analyte)] == [value]
    assert _warnings(text) == []
