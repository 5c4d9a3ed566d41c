"""Hospital-document wording found by dev file 34 (zh-540–549, mx-260–265, en-340–343).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import pytest

from conftest import statuses as _statuses


# --- a urine immunofixation stated negative is the urine's result, not the serum's ---------------

@pytest.mark.parametrize("text", [
    "尿免疫固定电泳阴性。",
    "尿免疫固定电泳(-)。",
    "尿液免疫固定电泳阴性。",
    "尿免疫固定电泳未见异常。",
])
def test_a_negative_urine_immunofixation_is_no_negative_serum_one(text: str) -> None:
    """尿免疫固定电泳阴性 says nothing of the serum."""
    assert _statuses(text, "urine_immunofixation") == ["absent"]
    assert _statuses(text, "serum_immunofixation") == []


@pytest.mark.parametrize("text", [
    "血清免疫固定电泳IgG-λ阳性（微量）；尿免疫固定电泳阴性；sFLC κ/λ 0.45。",
    "血清IFE IgA-λ阳性，尿免疫固定电泳阴性。",
])
def test_a_positive_serum_result_stands_beside_a_negative_urine_one(text: str) -> None:
    """The serum result is positive and stays the only serum result."""
    assert _statuses(text, "serum_immunofixation") == ["present"]
    assert _statuses(text, "urine_immunofixation") == ["absent"]


@pytest.mark.parametrize("text", [
    "血清免疫固定电泳阴性，尿免疫固定电泳阴性。",
    "血清及尿免疫固定电泳阴性。",
    "血、尿免疫固定电泳阴性。",
    "血尿免疫固定电泳阴性。",
    "血/尿免疫固定电泳(-)。",
    "血、尿免疫固定电泳均阴性。",
])
def test_both_samples_stated_negative_stay_both_negative(text: str) -> None:
    """Look-alikes: both samples named, one result: serum and urine both negative."""
    assert "absent" in _statuses(text, "serum_immunofixation")
    assert "absent" in _statuses(text, "urine_immunofixation")


@pytest.mark.parametrize("text", ["免疫固定电泳阴性。", "血清免疫固定电泳阴性。", "免疫固定电泳(-)"])
def test_an_immunofixation_without_urine_is_still_the_serum(text: str) -> None:
    """Look-alikes: without 尿 the test is the serum's, as before."""
    assert _statuses(text, "serum_immunofixation") == ["absent"]
    assert _statuses(text, "urine_immunofixation") == []


# --- a form answered by ticking one of its boxes ------------------------------------------------

@pytest.mark.parametrize("text, concept, expected", [
    ("Peripheral oedema                           [x] Yes  [ ] No\n", "peripheral_edema", "present"),
    ("Pitting oedema        ☒ yes   ☐ no\n", "peripheral_edema", "present"),
    ("Lymphadenopathy   [ ] Yes  [x] No  [ ] Not examined\n", "lymphadenopathy", "absent"),
    ("Palpable spleen       ☐ yes   ☒ no\n", "splenomegaly", "absent"),
    ("Papilloedema [X] Yes [ ] No\n", "papilledema", "present"),
    ("双下肢水肿：□是 ■否\n", "peripheral_edema", "absent"),
])
def test_the_ticked_box_is_the_answer(text: str, concept: str, expected: str) -> None:
    """The ticked option answers the question; the options left empty say nothing."""
    assert _statuses(text, concept) == [expected]


@pytest.mark.parametrize("text, concept", [
    ("Papilloedema                                [ ] Yes  [ ] No  [x] Not examined\n", "papilledema"),
    ("Sclerotic bone lesions   [ ] Yes  [ ] No  [x] Imaging not done\n", "sclerotic_bone_lesion"),
    ("Hepatomegaly / splenomegaly   [ ] Yes  [ ] No  [ ] Not examined\n", "hepatomegaly"),
    ("Papilloedema          ☐ yes   ☐ no\n", "papilledema"),
])
def test_a_question_not_examined_or_not_answered_says_nothing(text: str, concept: str) -> None:
    """'Not examined' ticked, or no box ticked: the finding is not read at all."""
    assert _statuses(text, concept) == []


def test_a_normal_fundus_not_ticked_is_no_normal_fundus() -> None:
    """'Fundoscopy ☐ normal ☐ abnormal ☒ not done' is no normal fundoscopy."""
    text = "Fundoscopy            ☐ normal   ☐ abnormal   ☒ not done\n"
    assert "absent" not in _statuses(text, "papilledema")


@pytest.mark.parametrize("text, concept, expected", [
    ("Skin changes ☒\n", "skin_changes", "absent"),             # one box: a checklist item crossed out
    ("Oedema: yes [x]\n", "peripheral_edema", "present"),       # one box after the answer
    ("Lymphadenopathy: no.\n", "lymphadenopathy", "absent"),    # no box
])
def test_lines_with_one_box_or_none_are_read_as_before(text: str, concept: str, expected: str) -> None:
    """Look-alikes: a single box or no box is not a tick-box question."""
    assert expected in _statuses(text, concept)


def test_the_form_keeps_the_note_length() -> None:
    """The normalisation replaces characters one for one (offsets stay the note's)."""
    from nlu.normalize import normalize
    text = "VEGF   [ ] Raised  [ ] Normal  [x] Not done\nOedema ☒ yes ☐ no"
    assert len(normalize(text)) == len(text)


# --- the findings at diagnosis after a history heading, set against a line of now ---------------

_NOW = "\nNow:\n- Serum IFE negative.\n"


@pytest.mark.parametrize("text", [
    "History: at dx 2025-09 — anasarca, splenomegaly 16 cm, hyperpigmentation (+)." + _NOW,
    "Hx: at diagnosis (2024) - anasarca, splenomegaly 16 cm, hyperpigmentation (+)." + _NOW,
    "Background: at dx, anasarca, splenomegaly 16 cm, hyperpigmentation (+)." + _NOW,
    "病史：诊断时（2023年5月）：全身水肿，脾大，皮肤色素沉着。\n目前：血清IFE阴性。\n",
])
def test_findings_at_diagnosis_after_a_history_heading_are_past(text: str) -> None:
    """'History: at dx … —' against 'Now:': the findings at diagnosis are not today's."""
    for concept in ("splenomegaly", "hyperpigmentation"):
        assert "present" not in _statuses(text, concept), concept


@pytest.mark.parametrize("text", [
    "History: 6 months of leg swelling, splenomegaly on CT, hyperpigmentation (+)." + _NOW,
    "History: at dx 2025-09 — anasarca, splenomegaly 16 cm, hyperpigmentation (+).\n",
    "At dx the spleen was large; now splenomegaly 16 cm and hyperpigmentation (+).\n",
])
def test_a_history_of_now_or_without_a_line_of_now_stays_present(text: str) -> None:
    """Look-alikes: a 'History:' of the present illness, a diagnosis line with no line of now after
    it, and 'at dx' inside a sentence keep their findings present."""
    assert "present" in _statuses(text, "splenomegaly")


# --- a reflex loss restated with a verb or "still" before "absent" --------------------------------

@pytest.mark.parametrize("text", [
    "Neuro: walking unaided, ankle jerks still absent.",
    "Reflexes remain absent.",
    "Ankle reflexes are still absent, vibration reduced.",
    "Knee and ankle jerks were absent.",
    "Ankle jerks absent.",                       # the bare form, read before
])
def test_reflexes_still_absent_are_a_reflex_loss(text: str) -> None:
    """'ankle jerks still absent' is areflexia, read as the neuropathy's sign."""
    assert "present" in _statuses(text, "polyneuropathy")


@pytest.mark.parametrize("text", [
    "Ankle jerks still present.",
    "Reflexes are present and symmetrical.",
    "Reflexes remain brisk.",
])
def test_reflexes_kept_are_no_reflex_loss(text: str) -> None:
    """Look-alikes: reflexes kept are no neuropathy sign."""
    assert "present" not in _statuses(text, "polyneuropathy")


# --- a skin examined and found with nothing abnormal ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Skin: nothing abnormal，no pigmentation。",
    "Skin: nothing abnormal.",
    "Skin: nothing abnormal detected.",
    "Skin and nails: nothing abnormal.",
    "Skin examination: nothing abnormal.",
])
def test_a_skin_with_nothing_abnormal_is_a_normal_skin(text: str) -> None:
    """'Skin: nothing abnormal' states a normal skin, like 'Skin: NAD'."""
    assert _statuses(text, "skin_changes") == ["absent"]


@pytest.mark.parametrize("text", [
    "Skin: pigmentation of the hands, nothing abnormal otherwise.",
    "Chest: nothing abnormal. Skin: darker on the hands.",
])
def test_nothing_abnormal_elsewhere_leaves_a_skin_sign(text: str) -> None:
    """Look-alikes: a skin sign stated beside 'nothing abnormal' stays present."""
    assert "present" in _statuses(text, "hyperpigmentation")
    assert "absent" not in _statuses(text, "skin_changes")


# --- a heading that names its examples in a bracket, answered no --------------------------------

@pytest.mark.parametrize("text", [
    "Skin changes (pigmentation, haemangiomas): No\n",
    "Skin changes (pigmentation, haemangiomas):      No\n",
    "Skin changes (e.g. pigmentation, haemangiomas): none.\n",
    "Skin changes (pigmentation, hypertrichosis, haemangiomas): No.\n",
    "Skin changes (pigmentation, haemangiomas)   [ ] Yes  [x] No\n",
])
def test_a_heading_with_examples_in_a_bracket_answered_no(text: str) -> None:
    """The bracket lists the heading's examples: the answer after it negates them all."""
    assert _statuses(text, "skin_changes") == ["absent"]
    assert _statuses(text, "hyperpigmentation") == ["absent"]


@pytest.mark.parametrize("text", [
    "Skin changes (pigmentation, haemangiomas): Yes.\n",
    "Skin changes (pigmentation, haemangiomas)   [x] Yes  [ ] No\n",
])
def test_a_heading_with_examples_answered_yes_stays_present(text: str) -> None:
    """Look-alikes: answered yes, the examples are present."""
    assert "present" in _statuses(text, "hyperpigmentation")


def test_a_bracket_after_a_finding_in_prose_joins_no_heading() -> None:
    """Look-alike: a finding before a comma keeps its status when a later heading is answered no."""
    text = "Mild oedema (ankles, legs), effusions: none.\n"
    assert _statuses(text, "peripheral_edema") == ["present"]
