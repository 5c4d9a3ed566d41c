"""An English "no …" reaches across commas ("no hepatomegaly, splenomegaly or lymphadenopathy"),
but not to a finding given its own positive state after the comma ("no splenomegaly, oedema
present", "no VEGF sent, oedema ++", "no ascites, oedema 2+", "no HSM, LAD (+)"): before, each
of those was read absent, a negated-looking finding the note says is there."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("no splenomegaly, oedema present", "peripheral_edema"), ("no VEGF sent, oedema ++", "peripheral_edema"),
    ("hasn't had her VEGF checked, oedema ++", "peripheral_edema"), ("no ascites, oedema 2+", "peripheral_edema"),
    ("no HSM, LAD (+)", "lymphadenopathy"), ("no splenomegaly, oedema positive on exam", "peripheral_edema"),
    ("no hepatomegaly, ascites noted", "ascites"),
])
def test_a_finding_with_its_own_positive_state_after_the_comma_is_present(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("no hepatomegaly, splenomegaly or lymphadenopathy", "lymphadenopathy"),
    ("no hepatomegaly, splenomegaly or lymphadenopathy", "splenomegaly"),
    ("No HSM, LAD.", "lymphadenopathy"), ("no oedema, presently stable", "peripheral_edema"),
    ("no splenomegaly, oedema present", "splenomegaly"), ("no oedema present", "peripheral_edema"),
])
def test_the_negated_list_and_the_negated_finding_stay_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("腿不肿了吗？", "peripheral_edema"), ("腿不肿了？", "peripheral_edema"), ("没有腹水吗？", "ascites"),
    ("视盘边界清吗？", "papilledema"), ("肝脾未触及吗？", "hepatosplenomegaly"),
])
def test_a_question_about_a_denied_sign_leaves_it_in_doubt(text, concept):
    """A sentence-final particle (了, 吗, 呢) between the denied sign and its question mark still
    makes it a question: "腿不肿了吗？" asks whether the legs are no longer swollen; an unknown is
    never read absent."""
    assert statuses(text, concept) == ["uncertain"]


@pytest.mark.parametrize("text, concept", [("腿不肿了。", "peripheral_edema"), ("没有腹水。", "ascites"),
                                           ("肝脾未触及，腹水吗？待查", "hepatosplenomegaly")])
def test_a_statement_without_a_question_mark_stays_a_denial(text, concept):
    assert statuses(text, concept) == ["absent"]
