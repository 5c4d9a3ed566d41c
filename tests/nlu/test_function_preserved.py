"""A gland's function called preserved or intact is a normal result: "thyroid and adrenal function
were preserved" had read nothing. Only tests are read so ("Sensation intact" keeps what the rules
for examination findings say). Sentences written for the tests."""

import pytest

from nlu.extractor import extract


def _states(text):
    return {f.concept: f.status.value for f in extract(text).evidence.findings}


@pytest.mark.parametrize("text, absent", [
    ("Thyroid function preserved.", {"hypothyroidism"}),
    ("Primary hypogonadism, while thyroid and adrenal function were preserved.",
     {"hypothyroidism", "adrenal_insufficiency"}),
    ("Pituitary function intact.", {"hyperprolactinemia"}),
])
def test_a_function_preserved_is_normal(text, absent):
    states = _states(text)
    assert {c for c, s in states.items() if s == "absent"} >= absent


def test_a_disorder_named_with_it_keeps_its_state():
    states = _states("Primary hypogonadism, while thyroid and adrenal function were preserved.")
    assert states["hypogonadism"] == "present"


def test_preserved_says_nothing_of_a_finding():
    assert _states("Leg oedema, hair preserved.").get("peripheral_edema") == "present"
