"""A kind of bone lesion set aside by a contrast (sentences written for the tests, not taken from the corpus).
"The lytic rather than sclerotic bone disease", "lytic instead of sclerotic lesions", "lytic lesions as opposed
to sclerotic ones": the sclerotic lesion is stated absent, the lytic one present; the other way round
("sclerotic rather than lytic lesions") the sclerotic lesion stays present. A diagnosis set aside in a
question ("Could this be POEMS rather than MGUS?") is left as it was (bone lesions only).
Lymph nodes said not swollen in lay Chinese ("淋巴结也没肿", "淋巴结也没有肿大") are absent.
Rules: context_en.yml (NEGATED_EXISTENCE, rather than / instead of / as opposed to), targets_zh.yml (淋巴结也没肿)."""
import pytest

from conftest import status_of


@pytest.mark.parametrize("text", [
    "The lytic rather than sclerotic bone disease points to myeloma.",
    "Skeletal survey: lytic instead of sclerotic lesions.",
    "These are lytic lesions as opposed to sclerotic ones.",
    "CT shows lytic rather than osteosclerotic lesions in the ribs.",
    "Punched-out lesions, lytic rather than sclerotic, in the skull and pelvis.",
])
def test_sclerotic_lesion_set_aside_by_a_contrast_is_absent(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "absent"
    assert status_of(ex(text), "lytic_bone_lesion") == "present"


@pytest.mark.parametrize("text", [
    "Sclerotic rather than lytic lesions in the pelvis.",
    "CT: osteosclerotic instead of lytic lesions in L2 and the ilium.",
])
def test_sclerotic_lesion_kept_over_a_lytic_one_stays_present(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "present"
    assert status_of(ex(text), "lytic_bone_lesion") == "absent"


def test_a_diagnosis_set_aside_in_a_question_is_left_as_it_was(ex):
    assert status_of(ex("Could this be POEMS rather than MGUS?"), "mgus") == "uncertain"


@pytest.mark.parametrize("text", [
    "B超说肝脾不大，淋巴结也没肿。",
    "淋巴结没肿",
    "淋巴结也没有肿大",
    "淋巴结都没肿，肝脾也不大",
])
def test_lymph_nodes_said_not_swollen_in_lay_words_are_absent(ex, text):
    assert status_of(ex(text), "lymphadenopathy") == "absent"


def test_lymph_nodes_said_swollen_stay_present(ex):
    assert status_of(ex("淋巴结肿了"), "lymphadenopathy") == "present"
