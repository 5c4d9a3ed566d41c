"""A test said to have turned negative ("血清免疫固定电泳转阴", "IFE已转阴", "M蛋白转为阴性") is negative now: read
absent, so a monoclonal protein named in the history before it is superseded and, with a normal FLC ratio, the
criterion is absent. A test still positive, or a negative that is not the test's own, reads as before."""

import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text, concept", [
    ("复查：血清免疫固定电泳转阴。", "serum_immunofixation"),
    ("血清IFE已转阴，游离轻链比值 1.12。", "serum_immunofixation"),
    ("治疗后M蛋白转为阴性。", "m_protein"),
    ("尿免疫固定电泳均已转阴", "urine_immunofixation"),
])
def test_a_test_turned_negative_reads_absent(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


def test_the_clone_cleared_after_transplant_leaves_the_criterion_absent(ex):
    text = ("POEMS综合征（IgA λ型），移植后2年复查。复查：血清免疫固定电泳转阴，游离轻链比值 1.12。")
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == "absent"


@pytest.mark.parametrize("text, concept, status", [
    ("血清免疫固定电泳：IgA λ型，尚未转阴。", "serum_immunofixation", "present"),
    ("双下肢水肿，乙肝病毒DNA转阴。", "peripheral_edema", "present"),
])
def test_what_has_not_turned_negative_reads_as_before(ex, text, concept, status):
    assert status_of(ex(text), concept) == status
