"""A skeletal CT named in the words of a letter ("a CT of the skeleton has not been done",
"skeletal CT not done") is the bone imaging the planner recommends (表1): not done, not negative."""
import pytest

from conftest import not_done


@pytest.mark.parametrize("text", [
    "VEGF and a CT of the skeleton have not yet been done.",
    "A CT of the skeleton has not been done.",
    "Skeletal CT not done.",
    "Bone radiographs are pending.",
])
def test_skeletal_ct_in_words_not_done(ex, text):
    assert not_done(ex(text)).get("bone_imaging") in ("not_done", "pending")
