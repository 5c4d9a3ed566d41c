"""What has not been looked for ("Castleman disease has not been looked for"), a symptom reported and then not
found ("tingling in the toes, not confirmed on examination"), and what a diagnosis does not require ("a sclerotic
lesion is not required") are in doubt, neither found nor excluded; "rule out POEMS and other paraproteinemic
neuropathy" keeps the whole list under the doubt ("and other" goes on with the list)."""

import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text, concept", [
    ("Castleman disease has not been looked for, and there is no node to biopsy.", "castleman_disease"),
    ("Because she also mentioned intermittent tingling in the toes, not confirmed on examination, POEMS was "
     "considered.", "distal_numbness_weakness"),
    ("A sclerotic lesion is not required when VEGF is clearly raised.", "sclerotic_bone_lesion"),
    ("Plan: rule out POEMS and other paraproteinemic neuropathy.", "m_protein"),
])
def test_what_was_not_sought_or_found_is_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


def test_the_doubt_leaves_the_criterion_unknown(ex):
    assert criterion(ex("Castleman disease has not been looked for."), "castleman") == "unknown"


@pytest.mark.parametrize("text, concept, status", [
    ("Tingling in the toes, confirmed on examination with absent ankle jerks.", "distal_numbness_weakness", "present"),
    ("No hepatomegaly and other organs normal.", "hepatomegaly", "absent"),
])
def test_what_was_found_reads_as_before(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


@pytest.mark.parametrize("text, name", [
    ("4. Skin: N/A\n5. Oedema: N/A", "skin_changes"),
    ("Monoclonal: Y/N", "monoclonal_plasma_cell_disorder"),
])
def test_a_checklist_letter_before_a_slash_answers_nothing(ex, text, name):
    assert criterion(ex(text), name) == "unknown"


def test_a_doubt_closing_a_list_of_alternatives_reaches_the_whole_list(ex):
    text = ("IMPRESSION: Two dense foci in L3 and the right iliac wing. These may represent bone islands; sclerotic "
            "metastases or sclerotic lesions of a plasma cell disorder cannot be excluded.")
    assert criterion(ex(text), "sclerotic_bone_lesions") == "unknown"
