"""A resolution with its own subject after "and the / her ..." and a singular verb ("She still has
numbness and the oedema has resolved"): only that finding resolved, as "仍有麻木，水肿已消退" reads; a
plural verb or a bare list keeps every finding of the list resolved."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, current, gone", [
    ("She still has numbness and the oedema has resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("She still has numbness, and the oedema has resolved.", "distal_numbness_weakness", "peripheral_edema"),
    ("Still numb and her ascites has settled", "distal_numbness_weakness", "ascites"),
    ("He still reports tingling and his leg swelling has since resolved.", "distal_numbness_weakness",
     "peripheral_edema"),
    ("She still has numbness but the oedema has resolved", "distal_numbness_weakness", "peripheral_edema"),
    ("仍有麻木，水肿已消退", "distal_numbness_weakness", "peripheral_edema"),
])
def test_only_the_subject_of_the_resolution_resolved(text, current, gone):
    assert statuses(text, current) == ["present"]
    assert statuses(text, gone) == ["historical"]


@pytest.mark.parametrize("text", [
    "The numbness and the oedema have resolved", "Numbness and oedema have resolved",
    "Numbness and oedema resolved", "麻木，水肿均已消退",
])
def test_a_list_resolved_together_stays_resolved(text):
    assert statuses(text, "distal_numbness_weakness") == ["historical"]
    assert statuses(text, "peripheral_edema") == ["historical"]


def test_a_semicolon_still_ends_every_scope():
    assert statuses("no ascites; oedema", "peripheral_edema") == ["present"]
