"""A light chain written after a heavy chain is the isotype's ("sFLC κ 24.1 / λ 15.0 mg/L. IgG-κ 4 g/L on IFE"):
inside an FLC mention's window it is no free light chain member (labs.yml flc member_not_after); its value in g/L is
the M-protein. Sentences written for the tests."""

import pytest

from tests.nlu.conftest import lab_tuples


@pytest.mark.parametrize("text, kappa, protein", [
    ("Findings: sFLC κ 24.1 / λ 15.0 mg/L, ratio 1.61. IgG-κ 4 g/L on IFE.", [24.1], [4.0]),
    ("sFLC κ 24.1 / λ 15.0 mg/L. IgG-kappa 4 g/L on IFE.", [24.1], [4.0]),
    ("Serum free light chains: kappa 31 mg/L, lambda 16.3 mg/L; IgM kappa 6 g/L.", [31.0], [6.0]),
    ("sFLC: IgA κ 12 g/L, κ 10.2 mg/L, λ 88 mg/L", [10.2], [12.0]),
])
def test_an_isotypes_light_chain_is_no_free_light_chain(text, kappa, protein):
    assert [v for v, *_ in lab_tuples(text, "flc_kappa")] == kappa
    assert [v for v, *_ in lab_tuples(text, "m_protein")] == protein


@pytest.mark.parametrize("text, value", [
    ("FLC κ 24.1 mg/L", 24.1),
    ("sFLC: κ 19.6, λ 62.3 mg/L", 19.6),
])
def test_a_free_light_chain_stays(text, value):
    assert [v for v, *_ in lab_tuples(text, "flc_kappa")] == [value]
