"""Values written without a unit where the analyte fixes it (FLC in mg/L, VEGF >= 100 in pg/mL),
and telegraphic age/sex (sentences written for these tests)."""
import pytest

from bot.engine import assess
from conftest import labs_of


def test_flc_without_unit_is_emitted_as_written(ex):
    e = ex("血清游离轻链：κ 15.3，λ 13.9")
    assert [(lab.value, lab.unit) for lab in labs_of(e, "flc_kappa")] == [(15.3, None)]
    assert [(lab.value, lab.unit) for lab in labs_of(e, "flc_lambda")] == [(13.9, None)]
    assert {w.reason for w in e.warnings} == {"unit_missing"}  # reported, read as mg/L


def test_flc_without_unit_feeds_the_computed_ratio(ex):
    e = ex("Serum free light chains: kappa 12.0, lambda 96.0. IFE IgA lambda.")
    crit = assess(e.evidence).criteria["monoclonal_plasma_cell_disorder"]
    assert crit.state.value == "present"


@pytest.mark.parametrize("text", ["FLC kappa 1.2, lambda 2.5", "κ 15.3，λ 13.9"])
def test_flc_numbers_not_emitted_when_ambiguous_or_not_named_as_flc(ex, text):
    e = ex(text)
    assert not labs_of(e, "flc_kappa") and not labs_of(e, "flc_lambda")


def test_shared_unit_still_applies(ex):
    e = ex("sFLC κ 9.4, λ 44.8 mg/L")
    assert [(lab.value, lab.unit) for lab in labs_of(e, "flc_kappa")] == [(9.4, "mg/L")]
    assert not e.warnings


def test_vegf_without_unit(ex):
    e = ex("VEGF 2800，脾大")
    assert [(lab.value, lab.unit) for lab in labs_of(e, "vegf")] == [(2800.0, None)]
    assert not labs_of(ex("VEGF 3.5"), "vegf")  # could be ng/mL: flagged only


@pytest.mark.parametrize("text,sex,age", [
    ("男 58y\nPLT 438", "male", 58),
    ("女 46，双下肢麻木", "female", 46),
    ("M/61. Numb feet.", "male", 61),
    ("患者 61/F，麻木", "female", 61),
])
def test_telegraphic_age_and_sex(ex, text, sex, age):
    e = ex(text)
    assert (e.evidence.sex, e.evidence.age) == (sex, age)


def test_a_weight_is_not_an_age(ex):
    assert ex("男，70 kg").evidence.age is None
