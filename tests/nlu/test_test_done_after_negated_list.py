"""A test said done after a negated list ("No oedema, IFE done.") is a mention without a result: the "no"
before the comma does not make it a negative result (an unknown never read as absent). The negated list
itself, a test's own result, and "no IFE done" / "VEGF sent" (not done / pending) read as before."""

import pytest

from conftest import not_done, status_of


@pytest.mark.parametrize("text, concept", [
    ("No oedema, IFE done.", "serum_immunofixation"),
    ("no HSM, bone CT performed.", "sclerotic_bone_lesion"),
    ("Nil ascites, serum IFE checked, awaiting formal report.", "serum_immunofixation"),
    ("no splenomegaly, bone CT done.", "sclerotic_bone_lesion"),
])
def test_a_test_done_after_a_negated_list_is_no_negative_result(ex, text, concept):
    result = ex(text)
    assert status_of(result, concept) is None
    assert status_of(result, "peripheral_edema") in (None, "absent")


@pytest.mark.parametrize("text, concept, status", [
    ("No oedema, IFE negative.", "serum_immunofixation", "absent"),
    ("No oedema, ascites or effusions.", "ascites", "absent"),
    ("no hepatomegaly, splenomegaly checked.", "splenomegaly", "absent"),
    ("No oedema, IFE done: negative.", "serum_immunofixation", "absent"),
])
def test_lists_and_results_read_as_before(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


@pytest.mark.parametrize("text, test, reason", [
    ("lytic not sclerotic, no VEGF sent, PN explained by bortezomib.", "serum_vegf", "not_done"),
    ("sclerotic focus L2 on CT, VEGF sent.", "serum_vegf", "pending"),
])
def test_not_done_and_pending_rules_keep_their_words(ex, text, test, reason):
    assert (test, reason) in {(n.test, n.reason) for n in ex(text).evidence.not_done}
