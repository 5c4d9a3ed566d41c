"""Short referral phrasings for the eleven criteria (表2) in English, Chinese and mixed notes.

Each test lists several phrasings that must be read, and look-alikes that must not change:
nodes marked positive, the skin written fine without a verb, a question mark after a finding
fixed present, and an immunofixation result written in doubt.
"""
from __future__ import annotations

import pytest

from conftest import lab_tuples as _labs, not_done, statuses as _statuses

import nlu


# --- nodes marked positive in a telegraphic examination: enlarged (as "(-)" denies them) -----------

@pytest.mark.parametrize("text", [
    "淋巴结(+)",
    "查体：浅表淋巴结(+)，肝(-)，脾(-)。",
    "淋巴结：（＋），双下肢水肿。",
    "颈部淋巴结(++)",
    "PE: lymph nodes (+), liver (-), spleen (-).",
    "LN (+)",
    "LNs: (+)",
    "cervical nodes (++)",
])
def test_nodes_marked_positive_are_enlarged(text: str) -> None:
    assert _statuses(text, "lymphadenopathy") == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("淋巴结(-)", ["absent"]),                       # marked negative: unchanged
    ("lymph nodes (-)", ["absent"]),
    ("淋巴结(+)？", ["uncertain"]),                   # the mark queried
    ("lymph nodes (+)?", ["uncertain"]),
    ("淋巴结活检(+)", []),                            # a biopsy's result, not the nodes felt
    ("淋巴结", []),                                   # the bare word says nothing
])
def test_nodes_marked_look_alikes(text: str, expected: list) -> None:
    assert _statuses(text, "lymphadenopathy") == expected


def test_nodes_positive_keeps_the_organs_denied() -> None:
    text = "查体：浅表淋巴结(+)，肝(-)，脾(-)。"
    assert _statuses(text, "hepatomegaly") == ["absent"]
    assert _statuses(text, "splenomegaly") == ["absent"]


# --- the skin written fine with no verb ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Skin fine.",
    "Skin: fine\nNeuro: distal weakness",
    "Skin - fine, pedal oedema",
    "skin OK",
    "Skin: okay",
    "Exam: no LAD, skin fine, mild pedal oedema.",
    "skin all fine;",
])
def test_skin_fine_is_normal_skin(text: str) -> None:
    assert _statuses(text, "skin_changes") == ["absent"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Skin: fine wrinkles on the face", "skin_changes", []),      # "fine" describing a lesion
    ("skin fine scaling", "skin_changes", []),
    ("Skin fine, hyperpigmentation of the shins.", "hyperpigmentation", ["present"]),
    ("Exam: no LAD, skin fine, mild pedal oedema.", "peripheral_edema", ["present"]),
    ("Skin looks fine but darker on the shins", "skin_changes", ["absent"]),  # unchanged
])
def test_skin_fine_look_alikes(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


# --- a question mark after a finding whose rule fixes it present -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("CXR clear, small effusion?", ["uncertain"]),
    ("CXR otherwise clear apart from a small left effusion?", ["uncertain"]),
    ("CT chest normal except for bilateral effusions ?", ["uncertain"]),
    ("CXR clear, small effusion.", ["present"]),                 # stated: unchanged
    ("CXR: clear, small right effusion", ["present"]),
    ("CXR clear, small effusion. ?POEMS", ["present"]),           # the query is of the next words
])
def test_question_mark_after_fixed_present(text: str, expected: list) -> None:
    assert _statuses(text, "pleural_effusion") == expected


# --- an immunofixation result written in doubt ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "?faint lambda band on IFE, repeat advised",
    "IFE: ?faint IgG lambda band",
    "IFE: IgA lambda?",
    "血清IFE：可疑λ条带",
    "IFE equivocal - possible faint lambda band",
])
def test_immunofixation_result_in_doubt_is_uncertain(text: str) -> None:
    assert _statuses(text, "serum_immunofixation") == ["uncertain"]


@pytest.mark.parametrize("text, expected", [
    ("IFE: IgG lambda band detected.", ["present"]),
    ("IFE IgA lambda ?POEMS", ["present"]),                        # the mark is the next finding's
    ("IFE positive (IgG kappa). ?POEMS", ["present"]),
    ("Possible POEMS; IFE IgA lambda.", ["present"]),              # doubt in another clause
    ("免疫固定电泳：IgG λ型（+）", ["present"]),
    ("IFE: IgG(-) IgA(+) IgM(-) κ(-) λ(+)", ["present"]),
    ("No paraprotein on SPEP/IFE.", ["absent"]),
])
def test_immunofixation_look_alikes(text: str, expected: list) -> None:
    assert _statuses(text, "serum_immunofixation") == expected


def test_doubted_immunofixation_keeps_its_isotype() -> None:
    finding = next(f for f in nlu.extract("IFE: ?faint IgG lambda band").evidence.findings
                   if f.concept == "serum_immunofixation")
    assert finding.status.value == "uncertain"
    assert finding.attributes.get("light_chain") == "lambda"


# --- the sweep's phrasings already read right: kept as they are --------------------------------

@pytest.mark.parametrize("text, concept, expected", [
    ("Bilateral stocking sensory loss to mid-shin, areflexic.", "polyneuropathy", ["present"]),
    ("? early neuropathy - awaiting NCS", "polyneuropathy", ["uncertain"]),
    ("周围神经病？待肌电图。", "polyneuropathy", ["uncertain"]),
    ("无 neuropathy 表现。", "polyneuropathy", ["absent"]),
    ("M蛋白可疑阳性，建议复查。", "m_protein", ["uncertain"]),
    ("Node biopsy: reactive only, no Castleman features.", "castleman_disease", ["absent"]),
    ("Castleman 可能，待病理。", "castleman_disease", ["uncertain"]),
    ("Possible sclerotic focus in the pelvis, ?bone island.", "sclerotic_bone_lesion", ["uncertain"]),
    ("全身骨骼未见骨质破坏及硬化灶。", "sclerotic_bone_lesion", ["absent"]),
    ("PET-CT: 多发 sclerotic lesions，SUV 轻度增高", "sclerotic_bone_lesion", ["present"]),
    ("B超：脾稍大？", "splenomegaly", ["uncertain"]),
    ("Spleen 15 cm on US，肝不大", "splenomegaly", ["present"]),
    ("不除外少量腹水", "ascites", ["uncertain"]),
    ("双下肢 oedema (-)", "peripheral_edema", ["absent"]),
    ("甲减？待复查", "hypothyroidism", ["uncertain"]),
    ("面部毛发增多？", "hypertrichosis", ["uncertain"]),
    ("视盘边界欠清？待眼科会诊", "papilledema", ["uncertain"]),
    ("equivocal papilloedema", "papilledema", ["uncertain"]),
])
def test_sweep_phrasings_read(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


@pytest.mark.parametrize("text, analyte, expected", [
    ("VEGF: 1,230 (0-142) pg/mL", "vegf", [(1230.0, "pg/mL", None)]),
    ("血清VEGF 2,860 pg/ml ↑", "vegf", [(2860.0, "pg/mL", "serum")]),
    ("λ FLC 210 mg/L (5.7-26.3) H", "flc_lambda", [(210.0, "mg/L", None)]),
    ("κ/λ=0.05", "flc_ratio", [(0.05, None, None)]),
    ("PLT 48.2万", "platelets", [(48.2, "10^4/uL", None)]),
    ("Hb 19.1 g/dL", "hemoglobin", [(19.1, "g/dL", None)]),
])
def test_sweep_lab_lines(text: str, analyte: str, expected: list) -> None:
    assert _labs(text, analyte) == expected


def test_vegf_awaited_is_pending() -> None:
    assert not_done(nlu.extract("VEGF结果待回报")) == {"serum_vegf": "pending"}


# --- a test, a space, then its result awaited (mixed notes) ---------------------------------------

@pytest.mark.parametrize("text, test", [
    ("VEGF 待回报", "serum_vegf"),
    ("血清VEGF 待回报", "serum_vegf"),
    ("VEGF 送检中", "serum_vegf"),
    ("IFE 结果未回", "serum_immunofixation"),
    ("VEGF 1200 pg/ml，IFE 待回报", "serum_immunofixation"),
])
def test_test_then_space_then_awaited_is_pending(text: str, test: str) -> None:
    assert not_done(nlu.extract(text)).get(test) == "pending"


@pytest.mark.parametrize("text, concept", [
    ("脾大 待回报", "splenomegaly"),      # a finding is not a test: unchanged
    ("腹水 待回报", "ascites"),
])
def test_finding_then_space_awaited_unchanged(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


def test_value_given_is_not_pending() -> None:
    extraction = nlu.extract("VEGF 1200 pg/ml，IFE 待回报")
    assert "serum_vegf" not in not_done(extraction)
    assert [lab.value for lab in extraction.evidence.labs if lab.analyte == "vegf"] == [1200.0]
