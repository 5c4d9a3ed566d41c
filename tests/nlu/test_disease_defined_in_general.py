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
    # read as a doubt (ConText), or not at all where the sentence is about the syndrome
    # (implications.yml others_sentence); never the patient's finding
    found = statuses(text, "m_protein") + statuses(text, "clonal_plasma_cells_flow")
    assert "present" not in found


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


# A definition with its own "with", a syndrome characterised by or associated with findings, and the syndrome
# opening its sentence with a verb in the present (sentences written for the tests; context_en.yml): the findings
# listed are the syndrome's, in doubt, not the patient's; the patient's own finding after ", and she has" stays.
@pytest.mark.parametrize("text, concept", [
    ("POEMS is a rare paraneoplastic syndrome with papilloedema.", "papilledema"),
    ("POEMS is a rare paraneoplastic syndrome with papilloedema, organomegaly and skin changes.", "skin_changes"),
    ("POEMS syndrome is a rare multisystem disorder featuring organomegaly.", "organomegaly"),
    ("POEMS is characterised by polyneuropathy and papilloedema.", "papilledema"),
    ("POEMS syndrome is characterized by polyneuropathy and a monoclonal plasma cell disorder.", "polyneuropathy"),
    ("POEMS syndrome is typically associated with sclerotic lesions.", "sclerotic_bone_lesion"),
    ("POEMS syndrome causes papilloedema, organomegaly and skin changes.", "organomegaly"),
    ("POEMS features a polyneuropathy and sclerotic bone lesions.", "sclerotic_bone_lesion"),
])
def test_what_the_syndrome_is_and_does_is_no_finding(text, concept):
    found = statuses(text, concept)
    assert "present" not in found  # a doubt, or nothing where the sentence is about the disease


@pytest.mark.parametrize("text, concept", [
    ("POEMS syndrome is a rare disorder, and she has bilateral papilloedema.", "papilledema"),
    ("POEMS is a rare disorder. He has papilloedema.", "papilledema"),
    ("He has CIDP with papilloedema.", "papilledema"),
    ("His POEMS causes marked ankle oedema.", "peripheral_edema"),
])
def test_the_patients_own_finding_beside_a_definition_stays(text, concept):
    assert "present" in statuses(text, concept)


# The disease opening a general statement after a stop, a colon or a line break ("Myeloma causes lytic lesions",
# "Amyloidosis is associated with hepatomegaly", "AL amyloidosis can cause macroglossia"; context_en.yml): the
# statement's subject, not the patient's diagnosis, and what it does stays in doubt; a heading's colon before
# the syndrome ("Discussion: POEMS syndrome is characterised by ...") opens the statement as a sentence start does
@pytest.mark.parametrize("text, concept", [
    ("Discussion: Myeloma causes lytic lesions and anaemia.", "multiple_myeloma"),
    ("Discussion: Myeloma causes lytic lesions and anaemia.", "lytic_bone_lesion"),
    ("He has MGUS. Myeloma causes lytic lesions.", "multiple_myeloma"),
    ("He has MGUS. Amyloidosis is associated with hepatomegaly and macroglossia.", "amyloidosis"),
    ("He has MGUS. Amyloidosis is associated with hepatomegaly and macroglossia.", "hepatomegaly"),
    ("Numb feet.\nAL amyloidosis can cause an autonomic neuropathy.", "amyloidosis"),
    ("Numb feet. Multiple myeloma typically produces lytic lesions.", "multiple_myeloma"),
    ("Comment: Castleman disease can cause lymphadenopathy.", "castleman_disease"),
    ("Comment: Castleman disease can cause lymphadenopathy.", "lymphadenopathy"),
    ("She has MGUS; myeloma causes lytic lesions.", "multiple_myeloma"),
    ("Discussion: POEMS syndrome is characterised by polyneuropathy, organomegaly and papilledema.", "papilledema"),
    ("Discussion: POEMS syndrome causes papilloedema.", "papilledema"),
])
def test_the_disease_opening_a_general_statement_is_no_diagnosis(text, concept):
    found = statuses(text, concept)
    assert "present" not in found  # a doubt, or nothing where the sentence is about the disease


@pytest.mark.parametrize("text, concept", [
    ("He has MGUS. Myeloma causes lytic lesions.", "mgus"),
    ("Bone marrow confirmed multiple myeloma. Myeloma can cause renal failure.", "multiple_myeloma"),
    ("Known AL amyloidosis. AL amyloidosis is typically associated with nephrotic syndrome.", "amyloidosis"),
    ("His POEMS causes marked ankle oedema.", "peripheral_edema"),
    ("Impression: myeloma. Lytic lesions in the skull.", "multiple_myeloma"),
    ("Impression: myeloma. Lytic lesions in the skull.", "lytic_bone_lesion"),
    ("Diagnosis: POEMS syndrome with papilledema.", "papilledema"),
])
def test_the_patients_own_disease_and_findings_beside_it_stay(text, concept):
    assert "present" in statuses(text, concept)
