"""Wording of case-report discussions and short referrals typed in a hurry (sentences written for the
tests, not taken from the corpus).
What a disease would be expected to show ("POEMS syndrome, which would be expected to show a lambda
paraprotein, raised VEGF and sclerotic bone lesions", "one would expect to see papilloedema", "we would
expect sclerotic lesions") is a hypothesis: in doubt, neither this patient's finding nor its absence.
Look-alikes: "CT showed sclerotic lesions, as would be expected in POEMS" and "Serum VEGF was raised"
keep the finding present.
Common misspellings of the words for a polyneuropathy, a paraprotein and an immunofixation
("polyneuropthy", "peripheral neuropahty", "Paraprotien IgG lamda", "immunofixaton") are read as the words.
Rules: context_en.yml (POSSIBLE_EXISTENCE, would be expected to), targets_en.yml (misspellings)."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text,concept", [
    ("The differential included POEMS syndrome, which would be expected to show raised VEGF and sclerotic bone lesions.",
     "sclerotic_bone_lesion"),
    ("The differential included POEMS syndrome, which would be expected to show raised VEGF and sclerotic bone lesions.",
     "vegf_elevated"),
    ("In POEMS one would expect to see papilloedema.", "papilledema"),
    ("We would expect sclerotic lesions on CT if this were POEMS.", "sclerotic_bone_lesion"),
    ("POEMS would usually be expected to cause organomegaly.", "organomegaly"),
    ("Such a disease would be expected to present with ascites.", "ascites"),
])
def test_what_a_disease_would_be_expected_to_show_is_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text,concept", [
    ("CT showed sclerotic lesions, as would be expected in POEMS.", "sclerotic_bone_lesion"),
    ("Serum VEGF was raised.", "vegf_elevated"),
    ("Bilateral papilloedema, as we expected.", "papilledema"),
])
def test_a_finding_said_as_expected_stays_present(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text,name", [
    ("61yo man, polyneuropthy on NCS, no better after IVIG.", "polyneuropathy"),
    ("Known peripheral neuropahty on NCS.", "polyneuropathy"),
    ("NCS: sensorimotor polyneurpathy.", "polyneuropathy"),
    ("Paraprotien IgG lamda on electrophoresis.", "monoclonal_plasma_cell_disorder"),
    ("A small paraprotien was found.", "monoclonal_plasma_cell_disorder"),
    ("Serum immunofixaton positive.", "monoclonal_plasma_cell_disorder"),
])
def test_common_misspellings_are_read(ex, text, name):
    assert criterion(ex(text), name) == "present"


def test_a_misspelt_paraprotein_negated_is_absent(ex):
    assert status_of(ex("No paraprotien on immunofixtion."), "m_protein") == "absent"
