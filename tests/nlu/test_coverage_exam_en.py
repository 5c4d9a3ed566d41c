"""English examination-finding coverage (sentences written for these tests, not corpus text)."""
import pytest

from bot.engine import assess
from conftest import status_of, spans_of


@pytest.mark.parametrize("text,concept,status,span", [
    ("Neck: palpable cervical and axillary nodes", "lymphadenopathy", "present", "palpable cervical and axillary nodes"),
    ("bilateral inguinal LAD", "lymphadenopathy", "present", "inguinal LAD"),
    ("2+ pitting to mid-shin bilaterally", "peripheral_edema", "present", "pitting to mid-shin"),
    ("No pleural or pericardial effusion", "pleural_effusion", "absent", "pleural or pericardial effusion"),
    ("No pleural or pericardial effusion", "pericardial_effusion", "absent", "pleural or pericardial effusion"),
    ("bronze discolouration of the skin", "hyperpigmentation", "present", "bronze discolouration of the skin"),
    ("progressive darkening of her skin", "hyperpigmentation", "present", "darkening of her skin"),
    ("her skin has darkened", "hyperpigmentation", "present", "skin has darkened"),
    ("Liver span 18 cm", "hepatomegaly", "present", "Liver span 18 cm"),
    ("liver span 17 cm, edge palpable", "hepatomegaly", "present", "liver span 17 cm, edge palpable"),
    ("liver edge palpable 2 cm below the costal margin", "hepatomegaly", "present", "liver edge palpable 2 cm below"),
    ("spleen 15.2 cm on ultrasound", "splenomegaly", "present", "spleen 15.2 cm"),
    ("spleen tip 3 cm below the costal margin", "splenomegaly", "present", "spleen tip 3 cm below"),
    ("Lymph node biopsy: reactive follicular hyperplasia", "castleman_disease", "absent", "reactive follicular hyperplasia"),
])
def test_exam_findings(ex, text, concept, status, span):
    e = ex(text)
    assert status_of(e, concept) == status
    assert span in spans_of(e, concept)


@pytest.mark.parametrize("text", ["Spleen measures 10 cm.", "spleen 11.5 cm, normal", "liver span 13 cm"])
def test_normal_organ_size_is_not_enlargement(ex, text):
    e = ex(text)
    assert status_of(e, "splenomegaly") != "present"
    assert status_of(e, "hepatomegaly") != "present"


def test_imaging_of_liver_and_spleen_is_not_enlargement(ex):
    assert status_of(ex("Ultrasound of the liver and spleen was requested."), "hepatosplenomegaly") is None


def test_liver_spleen_and_nodes_negated_together(ex):
    e = ex("Liver, spleen and lymph nodes not enlarged.")
    assert status_of(e, "hepatosplenomegaly") == "absent"
    assert status_of(e, "lymphadenopathy") == "absent"
    assert assess(e.evidence).criteria["organomegaly"].state.value == "absent"


def test_serum_and_urine_ife_negative_with_normal_ratio(ex):
    e = ex("50M. Serum and urine IFE negative; FLC ratio normal.")
    assert status_of(e, "serum_immunofixation") == "absent"
    assert status_of(e, "urine_immunofixation") == "absent"
    assert assess(e.evidence).criteria["monoclonal_plasma_cell_disorder"].state.value == "absent"


def test_normal_neurological_examination(ex):
    e = ex("50M with fatigue. Neurological examination was normal.")
    assert status_of(e, "polyneuropathy") == "absent"
    e = ex("50M with numb feet. Neurological examination was normal.")
    assert assess(e.evidence).criteria["polyneuropathy"].state.value != "absent"
