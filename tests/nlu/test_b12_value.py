"""A vitamin B12 value flagged low or under its stated range is a low B12, a differential clue of
a nutritional neuropathy (二(三)); inside its range it is stated normal. Before, only the words
("low B12", "B12 deficiency") were read, never "B12 142 pg/mL (low)" or "维生素B12 98 pg/ml↓"."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, status", [
    ("Vitamin B12 was 142 pg/mL (low).", "present"), ("B12 142 pg/mL (L)", "present"),
    ("维生素B12 98 pg/ml↓", "present"), ("serum cobalamin 110 pmol/L (ref 150-600)", "present"),
    ("维生素B12 98 pg/ml（降低），叶酸正常", "present"), ("B12 450 pg/mL (ref 200-900)", "absent"),
])
def test_a_b12_value_with_a_flag_or_range_is_read(text, status):
    assert statuses(text, "low_b12") == [status]


@pytest.mark.parametrize("text", ["vitamin B12 1000 mcg IM monthly", "B12 142 pg/mL", "B12 supplements started"])
def test_a_dose_or_a_bare_value_says_nothing(text):
    assert statuses(text, "low_b12") == []
