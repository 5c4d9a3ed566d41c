"""A past diagnosis implies a past finding (implications.yml ``implies``), but never puts into the
past a finding the note states present, before or after the diagnosis."""
import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text", [
    "58M with demyelinating polyneuropathy, diagnosed as CIDP 1 year ago",
    "diagnosed as CIDP 1 year ago; now demyelinating polyneuropathy with foot drop",
    "既往CIDP病史3年，现周围神经病，四肢麻木",
    "周围神经病，既往CIDP病史",
])
def test_stated_present_is_not_put_in_the_past(text):
    assert statuses(text, "polyneuropathy") == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("diagnosed as CIDP 1 year ago", ["historical"]),
    ("既往CIDP病史3年", ["historical"]),
    ("history of CIDP, no neuropathy now", ["historical", "absent"]),
    ("外院诊断CIDP 2年，四肢麻木", ["present"]),
])
def test_implied_finding_kept_otherwise(text, expected):
    assert statuses(text, "polyneuropathy") == expected
