"""A denial the speaker hedges ("好像没有水肿", "似乎没有脾大", "应该没有胸腔积液", as voice-to-text referrals say it)
is in doubt, never a stated absence (an unknown never read as absent); a plain denial, and what the next
clause states, read as before."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("好像也没有水肿", "peripheral_edema"),
    ("查体好像没有水肿", "peripheral_edema"),
    ("B超似乎没有脾大", "splenomegaly"),
    ("应该没有胸腔积液", "pleural_effusion"),
    ("眼底好像没有视乳头水肿", "papilledema"),
])
def test_a_hedged_denial_is_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text, concept, status", [
    ("没有水肿", "peripheral_edema", "absent"),
    ("无水肿", "peripheral_edema", "absent"),
    ("好像没有水肿，有腹水", "ascites", "present"),
    ("丙球好像没什么效果，双下肢水肿", "peripheral_edema", "present"),
])
def test_plain_denials_and_the_next_clause_read_as_before(ex, text, concept, status):
    assert status_of(ex(text), concept) == status
