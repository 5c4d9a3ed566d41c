"""A disease defined in general terms ("POEMS是一种少见的浆细胞病", "POEMS syndrome is a rare plasma cell
disorder") is said of the disease, not the patient's finding (context_zh.yml, context_en.yml); the
patient's own finding in the next sentence or clause stays."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "POEMS是一种少见的浆细胞病", "POEMS综合征属于少见的浆细胞病", "POEMS综合征是罕见的单克隆浆细胞病",
    "该病是一种克隆性浆细胞病", "POEMS综合征为一种单克隆浆细胞病，可表现为多发性周围神经病",
    "POEMS syndrome is a rare plasma cell disorder.",
    "POEMS is a multisystem disorder caused by a monoclonal plasma cell disorder",
])
def test_a_disease_defined_in_general_is_no_finding(text):
    found = statuses(text, "m_protein") + statuses(text, "clonal_plasma_cells_flow")
    assert found and "present" not in found


@pytest.mark.parametrize("text", [
    "POEMS是一种少见的浆细胞病。患者血清IFE：IgA-λ型M蛋白",
    "POEMS syndrome is a rare plasma cell disorder, and he has an IgA lambda M-protein.",
    "患者诊断为浆细胞病", "He has a plasma cell disorder.",
])
def test_the_patients_own_finding_stays(text):
    assert "present" in statuses(text, "m_protein")


@pytest.mark.parametrize("text, concept", [
    ("Castleman disease would be expected to show lymphadenopathy", "castleman_disease"),
    ("Myeloma would be expected to cause lytic lesions", "multiple_myeloma"),
    ("Amyloidosis would be expected to show macroglossia", "amyloidosis"),
    ("多发性骨髓瘤属于浆细胞肿瘤", "multiple_myeloma"),
])
def test_the_disease_subject_of_a_general_statement_is_no_diagnosis(text, concept):
    found = statuses(text, concept)
    assert "present" not in found


@pytest.mark.parametrize("text, concept", [
    ("Myeloma causes lytic lesions", "lytic_bone_lesion"),
    ("Amyloidosis produces macroglossia and hepatomegaly", "hepatomegaly"),
    ("Castleman disease would be expected to show lymphadenopathy", "lymphadenopathy"),
])
def test_what_a_disease_does_is_no_finding(text, concept):
    assert "present" not in statuses(text, concept)


@pytest.mark.parametrize("text", ["诊断为多发性骨髓瘤", "Bone marrow confirmed multiple myeloma."])
def test_the_patients_diagnosis_stays(text):
    assert "present" in statuses(text, "multiple_myeloma")
