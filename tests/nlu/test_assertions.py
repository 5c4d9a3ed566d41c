import pytest

from conftest import status_of


@pytest.mark.parametrize("text,concept,status", [
    ("?papilloedema", "papilledema", "uncertain"),
    ("possible splenomegaly on ultrasound", "splenomegaly", "uncertain"),
    ("可疑脾大", "splenomegaly", "uncertain"),
    ("POEMS综合征？考虑Castleman病可能", "castleman_disease", "uncertain"),
    ("硬化性病变待排", "sclerotic_bone_lesion", "uncertain"),
    ("History of pleural effusion.", "pleural_effusion", "historical"),
    ("既往双下肢水肿，利尿后已消退", "peripheral_edema", "historical"),
    ("oedema previously, resolved", "peripheral_edema", "historical"),
    ("Mother has diabetes.", "diabetes", None),
])
def test_uncertain_and_historical(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


def test_treatment_response(ex):
    assert status_of(ex("IVIG x3, PLEX x1 — no response."), "treatment_nonresponse") == "present"
    assert status_of(ex("予激素冲击及丙球治疗效果不佳"), "treatment_nonresponse") == "present"
    assert status_of(ex("外院dx CIDP, IVIG无效 x2"), "treatment_nonresponse") == "present"
    assert status_of(ex("Good sustained response to IVIG."), "treatment_response") == "present"
    assert status_of(ex("Responded partially to rituximab."), "treatment_response") is None


def test_differential_clues(ex):
    e = ex("70M. IgM-kappa paraprotein 6 g/L; anti-MAG titre > 70,000 BTU. Congo red positive.")
    assert status_of(e, "igm_paraprotein") == "present"
    assert status_of(e, "anti_mag") == "present"
    assert status_of(e, "amyloidosis") == "present"
    assert status_of(ex("外院诊断CIDP"), "cidp_diagnosis") == "present"
    assert status_of(ex("GBS 2 years ago"), "gbs_diagnosis") == "historical"
