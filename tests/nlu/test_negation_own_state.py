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
