"""English and mixed referral wording found by dev file 44 (en-387–397, mx-291–294).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import statuses as _statuses


def _not_done(text: str) -> dict:
    return {t.test: t.reason for t in nlu.extract(text).evidence.not_done}


# --- a finding "he had", then resolved ---------------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("The ankle oedema he had on amlodipine has resolved since the switch to ramipril.", "peripheral_edema"),
    ("The ankle oedema he had has resolved.", "peripheral_edema"),
    ("The ascites she had last year has since settled.", "ascites"),
    ("The leg swelling she had after the third cycle has gone.", "peripheral_edema"),
    ("The pleural effusion he had during the admission has cleared.", "pleural_effusion"),
    ("The oedema he had at diagnosis has resolved.", "peripheral_edema"),
])
def test_finding_in_a_relative_clause_then_resolved_is_not_present(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["historical"]


@pytest.mark.parametrize("text, concept, expected", [
    ("The ankle oedema he had on amlodipine persists.", "peripheral_edema", ["present"]),
    ("Ankle oedema persists; the rash he had on amlodipine has faded.", "peripheral_edema", ["present"]),
    ("He has leg oedema. The rash he had last year has resolved.", "peripheral_edema", ["present"]),
    ("Numbness persists. He had ascites which has resolved.", "ascites", ["historical"]),
    ("The oedema he had on amlodipine has not resolved.", "peripheral_edema", ["present"]),
])
def test_relative_clause_look_alikes_unchanged(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


# --- "Pertinent neg:" and "neg:" headings deny the list after them ---------------------------------

@pytest.mark.parametrize("text, concepts", [
    ("Pertinent neg: HSM, LAD, edema.", ["hepatosplenomegaly", "lymphadenopathy", "peripheral_edema"]),
    ("Numbness of both feet. Neg: HSM, LAD.", ["hepatosplenomegaly", "lymphadenopathy"]),
    ("Pertinent negatives: papilledema, ascites, skin changes.", ["papilledema", "ascites", "skin_changes"]),
    ("Relevant negatives: hepatosplenomegaly, pleural effusion.", ["hepatosplenomegaly", "pleural_effusion"]),
])
def test_negatives_heading_denies_each_item(text: str, concepts: list) -> None:
    for concept in concepts:
        assert _statuses(text, concept) == ["absent"], concept


@pytest.mark.parametrize("text, concept", [
    ("?POEMS raised given PN + paraprotein - neg: kappa, no VEGF sent.", "polyneuropathy"),
    ("?POEMS raised given PN + paraprotein - neg: kappa, no VEGF sent.", "m_protein"),
    ("Polyneuropathy - neg: no M-spike.", "polyneuropathy"),
    ("Pertinent positives: neuropathy. Pertinent neg: edema.", "polyneuropathy"),
])
def test_neg_heading_does_not_deny_what_went_before(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept, expected", [
    ("SPEP neg, IFE pending.", "m_spike", ["absent"]),
    ("Edema neg, ascites present.", "peripheral_edema", ["absent"]),
    ("Edema neg, ascites present.", "ascites", ["present"]),
    ("Neuropathy + paraprotein, pertinent negatives: no HSM, no edema.", "polyneuropathy", ["present"]),
])
def test_neg_after_a_finding_unchanged(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


# --- "no <test> sent / done": a test not done, and the clause ends there ----------------------------

@pytest.mark.parametrize("text, test", [
    ("Neuropathy. No VEGF sent.", "serum_vegf"),
    ("Neuropathy. No IFE done.", "serum_immunofixation"),
    ("No skeletal survey done, ascites on CT.", "bone_imaging"),
    ("No VEGF or IFE sent yet.", "serum_immunofixation"),
    ("IFE negative; no FLC done.", "serum_free_light_chains"),
])
def test_no_test_with_its_verb_is_not_done(text: str, test: str) -> None:
    assert _not_done(text).get(test) == "not_done"


def test_no_ife_done_is_not_a_negative_ife() -> None:
    assert "absent" not in _statuses("Neuropathy. No IFE done.", "serum_immunofixation")
    text = "No free light chains or IFE done, oedema and ascites present."
    assert "absent" not in _statuses(text, "serum_immunofixation")


@pytest.mark.parametrize("text, concept", [
    ("Lytic not sclerotic, no VEGF sent, PN explained by bortezomib.", "polyneuropathy"),
    ("No skeletal survey done, ascites on CT.", "ascites"),
    ("No free light chains or IFE done, oedema and ascites present.", "peripheral_edema"),
    ("No VEGF or IFE sent, oedema present.", "peripheral_edema"),
])
def test_no_test_sent_does_not_reach_past_the_comma(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Sclerotic lesions on CT, no biopsy done.", "sclerotic_bone_lesion", ["present"]),   # no test inside
    ("Oedema present, no echo done.", "peripheral_edema", ["present"]),
    ("No VEGF sent, no edema.", "peripheral_edema", ["absent"]),
    ("No M-spike on the SPEP done in clinic.", "m_spike", ["absent"]),
    ("No hepatosplenomegaly, lymphadenopathy or oedema.", "peripheral_edema", ["absent"]),
])
def test_no_test_sent_look_alikes_unchanged(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


def test_a_sent_test_is_still_pending() -> None:
    assert _not_done("Neuropathy. VEGF sent, oedema present.").get("serum_vegf") == "pending"


# --- a relative "with" a disease: family history ----------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("FH: father with multiple myeloma (deceased), mother T2DM.", "multiple_myeloma"),
    ("Her sister with hypothyroidism lives nearby.", "hypothyroidism"),
    ("Brother with Castleman disease.", "castleman_disease"),
])
def test_relative_with_a_disease_is_not_the_patients(text: str, concept: str) -> None:
    assert _statuses(text, concept) == []


@pytest.mark.parametrize("text, concept", [
    ("Her sister with hypothyroidism. She has edema.", "peripheral_edema"),
    ("He came with his wife; ankle oedema for 3 months.", "peripheral_edema"),
    ("IgG kappa multiple myeloma, FH unremarkable.", "multiple_myeloma"),
])
def test_patients_own_findings_near_relatives_unchanged(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


# --- an English hormone name, then 低 / 偏低 / 升高 (mixed notes) -------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("患者男。Testosterone 低 (4.2 nmol/L), LH ↑.", "hypogonadism"),
    ("患者男。testosterone 偏低，LH 升高。", "hypogonadism"),
    ("患者男。Testosterone 明显降低。", "hypogonadism"),
    ("患者男。睾酮 低 (4.2 nmol/L)。", "hypogonadism"),
    ("患者女。cortisol 偏低，ACTH 升高。", "adrenal_insufficiency"),
    ("患者女。prolactin 升高 (68 ng/mL)。", "hyperprolactinemia"),
])
def test_english_hormone_stated_low_or_high_in_chinese(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("患者男。Testosterone 不低，正常。", "hypogonadism"),
    ("患者男。Testosterone 较前降低，仍在正常范围。", "hypogonadism"),
    ("患者男。Testosterone 未见降低。", "hypogonadism"),
    ("患者女。cortisol 正常，TSH 低。", "adrenal_insufficiency"),
])
def test_english_hormone_look_alikes_not_read_low(text: str, concept: str) -> None:
    assert "present" not in _statuses(text, concept)


# --- a relative who reports what she saw is a witness, not the one with the disease -------------------

@pytest.mark.parametrize("text, concept", [
    ("His mother has noticed swelling of his ankles.", "peripheral_edema"),
    ("Seen with his mother, who reports ankle swelling and numb feet.", "peripheral_edema"),
    ("Seen with his mother, who reports ankle swelling and numb feet.", "symmetric_distal_sensory_symptoms"),
    ("His wife has noticed gynaecomastia.", "gynecomastia"),
    ("Her daughter says her legs have been swelling.", "peripheral_edema"),
])
def test_relative_reporting_the_patients_signs(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("His father had multiple myeloma.", "multiple_myeloma"),
    ("Her mother, who had myeloma, died last year.", "multiple_myeloma"),
    ("His mother reported a history of diabetes in her family.", "diabetes"),
    ("Myeloma runs in the family.", "multiple_myeloma"),
    ("FH: mother with hypothyroidism, father with myeloma.", "hypothyroidism"),
])
def test_relatives_own_disease_stays_family(text: str, concept: str) -> None:
    assert _statuses(text, concept) == []
