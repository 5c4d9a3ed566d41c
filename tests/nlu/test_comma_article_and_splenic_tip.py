"""After a comma, an article or a word of number ("a", "an", "one", "solitary", "mixed") opens a
finding that is there: "CT: no lymphadenopathy, no effusions, mixed sclerotic focus L2" had read
the focus absent. "splenic tip" and "tip of the spleen" name the palpable spleen as "spleen tip"
does (they had read nothing). Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("CT: no lymphadenopathy, no effusions, mixed sclerotic focus L2.", "sclerotic_bone_lesion"),
    ("CT: no lymphadenopathy, a sclerotic focus in L2.", "sclerotic_bone_lesion"),
    ("CT: no lymphadenopathy, solitary sclerotic lesion in L2.", "sclerotic_bone_lesion"),
    ("No rash, an occasional cherry angioma.", "hemangioma"),
    ("Splenic tip just palpable.", "splenomegaly"),
    ("Liver edge not palpable, splenic tip palpable.", "splenomegaly"),
    ("The tip of the spleen was palpable.", "splenomegaly"),
])
def test_present(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("No hepatomegaly, splenomegaly or lymphadenopathy.", "splenomegaly"),
    ("CT: no lymphadenopathy, no effusions, mixed sclerotic focus L2.", "serous_effusions"),
    ("Splenic tip not palpable.", "splenomegaly"),
    ("The tip of the spleen was not palpable.", "splenomegaly"),
])
def test_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text,concept,expected", [
    # a general statement's list goes on past ", a": none of it is the patient's
    ("Background: POEMS syndrome is characterised by polyneuropathy, organomegaly, a monoclonal plasma "
     "cell disorder and skin changes.", "skin_changes", []),
    # the comma stays a clause break for a negation after it
    ("Excision biopsy: Castleman disease, mixed type (HHV-8 negative).", "castleman_disease", ["present"]),
    ("absent ankle reflexes, a liver edge 5 cm below the costal margin", "hepatomegaly", ["present"]),
])
def test_the_comma_keeps_its_other_readings(text, concept, expected):
    assert [s for s in statuses(text, concept) if s == "present"] == expected
