"""A band described on serum protein electrophoresis by its size or place ("small band in the
gamma region", "γ区可见M带") is an M-spike; a result stated before a comma is not made pending by
a test named pending after it ("..., IFE pending")."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,status", [
    ("SPEP: small band in gamma region, IFE pending.", "present"),
    ("SPEP showed a faint band in the gamma region.", "present"),
    ("Serum protein electrophoresis: discrete band in the beta region.", "present"),
    ("SPEP: ?small band gamma region, IFE pending.", "uncertain"),
    ("Protein electrophoresis: equivocal small band in the gamma region.", "uncertain"),
    ("蛋白电泳：γ区可见M带。", "present"),
    ("血清蛋白电泳：γ区带，免疫固定待回报。", "present"),
    ("M-spike 0.4 g/dL, IFE pending.", "present"),
    # look-alikes
    ("SPEP: no band seen.", "absent"),
])
def test_band_on_electrophoresis(text, status):
    assert statuses(text, "m_spike") == [status]


@pytest.mark.parametrize("text", [
    "CSF: oligoclonal bands negative.",
    "Band neutrophils 5%.",
])
def test_other_bands_are_no_m_spike(text):
    assert statuses(text, "m_spike") == []


def test_result_before_comma_keeps_the_pending_test():
    from nlu import extract

    evidence = extract("SPEP: small band in gamma region, IFE pending.").evidence
    assert [(n.test, n.reason) for n in evidence.not_done] == [("serum_immunofixation", "pending")]


@pytest.mark.parametrize("text,concept", [
    ("VEGF raised, FLC not done.", "vegf_elevated"),
    ("IgG kappa paraprotein, FLC awaited", "m_protein"),
])
def test_stated_result_is_not_pending(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text,test", [
    ("SPEP, IFE pending.", "serum_immunofixation"),
    ("IFE, FLC pending.", "serum_immunofixation"),
    ("Serum VEGF, sFLC pending", "serum_vegf"),
])
def test_tests_listed_before_pending_stay_pending(text, test):
    from nlu import extract

    evidence = extract(text).evidence
    assert (test, "pending") in [(n.test, n.reason) for n in evidence.not_done]


@pytest.mark.parametrize("text,expected", [
    # a urine electrophoresis named without its result is no M-spike (it had read present)
    ("We did a urine protein electrophoresis last month.", []),
    ("Urine protein electrophoresis and 24h urine protein were requested.", []),
    ("UPEP negative.", ["absent"]),
    ("SPEP and UPEP unremarkable.", ["absent"]),
    ("urine protein electrophoresis showed a monoclonal band", ["present"]),
])
def test_urine_electrophoresis_reports_only_its_result(text, expected):
    assert statuses(text, "m_spike") == expected


def test_an_isotype_written_before_the_band_is_its_type():
    from nlu import extract

    (band,) = [f for f in extract("IgA lambda (small band)").evidence.findings if f.concept == "m_spike"]
    assert band.status.value == "present"
    assert band.attributes.get("heavy_chain") == "IgA" and band.attributes.get("light_chain") == "lambda"
