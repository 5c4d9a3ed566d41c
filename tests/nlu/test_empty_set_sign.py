"""The empty-set sign after a finding ("Oedema Ø", "HSM Ø, LN Ø") says it is not there; before a number it is a
diameter ("lymph node Ø 2.5 cm") and negates nothing."""

import pytest

from conftest import criterion


def test_oedema_empty_set_with_effusions_negated_is_absent(ex):
    assert criterion(ex("Oedema Ø. No effusions or ascites on the recent CT abdomen."),
                     "extravascular_volume_overload") == "absent"


def test_organs_and_nodes_empty_set_are_absent(ex):
    assert criterion(ex("HSM Ø, LN Ø"), "organomegaly") == "absent"


@pytest.mark.parametrize("text", ["Enlarged left axillary lymph node Ø 2.5 cm.", "Lymphadenopathy Ø 3 cm in the axilla."])
def test_a_diameter_sign_negates_nothing(ex, text):
    assert criterion(ex(text), "organomegaly") == "present"
