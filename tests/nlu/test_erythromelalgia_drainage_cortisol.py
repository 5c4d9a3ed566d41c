"""Three readings (sentences written for the tests).

Erythromelalgia's redness (`Erythromelalgia: flushing and burning of the toes`, `red, flushed, burning
feet (erythromelalgia)`, `红斑性肢痛症：足趾发红、潮红`) is a platelet symptom, not the flushing of the POEMS
skin changes, nor is its burning pain (`erythromelalgia with red, hot, burning feet`) a neuropathic
symptom; facial flushing in its own sentence and numb feet stay.
A drainage told as done (`a chest tube was placed for an effusion in March; no effusion on repeat CXR`,
`a pleural drain had been inserted for a large effusion`, `paracentesis was performed for tense
ascites`): the fluid was there then (historical), not present-then-absent; `chest tube for an
effusion` and `she has a large effusion` read as before.
A low cortisol in words without a range (`low AM cortisol, TSH normal` had been read absent with the
normal TSH; `morning cortisol was low`, `reduced 9am cortisol`, `晨起皮质醇 52 nmol/L，偏低`, and
`睾酮 3.1 nmol/L，降低`, `泌乳素 45 ng/ml，偏高`): the endocrine finding present. Look-alikes: `low-normal`,
`was not low`, `皮质醇正常，偏低`, `较前降低`, another hormone after the comma.
Rules: implications.yml explained_by (erythromelalgia), context_en.yml (HISTORICAL drainage done),
targets_en.yml / targets_zh.yml (low cortisol; a value, then the flag after the comma)."""
import pytest

from conftest import status_of, statuses


@pytest.mark.parametrize("text", [
    "Erythromelalgia: flushing and burning of the toes.",
    "Red, flushed, burning feet (erythromelalgia).",
    "红斑性肢痛症：足趾发红、潮红。",
])
def test_erythromelalgia_redness_is_no_flushing(ex, text):
    for concept in ("flushing", "plethora", "skin_changes"):
        assert "present" not in statuses(text, concept)


@pytest.mark.parametrize("text", [
    "He has erythromelalgia with red, hot, burning feet.",
    "Episodes of burning pain and redness of the toes (erythromelalgia), platelets 650.",
])
def test_erythromelalgia_burning_is_no_neuropathic_pain(ex, text):
    for concept in ("symmetric_distal_sensory_symptoms", "leg_pain"):
        assert "present" not in statuses(text, concept)


@pytest.mark.parametrize("text", ["Numb feet and erythromelalgia of the toes.", "Burning feet."])
def test_numbness_and_burning_without_erythromelalgia_stay(ex, text):
    assert status_of(ex(text), "symmetric_distal_sensory_symptoms") == "present"


def test_facial_flushing_in_its_own_sentence_stays(ex):
    assert status_of(ex("Facial flushing. Erythromelalgia of the feet."), "flushing") == "present"


@pytest.mark.parametrize("text, concept", [
    ("A chest tube was placed for an effusion in March; no effusion on repeat CXR.", "serous_effusions"),
    ("A pleural drain had been inserted for a large effusion. Repeat CXR: no effusion.", "serous_effusions"),
    ("Paracentesis was performed for tense ascites.", "ascites"),
])
def test_a_drainage_told_as_done_was_of_a_past_fluid(ex, text, concept):
    assert statuses(text, concept)[0] == "historical"


@pytest.mark.parametrize("text, concept", [
    ("Chest tube for an effusion.", "pleural_effusion"),
    ("She has a large effusion.", "serous_effusions"),
])
def test_a_fluid_not_told_as_drained_in_the_past_is_present(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text, concept", [
    ("Endocrine: low AM cortisol, TSH normal.", "adrenal_insufficiency"),
    ("Morning cortisol was low.", "adrenal_insufficiency"),
    ("Reduced 9am cortisol.", "adrenal_insufficiency"),
    ("晨起皮质醇 52 nmol/L，偏低。", "adrenal_insufficiency"),
    ("睾酮 3.1 nmol/L，降低。", "hypogonadism"),
    ("泌乳素 45 ng/ml，偏高。", "hyperprolactinemia"),
])
def test_a_hormone_stated_low_or_high_without_a_range(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text", [
    "Morning cortisol was low-normal.",
    "Morning cortisol was low normal.",
    "AM cortisol was not low.",
    "皮质醇正常，偏低。",
    "皮质醇 52 nmol/L，较前降低。",
    "皮质醇 520 nmol/L，睾酮偏低。",
])
def test_look_alikes_are_no_low_cortisol(ex, text):
    assert "present" not in statuses(text, "adrenal_insufficiency")
