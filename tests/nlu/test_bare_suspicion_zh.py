"""疑 alone before what is suspected ("病房疑\"M蛋白相关周围神经病\"", "临床疑POEMS综合征伴脾大") doubts it as 疑似 does: never
read present. Words that hold 疑 in another sense (疑难病例, 诊断无疑, 可疑) and the next clause read as before."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("因病房疑\"M蛋白相关周围神经病\"已查：血清免疫固定电泳阴性。", "m_protein"),
    ("外院疑M蛋白血症，未进一步检查。", "m_protein"),
    ("临床疑脾大，待B超。", "splenomegaly"),
    ("曾疑视乳头水肿，眼科未会诊。", "papilledema"),
])
def test_a_bare_suspicion_is_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text, concept, status", [
    ("神经内科疑难病例讨论：双下肢水肿，脾大。", "splenomegaly", "present"),
    ("血液科疑难病例：IFE示IgA λ型M蛋白。", "m_protein", "present"),
    ("诊断POEMS综合征无疑，脾大。", "splenomegaly", "present"),
    ("疑POEMS综合征，双下肢水肿。", "peripheral_edema", "present"),
])
def test_other_senses_and_the_next_clause_read_as_before(ex, text, concept, status):
    assert status_of(ex(text), concept) == status
