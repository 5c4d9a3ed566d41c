"""A presence the speaker hedges ("腿好像有点水肿", "似乎有点脾大", "好像有些腹水") is in doubt, as a hedged
denial is: never read present. A degree alone ("有点水肿") and the next clause read as stated."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("腿好像有点水肿，肝脾B超没啥", "peripheral_edema"),
    ("B超似乎有点脾大", "splenomegaly"),
    ("好像有些腹水", "ascites"),
    ("CT上好像有胸腔积液", "pleural_effusion"),
    ("可能有点视乳头水肿，待眼科会诊", "papilledema"),
])
def test_a_hedged_presence_is_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text, concept, status", [
    ("双下肢有点水肿", "peripheral_edema", "present"),
    ("有些腹水", "ascites", "present"),
    ("好像有点水肿，脾大明显", "splenomegaly", "present"),
    ("好像没有水肿", "peripheral_edema", "uncertain"),
])
def test_a_degree_and_the_next_clause_read_as_before(ex, text, concept, status):
    assert status_of(ex(text), concept) == status
