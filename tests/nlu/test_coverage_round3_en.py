"""Round-3 coverage (sentences written for the tests): flagged hormone values, "no other ...",
an item-by-item normal neurological examination, questioned CIDP, sensory symptoms of both feet."""
import pytest

from bot.engine import assess
from conftest import status_of, spans_of


@pytest.mark.parametrize("text,concept,span", [
    ("testosterone 4.2 nmol/L (L)", "hypogonadism", "testosterone 4.2 nmol/L (L)"),
    ("cortisol 62 nmol/L low", "adrenal_insufficiency", "cortisol 62 nmol/L low"),
    ("Prolactin 45 ng/mL (ref 4-15).", "hyperprolactinemia", "Prolactin 45 ng/mL"),
    ("Testosterone was low at 5.1 nmol/L.", "hypogonadism", "Testosterone was low at 5.1 nmol/L"),
    ("PTH 11.2 pmol/L (H)", "hyperparathyroidism", "PTH 11.2 pmol/L (H)"),
    ("FT4 8.1 pmol/L ↓", "hypothyroidism", "FT4 8.1 pmol/L ↓"),
])
def test_flagged_hormone_values(ex, text, concept, span):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert span in spans_of(e, concept)


def test_a_vertebral_level_is_not_a_hormone(ex):
    e = ex("CT: sclerotic lesions at T4 and L2, low attenuation")
    assert status_of(e, "hypothyroidism") is None


@pytest.mark.parametrize("text", [
    "A 2 cm left axillary node; there was no other lymphadenopathy.",
    "Right inguinal node 1.8 cm, no lymphadenopathy elsewhere.",
])
def test_other_nodes_excluded(ex, text):
    # the named node may be read (a 2 cm node is enlarged); "no other" must not negate anything
    states = [f.status.value for f in ex(text).evidence.findings if f.concept == "lymphadenopathy"]
    assert "absent" not in states


def test_no_lymphadenopathy_is_still_absent(ex):
    assert status_of(ex("No lymphadenopathy."), "lymphadenopathy") == "absent"


@pytest.mark.parametrize("text,span", [
    ("Reflexes present and symmetric, sensation intact.", "Reflexes present"),
    ("Normal tendon reflexes and intact sensation.", "Normal tendon reflexes"),
])
def test_normal_neuro_exam_items(ex, text, span):
    e = ex(text)
    assert status_of(e, "polyneuropathy") == "absent"
    assert span in spans_of(e, "polyneuropathy")


def test_normal_reflexes_with_numb_feet(ex):
    e = ex("Numb feet for a year. Reflexes present and symmetric.")
    assert status_of(e, "polyneuropathy") != "absent"
    assert assess(e.evidence).contract()["criteria"]["polyneuropathy"] != "absent"


def test_numbness_and_tingling_in_both_feet(ex):
    e = ex("Numbness and tingling in both feet for 6 months.")
    assert status_of(e, "symmetric_distal_sensory_symptoms") == "present"
    assert "tingling in both feet" in spans_of(e, "symmetric_distal_sensory_symptoms")


def test_query_cidp_with_ncs_findings(ex):
    e = ex("?CIDP. NCS: demyelinating features.")
    assert status_of(e, "polyneuropathy") == "present"


@pytest.mark.parametrize("text,low,high", [
    ("Serum VEGF was 3456 pg/mL (reference range, 62-707 pg/mL).", 62, 707),
    ("VEGF 1,250 pg/mL (ref 31 to 86)", 31, 86),
    ("VEGF level was markedly elevated at 4,580 pg/mL (normal <1,000).", None, 1000),
])
def test_reference_ranges_in_case_report_prose(ex, text, low, high):
    lab = [l for l in ex(text).evidence.labs if l.analyte == "vegf"][0]
    assert (lab.reference_low, lab.reference_high) == (low, high)


def test_ratio_after_a_named_free_light_chain(ex):
    labs = ex("free lambda light chain 45.2 mg/L (5.7–26.3), kappa/lambda ratio 0.31").evidence.labs
    assert [(l.analyte, l.value) for l in labs] == [("flc_lambda", 45.2), ("flc_ratio", 0.31)]


def test_negated_finding_before_the_test_is_not_a_test_not_done(ex):
    e = ex("No evidence of papilledema was seen on dilated fundoscopy.")
    assert status_of(e, "papilledema") == "absent"
    assert "fundoscopy" not in {t.test for t in e.evidence.not_done}


def test_no_test_is_still_not_done(ex):
    assert "nerve_conduction_study" in {t.test for t in ex("No NCS.").evidence.not_done}


@pytest.mark.parametrize("text", ["Optic discs were sharp.", "Fundoscopy: sharp disc margins."])
def test_sharp_discs(ex, text):
    assert status_of(ex(text), "papilledema") == "absent"
