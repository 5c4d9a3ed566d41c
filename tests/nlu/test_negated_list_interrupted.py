"""A negation opening a comma list ends at an item stated positive on its own (a degree, a side,
"present", "(+)"): the items after that one are positive too, not negated by the first "no"."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept,status", [
    # an item that opens a new clause stops the "no" for itself and for the items after it
    ("Exam: no splenomegaly, bilateral pitting oedema to mid-shin, hyperpigmentation, white nails.",
     "hyperpigmentation", "present"),
    ("Exam: no splenomegaly, bilateral pitting oedema to mid-shin, hyperpigmentation, white nails.",
     "white_nails", "present"),
    ("Exam: no splenomegaly, pitting oedema, hyperpigmentation.", "hyperpigmentation", "present"),
    ("O/E: no lymphadenopathy, mild ascites, clubbing.", "clubbing", "present"),
    ("No ascites, oedema present, clubbing.", "clubbing", "present"),
    ("No ascites, oedema (+), hyperpigmentation.", "hyperpigmentation", "present"),
    ("Exam: no splenomegaly, 2+ pitting edema to knees, hyperpigmentation.", "peripheral_edema", "present"),
    ("No ascites, +1 edema bilaterally.", "peripheral_edema", "present"),
    ("No hepatomegaly, palpable spleen tip, acrocyanosis.", "acrocyanosis", "present"),
    ("No ascites, several cherry angiomas on the trunk.", "ascites", "absent"),
    # the negated items themselves are unchanged
    ("Exam: no splenomegaly, bilateral pitting oedema to mid-shin, hyperpigmentation.",
     "splenomegaly", "absent"),
    ("Exam: no splenomegaly, bilateral pitting oedema to mid-shin, hyperpigmentation.",
     "peripheral_edema", "present"),
    # look-alikes: a list negated as a whole stays negated
    ("Exam: no splenomegaly, oedema, hyperpigmentation.", "hyperpigmentation", "absent"),
    ("Exam: no splenomegaly, oedema, hyperpigmentation.", "peripheral_edema", "absent"),
    ("On exam: no lymphadenopathy, pedal oedema, hyperpigmentation or clubbing.", "clubbing", "absent"),
    ("No pleural effusion present, ascites, clubbing.", "clubbing", "absent"),
    ("No hepatosplenomegaly, lymphadenopathy or skin changes.", "skin_changes", "absent"),
    ("No edema, 2.5 cm liver span increase.", "peripheral_edema", "absent"),
])
def test_negated_list_interrupted_by_positive_item(text, concept, status):
    assert status in statuses(text, concept)
