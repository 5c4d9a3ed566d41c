"""A heading naming bone lesions answered with their kind ("骨病变：硬化性", "骨质病变：成骨性") is a
sclerotic lesion; a question about a cause after it ("，转移？", ", metastasis?") doubts the cause,
not the lesion; a question on the kind itself ("骨病变：硬化性？") keeps the lesion in doubt."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "骨病变：硬化性，转移？", "骨病变：硬化性", "骨质病变：成骨性，转移？", "骨病灶：多发硬化型",
    "骨病变：硬化性，考虑转移", "骨骼病变: 成骨性, 骨髓瘤?",
    "Bone lesions: sclerotic, metastasis?", "Bony lesions: osteoblastic, mets?",
])
def test_a_bone_lesion_heading_answered_sclerotic(text):
    assert statuses(text, "sclerotic_bone_lesion") == ["present"]


def test_a_question_on_the_kind_stays_in_doubt():
    assert statuses("骨病变：硬化性？", "sclerotic_bone_lesion") == ["uncertain"]


@pytest.mark.parametrize("text", ["硬化性，转移？", "肝脏：硬化性改变", "硬化性胆管炎"])
def test_sclerotic_without_a_bone_heading_is_no_bone_lesion(text):
    assert statuses(text, "sclerotic_bone_lesion") == []
