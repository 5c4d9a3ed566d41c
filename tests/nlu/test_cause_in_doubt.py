"""A finding whose cause is still to be found is present: "周围神经病（病因待查）", "polyneuropathy of
unclear aetiology" had read the neuropathy in doubt. The finding itself still to be examined stays
in doubt ("周围神经病待查", "Neuropathy unclear"). Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "诊断：周围神经病（病因待查）",
    "入院诊断：周围神经病，病因待查。",
    "诊断：周围神经病，原因不明",
    "周围神经病，病因尚未明确",
    "Polyneuropathy of unclear aetiology.",
    "Impression: peripheral neuropathy, cause to be determined.",
    "Peripheral neuropathy - aetiology unclear.",
    "Sensorimotor polyneuropathy, etiology remains unknown.",
])
def test_a_cause_in_doubt_leaves_the_finding_present(text):
    assert statuses(text, "polyneuropathy") == ["present"]


@pytest.mark.parametrize("text", ["周围神经病待查", "Neuropathy unclear.", "周围神经病？"])
def test_the_finding_in_doubt_stays_in_doubt(text):
    assert statuses(text, "polyneuropathy") == ["uncertain"]
