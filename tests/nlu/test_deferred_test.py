"""A test deferred or postponed is not done: "Fundoscopy was deferred" had read nothing (the
planner did not say the note reported it not done). A treatment deferred is no test not done
("testosterone replacement deferred"). Sentences written for the tests."""

import pytest

from nlu import extract_evidence


@pytest.mark.parametrize("text, test", [("Fundoscopy was deferred.", "fundoscopy"),
                                        ("Exam: fundi deferred. HSM neg.", "fundoscopy"),
                                        ("Bone marrow biopsy postponed.", "bone_marrow")])
def test_a_test_deferred_is_not_done(text, test):
    assert [n.test for n in extract_evidence(text).not_done] == [test]


@pytest.mark.parametrize("text", ["Testosterone replacement deferred until haematology has decided.",
                                  "Treatment was postponed; VEGF 1800 pg/mL."])
def test_a_treatment_deferred_is_no_test_not_done(text):
    assert extract_evidence(text).not_done == []
