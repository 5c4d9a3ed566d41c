"""A band named by its light chain alone is an M-spike: "SPEP: small lambda spike", "a lambda peak".

Only after an article or a size word ("a", "small", "faint", "weak"), so that "a small IgA lambda
band" keeps its isotype on the M-protein. A band right after an immunofixation heading ("IFE: weak
λ band") is also that immunofixation's result.
"""
from __future__ import annotations

import pytest

import nlu


def _read(text: str, concept: str):
    return [(f.status.value, f.attributes.get("heavy_chain"), f.attributes.get("light_chain"))
            for f in nlu.extract(text).evidence.findings if f.concept == concept]


@pytest.mark.parametrize("text, chain", [
    ("SPEP: small lambda spike.", "lambda"),
    ("SPEP: small kappa spike in the gamma region.", "kappa"),
    ("Electrophoresis showed a lambda peak.", "lambda"),
    ("Serum electrophoresis: faint λ band.", "lambda"),
])
def test_a_band_named_by_its_light_chain_is_an_m_spike(text: str, chain: str) -> None:
    assert _read(text, "m_spike") == [("present", None, chain)]


def test_a_heavy_chain_keeps_its_isotype() -> None:
    assert _read("IFE small IgA lambda band.", "serum_immunofixation") == [("present", "IgA", "lambda")]
    assert _read("IFE small IgA lambda band.", "m_spike") == []


def test_the_band_after_an_immunofixation_heading_is_its_result() -> None:
    assert _read("IFE: weak λ band.", "serum_immunofixation") == [("present", None, "lambda")]


def test_a_lone_light_chain_is_no_band() -> None:
    assert _read("Free lambda 45 mg/L, kappa 12 mg/L.", "m_spike") == []
