"""A treatment that "stopped working" lost its effect (treatment.yml): "IVIG helped at first, then stopped
working" is no sustained response, read as non-response; the "stopped" inside the phrase is not a stop of the
treatment (dependence). A treatment stopped, with a relapse after it, stays dependence (a response)."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "IVIG helped at first, then stopped working.",
    "IVIG helped at first, then stopped working after about 6 months; she now uses a walker.",
    "Steroids helped initially then stopped helping after 3 months.",
    "IVIG stopped working last year.",
    "IVIg worked well for a year but then quit working.",
])
def test_an_effect_that_stopped_is_no_response(text):
    assert "present" in statuses(text, "treatment_nonresponse")
    assert "present" not in statuses(text, "treatment_response")


@pytest.mark.parametrize("text", [
    "IVIG helped, but she relapsed each time it was stopped.",
    "IVIG helped; weakness returned when it was stopped.",
])
def test_a_treatment_stopped_with_a_relapse_stays_a_response(text):
    assert "present" in statuses(text, "treatment_response")
    assert "present" not in statuses(text, "treatment_nonresponse")


def test_a_stopped_treatment_says_nothing_of_its_effect():
    text = "IVIG was stopped. Working as a teacher."
    assert "present" not in statuses(text, "treatment_nonresponse")
    assert "present" not in statuses(text, "treatment_response")
