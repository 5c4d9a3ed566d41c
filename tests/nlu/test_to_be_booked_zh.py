"""A test "to be booked" ("Bone CT 待约", "骨CT待预约", "PET-CT 待排期") is pending: not done yet,
its result unknown (never a negative result)."""

import pytest

from nlu.extractor import extract


@pytest.mark.parametrize("text, test", [
    ("Bone CT 待约. 眼底 not done.", "bone_imaging"),
    ("骨CT待预约，IFE已送。", "bone_imaging"),
    ("PET-CT 待排期", "bone_imaging"),
    ("血清VEGF待安排", "serum_vegf"),
])
def test_a_test_to_be_booked_is_pending(text, test):
    evidence = extract(text).evidence
    assert (test, "pending") in [(n.test, n.reason) for n in evidence.not_done]
    assert not any(f.concept == "sclerotic_bone_lesion" and f.status.value == "absent" for f in evidence.findings)
