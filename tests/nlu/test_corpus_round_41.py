"""English and mixed referral wording found by dev file 41 (en-379–386, mx-284–285).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import statuses as _statuses


# --- a negation opened inside brackets ends at the closing bracket ------------------------------

@pytest.mark.parametrize("text, concept", [
    ("We would hold off on a work-up (no VEGF sent) unless the bones or the skin give a reason. Splenomegaly on CT.", "splenomegaly"),
    ("Exam (no oedema) hepatomegaly 3 cm below costal margin.", "hepatomegaly"),
    ("Imaging [no LAD] spleen 15 cm.", "splenomegaly"),
    ("On exam (negative for ascites) skin hyperpigmentation noted.", "hyperpigmentation"),
])
def test_bracketed_negation_does_not_reach_past_the_bracket(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


def test_bracketed_negation_still_negates_inside() -> None:
    assert _statuses("Imaging [no LAD] spleen 15 cm.", "lymphadenopathy") == ["absent"]
    text = "Exam (no hepatosplenomegaly or lymphadenopathy)."
    assert _statuses(text, "hepatosplenomegaly") == ["absent"]
    assert _statuses(text, "lymphadenopathy") == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("No HSM (on exam) or lymphadenopathy.", "lymphadenopathy"),           # negation before the bracket
    ("Exam: no papilloedema (fundi dilated), oedema or ascites.", "ascites"),
    ("Liver normal (no hepatomegaly, no splenomegaly).", "splenomegaly"),
])
def test_negation_before_or_across_a_bracket_unchanged(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["absent"]


def test_bracketed_negation_says_nothing_of_the_bones_after_it() -> None:
    text = "We would hold off on a POEMS work-up (no VEGF sent) unless the bones or the skin give a reason."
    assert "absent" not in _statuses(text, "sclerotic_bone_lesion")


# --- a range of node sizes --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Exam: cervical and axillary LN 1-2 cm, firm, mobile.",
    "Neck: LN 1 to 2 cm bilaterally.",
    "CT: LNs 0.5-1.5 cm in the axillae.",
    "Exam: 1-2 cm cervical nodes.",
    "CT: lymph nodes measuring 1-2 cm.",
    "CT: LNs up to 2 cm in the mediastinum.",
    "Exam: nodes 1.5 cm in the groin.",
])
def test_node_size_range_reaching_1_cm_is_lymphadenopathy(text: str) -> None:
    assert _statuses(text, "lymphadenopathy") == ["present"]


@pytest.mark.parametrize("text", [
    "CT: LN 0.4-0.8 cm.",
    "CT: LN < 1 cm.",
    "CT: no LN > 1 cm.",
    "Neck: LN 5 mm.",
])
def test_nodes_below_1_cm_are_not_enlarged(text: str) -> None:
    assert _statuses(text, "lymphadenopathy") == ["absent"]


# --- organs felt for in a GP's words, a list after "couldn't feel" ------------------------------------

def test_couldnt_feel_a_list_denies_each() -> None:
    text = "I couldn't feel her liver, spleen or nodes."
    assert _statuses(text, "hepatomegaly") == ["absent"]
    assert _statuses(text, "splenomegaly") == ["absent"]
    assert _statuses(text, "lymphadenopathy") == ["absent"]


# --- the full stop of an abbreviation ends no sentence ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Bloods normal, incl. FBC.",
    "Bloods unremarkable incl. FBC, LFTs.",
    "Bloods normal, incl FBC and LFTs.",
    "Bloods normal, including FBC.",
])
def test_tests_named_after_incl_are_normal(text: str) -> None:
    assert _statuses(text, "thrombocytosis") == ["absent"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Free fluid, i.e. ascites, on CT.", "ascites", ["present"]),
    ("Skin changes, e.g. hyperpigmentation on the trunk.", "hyperpigmentation", ["present"]),
    ("Bloods normal. FBC shows platelets 612.", "thrombocytosis", []),   # a real sentence end
])
def test_abbreviation_periods_look_alikes(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


# --- a pasted table row with pipe columns -------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("Serum IFE | negative | - |", "serum_immunofixation"),
    ("Skeletal survey | normal | - |", "sclerotic_bone_lesion"),
    ("Item | Result | Ref\nHSM | absent |\nLAD | present |", "hepatosplenomegaly"),
    ("Item | Result\nOedema | negative\nAscites | 2+ |", "peripheral_edema"),
])
def test_pipe_row_result_negates_its_item(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("Item | Result | Ref\nHSM | absent |\nLAD | present |", "lymphadenopathy"),
    ("Item | Result\nOedema | negative\nAscites | 2+ |", "ascites"),
    ("Bone | sclerotic lesion L2 |", "sclerotic_bone_lesion"),
    ("HSM - | LAD + | oedema +", "lymphadenopathy"),
])
def test_pipe_row_look_alikes_stay_present(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


# --- a radiologist's condition; fundi described as fine -------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("In the appropriate clinical setting (neuropathy, monoclonal protein), POEMS syndrome should be considered.", "polyneuropathy"),
    ("In the right clinical context of a neuropathy, POEMS should be considered.", "polyneuropathy"),
    ("In a compatible clinical setting (monoclonal protein), consider POEMS.", "m_protein"),
])
def test_condition_of_a_report_is_not_a_finding(text: str, concept: str) -> None:
    assert "present" not in _statuses(text, concept)


@pytest.mark.parametrize("text", [
    "Fundi looked fine on her retinal screening.",
    "Her fundi look fine.",
    "Optic discs appeared fine.",
])
def test_fundi_described_fine_are_normal(text: str) -> None:
    assert _statuses(text, "papilledema") == ["absent"]


def test_fine_does_not_negate_a_sign_named_after() -> None:
    assert _statuses("Fundi looked fine two months ago; now bilateral papilloedema.", "papilledema") == ["present"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Oedema (no change since March).", "peripheral_edema", ["present"]),
    ("Oedema (no significant change).", "peripheral_edema", ["present"]),
    ("Neuropathy (no response to IVIg) with oedema.", "peripheral_edema", ["present"]),
    ("Ascites (no longer present).", "ascites", ["historical"]),
])
def test_bracketed_pseudo_and_resolution_phrases_unchanged(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


def test_bracketed_not_available_stays_a_test_not_done() -> None:
    ex = nlu.extract("Serum VEGF could not be done (not available in our set-up). X-ray pelvis normal.")
    assert [n.reason for n in ex.evidence.not_done if n.test == "serum_vegf"] == ["not_done"]
