"""A doubt word that ends its line doubts the words before it (context_zh.yml).

A discharge diagnosis written as a numbered list puts its doubt at the end of an item and the next
item on the next line ("4. 骨硬化性病变待排⏎5. 甲状腺功能减退症"). The rule for a doubt written before a
space and a Latin word ("待排 POEMS", "不除外 Castleman") took the line break for that space: its longer
match hid the doubt from the finding before it, and the item was read present. Sentences written for
the tests.
"""
import pytest

from conftest import status_of

NEXT_ITEMS = [("5. 甲状腺功能减退症", "hypothyroidism"), ("2、脾大", "splenomegaly"), ("脾大", "splenomegaly"),
              ("10. 双侧胸腔积液（少量）", "pleural_effusion")]


@pytest.mark.parametrize("item, concept", [
    ("4. 骨硬化性病变待排", "sclerotic_bone_lesion"),
    ("9. Castleman病不除外", "castleman_disease"),
    ("3. 骨硬化性病变可疑", "sclerotic_bone_lesion"),
    ("6）视乳头水肿不能除外", "papilledema"),
    ("Castleman病待排", "castleman_disease"),
    ("7. 肝大待排除", "hepatomegaly"),
])
@pytest.mark.parametrize("next_item, next_concept", NEXT_ITEMS)
def test_a_doubt_at_the_end_of_a_list_item_stays_its_own(ex, item, concept, next_item, next_concept):
    extraction = ex("出院诊断：\n1. 多发性周围神经病\n" + item + "\n" + next_item)
    assert status_of(extraction, concept) == "uncertain"
    assert status_of(extraction, "polyneuropathy") == "present"
    assert status_of(extraction, next_concept) == "present"


@pytest.mark.parametrize("text, concept", [
    ("Sclerotic lesion possible\nSplenomegaly", "sclerotic_bone_lesion"),
    ("Castleman disease cannot be excluded\nSplenomegaly", "castleman_disease"),
    ("Papilloedema ?\nSplenomegaly", "papilledema"),
])
def test_an_english_doubt_at_the_end_of_a_line(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "uncertain"
    assert status_of(extraction, "splenomegaly") == "present"


@pytest.mark.parametrize("text, concept", [
    ("待排 POEMS，可疑 papilledema", "papilledema"),
    ("不除外 Castleman", "castleman_disease"),
    ("诊断：可疑 脾大", "splenomegaly"),
    ("考虑 Castleman", "castleman_disease"),
    ("不能除外　Castleman", "castleman_disease"),
])
def test_a_doubt_before_a_space_on_its_line_still_reaches_forward(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"
