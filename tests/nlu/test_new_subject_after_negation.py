"""After a negation, "and" with an article opens a new subject when its own singular verb of finding follows ("CT
showed no hilar lymphadenopathy, and a sclerotic lesion in T9 was noted"): that finding is present (implications.yml
new_subject, nlu/implications/status.py new_clause). A list the negation covers stays negated. Sentences written for
the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("CTPA showed no mediastinal or hilar lymphadenopathy, and a sclerotic lesion in the T9 vertebral body was "
     "noted on the bone windows.", "sclerotic_bone_lesion"),
    ("There was no lymphadenopathy and a sclerotic lesion in T9 was seen.", "sclerotic_bone_lesion"),
    ("No ascites, and an enlarged spleen was noted.", "splenomegaly"),
    ("No pleural effusion; no ascites, and a small pericardial effusion was also seen on echo.", "pericardial_effusion"),
    ("Without hepatomegaly, and an osteosclerotic lesion was identified in the left ilium.", "sclerotic_bone_lesion"),
])
def test_a_new_subject_with_its_own_verb_is_present(text, concept):
    assert statuses(text, concept)[-1] == "present"


@pytest.mark.parametrize("text, concept", [
    ("No hepatomegaly, splenomegaly or lymphadenopathy was noted.", "lymphadenopathy"),
    ("No ascites, and no sclerotic lesion was noted.", "sclerotic_bone_lesion"),
    ("No ascites and a normal spleen was seen, without sclerotic lesions.", "sclerotic_bone_lesion"),
    ("No hepatomegaly, and the spleen was not palpable.", "splenomegaly"),
    ("No oedema, effusions and sclerotic lesions were seen.", "sclerotic_bone_lesion"),
])
def test_what_the_negation_covers_stays_absent(text, concept):
    assert "present" not in statuses(text, concept)
