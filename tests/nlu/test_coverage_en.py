"""English coverage: phrasings written for these tests (not copied from the corpus)."""
import pytest

from conftest import labs_of, status_of, spans_of


@pytest.mark.parametrize("text,concept,status,span", [
    # symmetric distal sensory symptoms count as polyneuropathy (present only)
    ("Two years of tingling in both feet.", "symmetric_distal_sensory_symptoms", "present", "tingling in both feet"),
    ("Both feet have become numb since spring.", "symmetric_distal_sensory_symptoms", "present", "Both feet have become numb"),
    ("Exam: stocking distribution sensory loss, brisk jaw jerk.", "symmetric_distal_sensory_symptoms", "present", "stocking distribution sensory loss"),
    ("Vibration lost to the ankles bilaterally.", "symmetric_distal_sensory_symptoms", "present", "Vibration lost to the ankles"),
    # "no neuropathic symptoms" negates a symptom, not the polyneuropathy
    ("No neuropathic symptoms reported.", "distal_numbness_weakness", "absent", "neuropathic symptoms"),
    # organs stated normal
    ("Abdomen: liver edge not palpable, spleen is not enlarged.", "hepatomegaly", "absent", "liver edge not palpable"),
    ("Abdomen: liver edge not palpable, spleen is not enlarged.", "splenomegaly", "absent", "spleen"),
    ("Axillary lymph nodes were not palpable.", "lymphadenopathy", "absent", "lymph nodes"),
    # a new clause after a comma is outside the earlier "no"
    ("No hepatomegaly, no ascites, moderate pitting oedema of both shins.", "peripheral_edema", "present", "pitting oedema"),
    ("No hepatomegaly, no ascites, moderate pitting oedema of both shins.", "ascites", "absent", "ascites"),
    # resolved findings stay historical and say so
    ("Ankle swelling last year, which has since resolved.", "peripheral_edema", "historical", "Ankle swelling"),
])
def test_english_coverage(ex, text, concept, status, span):
    e = ex(text)
    assert status_of(e, concept) == status
    assert span in spans_of(e, concept)


def test_neuropathic_symptoms_negated_do_not_exclude_polyneuropathy(ex):
    e = ex("No neuropathic symptoms yet; nerve conduction studies booked.")
    assert status_of(e, "polyneuropathy") is None


def test_cidp_diagnosis_implies_polyneuropathy(ex):
    e = ex("Known CIDP for three years, IVIG-dependent.")
    assert status_of(e, "cidp_diagnosis") == "present"
    assert status_of(e, "polyneuropathy") == "present"
    assert status_of(ex("?CIDP"), "polyneuropathy") is None


def test_resolved_has_attribute(ex):
    e = ex("Pleural effusion on admission, now resolved.")
    f = [f for f in e.evidence.findings if f.concept == "pleural_effusion"][0]
    assert f.status.value == "historical" and f.attributes.get("resolved") == "true"


def test_query_prefix_covers_next_words_only(ex):
    e = ex("?POEMS - 51F, IgA-lambda paraprotein on IFE, sclerotic rib lesion.")
    assert status_of(e, "sclerotic_bone_lesion") == "present"


def test_endocrine_list_normal(ex):
    e = ex("Free testosterone, 9am cortisol, TSH and prolactin were normal.")
    assert status_of(e, "hypogonadism") == "absent"
    assert status_of(e, "adrenal_insufficiency") == "absent"
    assert status_of(e, "hyperprolactinemia") == "absent"
    assert status_of(e, "endocrinopathy") == "absent"


def test_endocrine_two_axes_do_not_exclude(ex):
    e = ex("Cortisol normal. Prolactin normal.")
    assert status_of(e, "adrenal_insufficiency") == "absent"
    assert status_of(e, "endocrinopathy") is None


def test_low_normal_is_not_normal(ex):
    assert status_of(ex("Testosterone low-normal."), "hypogonadism") is None


def test_menstrual_irregularity_is_a_symptom(ex):
    e = ex("Irregular periods for a year, hormones not checked.")
    assert status_of(e, "menstrual_irregularity") == "present"
    assert status_of(e, "hypogonadism") is None


def test_blood_count_normal(ex):
    e = ex("CBC unremarkable.")
    assert status_of(e, "thrombocytosis") == "absent"
    assert status_of(e, "polycythemia") == "absent"


def test_normal_ncs_with_symptoms_does_not_exclude(ex):
    assert status_of(ex("NCS normal."), "polyneuropathy") == "absent"
    assert status_of(ex("Numb feet; NCS normal."), "polyneuropathy") is None


def test_isotype_alone_is_m_protein(ex):
    e = ex("Myeloma, IgD-lambda, on VRd.")
    f = [f for f in e.evidence.findings if f.concept == "m_protein"]
    assert f and f[0].status.value == "present" and f[0].provenance.text == "IgD-lambda"
    assert f[0].attributes == {"heavy_chain": "IgD", "light_chain": "lambda"}


@pytest.mark.parametrize("text,value,unit,sample,ref_high", [
    ("VEGF 640 pg/mL (plasma, ref <90)", 640, "pg/mL", "plasma", 90),
    ("VEGF 1,050 pg/mL (serum; local lab ULN 600)", 1050, "pg/mL", "serum", 600),
    ("VEGF serum 2.9 ng/mL", 2.9, "ng/mL", "serum", None),
])
def test_vegf_sample_and_reference_after_value(ex, text, value, unit, sample, ref_high):
    lab = labs_of(ex(text), "vegf")[0]
    assert (lab.value, lab.unit) == (value, unit)
    assert lab.sample is not None and lab.sample.value == sample
    assert lab.reference_high == ref_high


def test_shared_flc_unit(ex):
    e = ex("Free light chains: kappa 12.5, lambda 88.0 mg/L.")
    assert [(l.value, l.unit) for l in labs_of(e, "flc_kappa")] == [(12.5, "mg/L")]
    assert [(l.value, l.unit) for l in labs_of(e, "flc_lambda")] == [(88.0, "mg/L")]


def test_isotype_m_protein_value(ex):
    e = ex("IgG-kappa, 6.4 g/L, found on SPEP.")
    assert [(l.value, l.unit) for l in labs_of(e, "m_protein")] == [(6.4, "g/L")]
