""""I wonder about a peripheral neuropathy" puts the neuropathy in doubt (it had read present), and "she
was previously told she had an enlarged spleen on a 2019 ultrasound" places the spleen in the past (it
had read present now). Sentences written for the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept,expected", [
    ("He has been tripping over and I wonder about a peripheral neuropathy.", "polyneuropathy", ["uncertain"]),
    ("She was previously told she had an enlarged spleen on a 2019 ultrasound.", "splenomegaly", ["historical"]),
    ("He was told he had ascites last year; none now.", "ascites", ["historical"]),
    ("She has an enlarged spleen on today's ultrasound.", "splenomegaly", ["present"]),
])
def test_reading(text, concept, expected):
    assert statuses(text, concept) == expected
