"""A checklist row answered unknown in Chinese ("骨硬化病变：未知", "视乳头水肿：不详") had read the finding
PRESENT: unknown is never present, nor absent. "脾大：不明显" is still a sign not found. Sentences
written for the tests."""

import pytest

from nlu import extract_evidence
from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("3. 骨硬化病变：未知\n4. VEGF升高：是", "sclerotic_bone_lesion"),
    ("视乳头水肿：不详", "papilledema"),
    ("脾大：不清楚", "splenomegaly"),
    ("Castleman病：未记录", "castleman_disease"),
])
def test_a_row_answered_unknown_is_no_finding(text, concept):
    assert "present" not in statuses(text, concept) and "absent" not in statuses(text, concept)


def test_the_row_s_test_is_not_done():
    assert [n.test for n in extract_evidence("骨硬化病变：未知").not_done] == ["bone_imaging"]


def test_a_sign_not_found_stays_absent():
    assert statuses("脾大：不明显", "splenomegaly") == ["absent"]
