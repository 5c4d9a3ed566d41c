"""What Castleman disease can have or go with, said of the disease ("多中心型Castleman病可与POEMS综合征并存",
"Castleman病可有淋巴结肿大", "Castleman disease can present with lymphadenopathy", "约15%的POEMS患者合并Castleman
病"), is not the patient's Castleman disease nor the nodes it implies (implications.yml general_sentence and
others_sentence). The patient's own biopsy and a diagnosis that names both diseases stay present. Sentences
written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "多中心型Castleman病可与POEMS综合征并存",
    "多中心型Castleman病可与POEMS综合征并存。",
    "Castleman病可有淋巴结肿大",
    "Castleman病常合并POEMS综合征，需行淋巴结活检。",
    "Castleman病与POEMS综合征关系密切。",
    "约15%的POEMS患者合并Castleman病。",
    "Multicentric Castleman disease may coexist with POEMS syndrome.",
    "Castleman disease can present with lymphadenopathy.",
    "MCD can coexist with POEMS.",
    "Discussion: Castleman disease can present with lymphadenopathy and organomegaly.",
    "Comment: MCD may coexist with POEMS.",
])
@pytest.mark.parametrize("concept", ["castleman_disease", "lymphadenopathy"])
def test_castleman_disease_in_general_is_not_the_patients(text, concept):
    assert "present" not in statuses(text, concept)


@pytest.mark.parametrize("text, concept", [
    ("病理提示多中心型Castleman病", "castleman_disease"),
    ("病理提示多中心型Castleman病", "lymphadenopathy"),
    ("患者淋巴结肿大，活检为Castleman病", "castleman_disease"),
    ("患者淋巴结肿大，活检为Castleman病", "lymphadenopathy"),
    ("诊断：POEMS综合征与Castleman病并存", "castleman_disease"),
    ("POEMS综合征可合并Castleman病，本例淋巴结活检为Castleman病。", "castleman_disease"),
    ("Lymph node biopsy: multicentric Castleman disease. Castleman disease may coexist with POEMS syndrome.",
     "castleman_disease"),
])
def test_the_patients_castleman_disease_stays(text, concept):
    assert "present" in statuses(text, concept)


def test_the_patients_nodes_beside_the_general_statement_stay():
    found = statuses("患者淋巴结肿大，Castleman病可有淋巴结肿大", "lymphadenopathy")
    assert found[0] == "present"


def test_what_castleman_disease_can_have_is_no_organomegaly_after_a_section_heading():
    text = ("Discussion: Castleman disease can present with lymphadenopathy and organomegaly, but no enlarged "
            "nodes were found in our patient.")
    assert "present" not in statuses(text, "organomegaly")
    assert "present" not in statuses(text, "lymphadenopathy")


def test_a_diagnosis_after_an_impression_heading_stays():
    assert "present" in statuses("Impression: Castleman disease. Nodes may have enlarged.", "castleman_disease")
