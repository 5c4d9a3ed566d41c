"""Endocrine letters and imaging impressions: a flag with its degree ('(mildly raised)'), a failed
Synacthen test written adjective first (表2 endocrinopathy), and a diagnosis called 'less likely'
(doubt, never present)."""

import pytest

from nlu import extract_evidence


def findings(text: str):
    return [(f.concept, f.status.value) for f in extract_evidence(text).findings]


@pytest.mark.parametrize("text, concept", [("Prolactin 32 ng/mL (mildly raised)", "hyperprolactinemia"),
                                           ("Testosterone 6.1 nmol/L (slightly low)", "hypogonadism"),
                                           ("TSH 12.3 mU/L (markedly elevated)", "hypothyroidism")])
def test_a_flag_with_its_degree(text, concept):
    assert (concept, "present") in findings(text)


@pytest.mark.parametrize("text", ["9am cortisol 210 nmol/L with a subnormal Synacthen response",
                                  "failed short Synacthen test", "inadequate cortisol response to Synacthen",
                                  "blunted response to the short Synacthen test"])
def test_a_failed_synacthen_test(text):
    assert ("adrenal_insufficiency", "present") in findings(text)


@pytest.mark.parametrize("text", ["normal Synacthen test", "Synacthen test: adequate response"])
def test_a_passed_synacthen_test_is_no_adrenal_insufficiency(text):
    assert ("adrenal_insufficiency", "present") not in findings(text)


@pytest.mark.parametrize("text, concept", [("Impression: myeloma is less likely.", "multiple_myeloma"),
                                           ("CIDP felt less likely given the M-protein", "cidp_diagnosis"),
                                           ("amyloidosis is much less likely", "amyloidosis")])
def test_less_likely_is_doubt(text, concept):
    assert (concept, "uncertain") in findings(text) and (concept, "present") not in findings(text)


@pytest.mark.parametrize("text, concept", [("淀粉样变依据不足", "amyloidosis"), ("Castleman病诊断依据不足", "castleman_disease")])
def test_insufficient_evidence_is_doubt(text, concept):
    assert findings(text) == [(concept, "uncertain")]


@pytest.mark.parametrize("text, status", [("ACTH兴奋试验反应低下", "present"), ("快速ACTH兴奋试验异常", "present"),
                                          ("ACTH兴奋试验正常", "absent")])
def test_the_acth_stimulation_test_in_chinese(text, status):
    assert findings(text) == [("adrenal_insufficiency", status)]


@pytest.mark.parametrize("text, concept", [("testosterone below the normal range", "hypogonadism"),
                                           ("testosterone level was below the lower limit of normal", "hypogonadism"),
                                           ("TSH above the upper limit of normal", "hypothyroidism"),
                                           ("prolactin above the normal range", "hyperprolactinemia"),
                                           ("cortisol below the lower limit of normal", "adrenal_insufficiency"),
                                           ("PTH above the upper limit of normal", "hyperparathyroidism")])
def test_a_hormone_beyond_its_range_in_words(text, concept):
    assert findings(text) == [(concept, "present")]


@pytest.mark.parametrize("text, concept", [("testosterone within the normal range", "hypogonadism"),
                                           ("TSH normal", "hypothyroidism")])
def test_a_hormone_within_its_range(text, concept):
    assert findings(text) == [(concept, "absent")]


@pytest.mark.parametrize("text", ["12 months after his transplant for POEMS syndrome (IgA lambda, sclerotic L4 lesion, "
                                  "markedly raised VEGF at diagnosis).", "（IgA-λ型，初诊时）",
                                  "POEMS (IgG lambda, before treatment)"])
def test_an_isotype_found_at_diagnosis_is_historical(text):
    assert ("m_protein", "historical") in findings(text) and ("m_protein", "present") not in findings(text)


@pytest.mark.parametrize("text", ["MM, IgG-λ", "IgA lambda (small band)"])
def test_an_isotype_written_now_stays_present(text):
    # the isotype is an M-protein of its own, or the type of the band named with it ("small band")
    assert ("m_protein", "present") in findings(text) or ("m_spike", "present") in findings(text)
