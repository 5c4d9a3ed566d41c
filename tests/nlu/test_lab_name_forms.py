"""Names of lab results written in forms that were not read (dev file 69; sentences written for the
tests): the FLC ratio as "K:L" after an FLC mention, and the M-protein as a "monoclonal component" or an
"M-gradient" (French and German reports written in English)."""
import pytest

from conftest import lab_tuples


@pytest.mark.parametrize("text, value", [
    ("Serum IFE: monoclonal IgA lambda band. FLC K:L 0.08.", 0.08),
    ("sFLC: kappa 12 mg/L, lambda 150 mg/L, K:L ratio 0.08", 0.08),
    ("Free light chains κ 19.1, λ 8.2 mg/L, κ:λ ratio 2.33", 2.33),
    ("血清游离轻链 K:L 0.12", 0.12),
])
def test_the_ratio_written_with_a_colon(text, value):
    assert [v for v, _, _ in lab_tuples(text, "flc_ratio")] == [value]


@pytest.mark.parametrize("text, value, unit", [
    ("IgM kappa monoclonal component 4.2 g/L.", 4.2, "g/L"),
    ("Electrophoresis: monoclonal component 6,3 g/l, IgG lambda.", 6.3, "g/L"),
    ("M-gradient 0.4 g/dL (IgA lambda).", 0.4, "g/dL"),
    ("The monoclonal immunoglobulin measured 3.1 g/L.", 3.1, "g/L"),
])
def test_the_m_protein_named_as_a_component(text, value, unit):
    assert [(v, u) for v, u, _ in lab_tuples(text, "m_protein")] == [(value, unit)]
