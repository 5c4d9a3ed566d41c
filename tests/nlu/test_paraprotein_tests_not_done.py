"""Paraprotein tests that were never done are tests not done, never negative results: "no paraprotein tests
done", "paraprotein studies have not been sent", "immunofixation was never performed" record the immunofixation
(and, where the words name them, the free light chains) as not done (targets_en.yml: a test's name outlasts the
shorter "no paraprotein"; context_en.yml: "never been performed", a "no" list of paraprotein tests and its verb;
implications.yml negative_result: "IFE: no paraprotein" is still a negative test). Sentences written for the tests."""

import pytest

from tests.nlu.conftest import not_done, status_of


@pytest.mark.parametrize("text", [
    "No paraprotein tests done.",
    "no paraprotein tests done yet",
    "No paraprotein studies done.",
    "Paraprotein studies have not been sent.",
    "No M-protein studies have been sent.",
    "He has had no paraprotein screen.",
    "No myeloma screen done.",
    "Immunofixation was never performed.",
    "Immunofixation has never been performed.",
    "His immunofixation has never been done.",
    "I have not done any paraprotein tests and his immunofixation has never been performed.",
    "M蛋白相关检查均未做。",
    "未行免疫固定电泳。",
])
def test_paraprotein_tests_never_done_are_immunofixation_not_done(ex, text):
    extraction = ex(text)
    assert not_done(extraction).get("serum_immunofixation") == "not_done"
    for concept in ("m_protein", "m_spike", "serum_immunofixation", "abnormal_flc_ratio"):
        assert status_of(extraction, concept) in (None, "uncertain")


@pytest.mark.parametrize("text", [
    "No SPEP, IFE or FLC done.",
    "no paraprotein studies (SPEP, IFE or FLC) done",
    "No paraprotein tests (IFE, FLC) have been sent.",
    "No SPEP/IFE/sFLC sent, no oedema.",
    "Serum free light chains and immunofixation have never been performed.",
    "FLC and IFE have not been done.",
])
def test_the_listed_tests_are_all_not_done(ex, text):
    extraction = ex(text)
    tests = not_done(extraction)
    assert tests.get("serum_immunofixation") == "not_done"
    assert tests.get("serum_free_light_chains") == "not_done"
    for concept in ("m_protein", "m_spike", "serum_immunofixation", "abnormal_flc_ratio"):
        assert status_of(extraction, concept) in (None, "uncertain")


@pytest.mark.parametrize("text", [
    "No paraprotein.",
    "IFE: no paraprotein.",
    "Serum protein electrophoresis and immunofixation showed no paraprotein.",
    "SPEP/IFE: no paraprotein; sFLC ratio 1.15.",
    "No M protein, no LAD.",
    "No paraprotein detected.",
])
def test_no_paraprotein_is_still_a_negative_result(ex, text):
    extraction = ex(text)
    found = {f.concept: f.status.value for f in extraction.evidence.findings}
    assert "absent" in (found.get("m_protein"), found.get("serum_immunofixation"))
    assert "serum_immunofixation" not in not_done(extraction)


@pytest.mark.parametrize("text", [
    "Oedema has never been a feature.",
    "No oedema, no paraprotein tests done.",
])
def test_a_finding_beside_stays_negated(ex, text):
    assert status_of(ex(text), "peripheral_edema") == "absent"
