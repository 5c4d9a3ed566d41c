"""Chinese follow-up, case-report, skin-clinic, lay and results wording found by dev file 43 (zh-622–637).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import criterion, lab_tuples as _labs, not_done, statuses as _statuses


# --- no longer to be seen, not come back: once present, not now (never absent) ----------------------

@pytest.mark.parametrize("text, concept", [
    ("双下肢水肿已不明显。", "peripheral_edema"),
    ("治疗3个月后双下肢水肿现已不明显。", "peripheral_edema"),
    ("面部色素沉着明显，现已不明显。", "hyperpigmentation"),
    ("腹胀、腹水，利尿后已不明显。", "ascites"),
    ("脾大，化疗后已经不明显。", "splenomegaly"),
    ("腹水未再出现。", "ascites"),
    ("胸腔积液未再出现，", "pleural_effusion"),
    ("双下肢水肿没有再出现。", "peripheral_edema"),
])
def test_no_longer_seen_is_resolved_not_absent(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["historical"]


@pytest.mark.parametrize("text, concept, expected", [
    ("双下肢水肿不明显。", "peripheral_edema", ["absent"]),          # examined and not found
    ("色素沉着不明显。", "hyperpigmentation", ["absent"]),
    ("腹水，利尿后改善不明显。", "ascites", ["present"]),              # not better: still there
    ("四肢无力未再出现加重，双下肢水肿。", "peripheral_edema", ["present"]),
    ("面部色素沉着明显，双下肢水肿已不明显。", "hyperpigmentation", ["present"]),  # the next clause's own subject
])
def test_not_obvious_and_other_clauses_keep_their_reading(text: str, concept: str, expected) -> None:
    assert _statuses(text, concept) == expected


def test_follow_up_before_and_now_leaves_fluid_unknown() -> None:
    """The state before treatment and its resolution: neither present nor absent now."""
    text = ("确诊POEMS综合征，来那度胺治疗9个疗程。治疗前双下肢水肿、腹水，现双下肢水肿已不明显，腹水未再出现。"
            "治疗前面部色素沉着明显，现已不明显。")
    x = nlu.extract(text)
    assert criterion(x, "extravascular_volume_overload") == "unknown"
    assert criterion(x, "skin_changes") == "unknown"


@pytest.mark.parametrize("text, concept", [
    ("治疗前双下肢水肿、腹水。", "ascites"),
    ("化疗前脾大，现脾肋下未触及。", "splenomegaly"),
    ("移植前胸腔积液。", "pleural_effusion"),
])
def test_the_state_before_treatment_is_past(text: str, concept: str) -> None:
    assert _statuses(text, concept)[0] == "historical"


@pytest.mark.parametrize("text, concept", [
    ("治疗前后对比：脾大，腹水。", "splenomegaly"),   # before and after, not the past only
    ("患者双下肢水肿，拟化疗。", "peripheral_edema"),
    ("双下肢水肿，治疗后减轻。", "peripheral_edema"),
])
def test_treatment_words_that_are_not_the_past(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


# --- the syndrome's share of patients in a discussion ------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("讨论：部分患者可无骨硬化性病变。", "sclerotic_bone_lesion"),
    ("少数患者可不伴水肿。", "peripheral_edema"),
    ("约15%～25%的患者合并Castleman病。", "castleman_disease"),
    ("约30%患者伴有视乳头水肿。", "papilledema"),
    ("其中20%的病例可无视乳头水肿。", "papilledema"),
])
def test_share_of_patients_is_not_this_patient(text: str, concept: str) -> None:
    found = _statuses(text, concept)
    assert "present" not in found and "absent" not in found


@pytest.mark.parametrize("text, concept, expected", [
    ("本例无骨硬化性病变。", "sclerotic_bone_lesion", ["absent"]),
    ("患者合并Castleman病（透明血管型）。", "castleman_disease", ["present"]),
    ("白蛋白25%，双下肢水肿。", "peripheral_edema", ["present"]),
])
def test_this_patients_findings_keep_their_reading(text: str, concept: str, expected) -> None:
    assert _statuses(text, concept) == expected


# --- a list still to be examined ---------------------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("脾大、M蛋白？待查。", "splenomegaly"),
    ("脾大、腹水待查。", "splenomegaly"),
    ("脾大、腹水待查。", "ascites"),
    ("视乳头水肿、脾大待除外。", "papilledema"),
])
def test_list_to_be_examined_is_in_doubt(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["uncertain"]


@pytest.mark.parametrize("text", [
    "M蛋白、血清VEGF？待查。",
    "处理：M蛋白、VEGF?待查；建议血液科就诊。",
    "M蛋白、VEGF均待查。",
])
def test_list_of_tests_to_be_examined_is_not_done(text: str) -> None:
    """The M-protein named as a test of the list is a test still to be done, not a finding."""
    assert _statuses(text, "m_protein") == []
    assert not_done(nlu.extract(text)).get("serum_immunofixation") == "not_done"
    assert not_done(nlu.extract(text)).get("serum_vegf") == "not_done"


def test_single_test_to_be_examined_is_not_done() -> None:
    assert not_done(nlu.extract("骨CT？待查。")).get("bone_imaging") == "not_done"
    assert _statuses("M蛋白待查。", "m_protein") == ["uncertain"]


@pytest.mark.parametrize("text, concept, expected", [
    ("双下肢水肿(++)、脾大？", "peripheral_edema", ["present"]),   # a "?" doubts its own member
    ("腹水、脾大?", "ascites", ["present"]),
    ("双下肢水肿，M蛋白待查。", "peripheral_edema", ["present"]),  # the comma ends the list
    ("脾大，腹水待查。", "splenomegaly", ["present"]),
])
def test_doubt_does_not_reach_past_its_list(text: str, concept: str, expected) -> None:
    assert _statuses(text, concept) == expected


# --- a negative immunofixation and a normal pelvic film ---------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("血清免疫固定电泳尚未发现单克隆条带。", "serum_immunofixation"),
    ("血清免疫固定电泳未发现单克隆条带。", "serum_immunofixation"),
    ("免疫固定电泳暂未见单克隆条带。", "serum_immunofixation"),
    ("免疫固定电泳未检出M蛋白。", "serum_immunofixation"),
    ("尿免疫固定电泳尚未发现单克隆条带。", "urine_immunofixation"),
])
def test_immunofixation_not_finding_a_band_is_negative(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text", [
    "血清免疫固定电泳：IgG-λ型，尚未发现其他单克隆条带。",
    "免疫固定电泳 IgA-κ 阳性(+)。",
])
def test_positive_immunofixation_stays_positive(text: str) -> None:
    assert "absent" not in _statuses(text, "serum_immunofixation")
    x = nlu.extract(text)
    assert criterion(x, "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text", [
    "骨盆X线平片未见异常。",
    "骨盆平片未见异常。",
    "头颅平片、骨盆X线片未见异常。",
])
def test_normal_pelvic_film_is_a_normal_bone_study(text: str) -> None:
    assert _statuses(text, "sclerotic_bone_lesion") == ["absent"]


@pytest.mark.parametrize("text, expected", [
    ("骨盆X线平片：右髂骨硬化灶。", "present"),
    ("骨盆平片示左髂骨成骨性病变。", "present"),
])
def test_pelvic_film_with_a_lesion_is_not_normal(text: str, expected: str) -> None:
    assert expected in _statuses(text, "sclerotic_bone_lesion")
    assert "absent" not in _statuses(text, "sclerotic_bone_lesion")


# --- lay words of a relative -------------------------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("眼底也查了，说没问题。", "papilledema"),
    ("眼底查了，医生说没事。", "papilledema"),
    ("骨头CT做了，医生说没啥问题。", "sclerotic_bone_lesion"),
])
def test_test_done_then_said_fine_is_normal(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("腿肿得厉害，说没问题。", "peripheral_edema"),        # a sign, not a test: the words are the doctor's comfort
    ("眼底查了，说视乳头水肿。", "papilledema"),
])
def test_said_fine_needs_a_test_done(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("医生摸了说脾有点大。", "splenomegaly"),
    ("B超说脾脏偏大。", "splenomegaly"),
    ("肝有点大。", "hepatomegaly"),
])
def test_lay_organ_a_bit_big(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text", [
    "还查了一个叫VEGF的，说高得很。",
    "VEGF也很高。",
    "VEGF医生说特别高。",
])
def test_lay_vegf_very_high(text: str) -> None:
    assert _statuses(text, "vegf_elevated") == ["present"]


@pytest.mark.parametrize("text", [
    "VEGF还没查，血小板很高。",
    "VEGF不是很高。",
    "VEGF正常，血压很高。",
])
def test_lay_vegf_look_alikes(text: str) -> None:
    assert "present" not in _statuses(text, "vegf_elevated")


# --- a value changed from one to another ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "血清VEGF由治疗前4 680 pg/ml降至586 pg/ml。",
    "血清VEGF由4680 pg/ml降至586 pg/ml。",
    "血清VEGF从4680 pg/ml下降至586 pg/ml。",
])
def test_vegf_from_one_value_to_another(text: str) -> None:
    assert _labs(text, "vegf") == [(4680.0, "pg/mL", "serum"), (586.0, "pg/mL", "serum")]


def test_from_without_a_number_is_no_value() -> None:
    assert _labs("血清VEGF由外院送检，结果未回。", "vegf") == []
