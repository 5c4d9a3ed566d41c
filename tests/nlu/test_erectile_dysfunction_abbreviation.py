""""ED" is erectile dysfunction where nothing else can be meant (targets_en.yml): after a complaint verb ("c/o ED",
"reports ED for a year") or before another gonadal sign in a list ("ED + gynecomastia", "ED, low libido"), and
denied after "denies". The emergency department ("seen in ED", "presented to ED", "ED visit", "ED course") stays
unread."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "c/o ED and gynaecomastia",
    "55M c/o ED and gynaecomastia for 4 months.",
    "He reports ED for a year.",
    "Complains of ED since the spring.",
    "ED + gynecomastia, TFTs nl",
    "ED, low libido and small testes",
])
def test_erectile_dysfunction_abbreviated(text):
    assert "present" in statuses(text, "erectile_dysfunction")


def test_erectile_dysfunction_denied():
    found = statuses("Denies ED.", "erectile_dysfunction")
    assert found and "present" not in found


@pytest.mark.parametrize("text", [
    "seen in ED for back pain",
    "74F seen in ED overnight for back pain, no PN.",
    "Presented to ED with weakness, gynaecomastia noted.",
    "ED course: IVIG started.",
    "Reports ED visit last week for falls.",
    "Denies ED visits in the past year.",
    "ED note reviewed.",
])
def test_the_emergency_department_is_no_finding(text):
    assert statuses(text, "erectile_dysfunction") == []


@pytest.mark.parametrize("text", [
    "c/o gynaecomastia and ED",
    "62M, c/o gynaecomastia and ED for a year.",
    "Gynaecomastia with ED for 6 months.",
    "low libido, ED",
    "hypogonadism and ED, TFTs normal",
])
def test_erectile_dysfunction_after_another_gonadal_sign(text):
    """"ED" named second, after a gonadal sign and a joining word, is read as the first one is."""
    assert "present" in statuses(text, "erectile_dysfunction")


@pytest.mark.parametrize("text", ["No gynaecomastia or ED.", "Denies gynaecomastia or ED."])
def test_erectile_dysfunction_denied_after_another_gonadal_sign(text):
    found = statuses(text, "erectile_dysfunction")
    assert found and "present" not in found


@pytest.mark.parametrize("text", [
    "gynaecomastia and ED visit last week",
    "She had gynaecomastia and ED staff noticed the rash.",
    "gynaecomastia noted in ED",
    "Gynaecomastia. ED course uneventful.",
])
def test_the_emergency_department_after_a_gonadal_sign_is_no_finding(text):
    assert statuses(text, "erectile_dysfunction") == []
