"""A test a doctor says must still be done, in plain words ("得查查浆细胞病", "得查一下VEGF", "要查查M蛋白"), is not done
yet: what it would look for is not read present, as after 需查 / 要查."""

import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("原因不清，得查查浆细胞病。", "m_protein"),
    ("得查一下M蛋白。", "m_protein"),
    ("要查查M蛋白和VEGF。", "m_protein"),
    ("还得去查骨CT看有没有硬化灶。", "sclerotic_bone_lesion"),
])
def test_a_test_still_to_do_is_not_a_finding(ex, text, concept):
    assert status_of(ex(text), concept) != "present"


def test_a_result_after_it_reads_as_stated(ex):
    assert status_of(ex("得查查浆细胞病。IFE：IgA λ型M蛋白。"), "m_protein") == "present"
