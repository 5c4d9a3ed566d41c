"""Two readings of a telegraphic lab line.

* "kappa 19.6 lambda 62.3 mg/L" without an FLC word: κ and λ side by side with a light-chain unit
  written once after the last are both free light chains (the unit is shared, as with an FLC
  word); a bare "K … L …" (potassium), another unit (serum totals in g/L or mg/dL), an isotype or
  urine light chains are not.
* "VEGF 2500 未查FLC": the value after VEGF is its result, so the not-done words after it belong
  to the test glued to them (or named before them without a value)."""

import pytest

from conftest import labs_of, not_done


def _pair(extraction):
    return {lab.analyte: (lab.value, lab.unit) for lab in extraction.evidence.labs
            if lab.analyte in ("flc_kappa", "flc_lambda")}


@pytest.mark.parametrize("text, kappa, lam", [
    ("kappa 19.6 lambda 62.3 mg/L", 19.6, 62.3),
    ("κ 19.6 λ 62.3 mg/L", 19.6, 62.3),
    ("κ 19.6, λ 62.3 mg/L", 19.6, 62.3),
    ("Kappa 8.1 and lambda 240 mg/L, ratio 0.03", 8.1, 240),
    ("lambda 62.3 kappa 19.6 mg/L", 19.6, 62.3),
    ("κ轻链 19.6 λ轻链 62.3 mg/L", 19.6, 62.3),
])
def test_kappa_and_lambda_sharing_a_light_chain_unit_are_free_light_chains(ex, text, kappa, lam):
    assert _pair(ex(text)) == {"flc_kappa": (kappa, "mg/L"), "flc_lambda": (lam, "mg/L")}


@pytest.mark.parametrize("text", [
    "K 19.6 L 62.3 mg/L",            # K is potassium, L a litre or a flag: not read
    "kappa 19.6 lambda 62.3 g/L",    # serum totals
    "kappa 250 lambda 150 mg/dL",    # serum totals in US reports
    "κ 19.6",
])
def test_no_free_light_chain_without_an_unambiguous_pair(ex, text):
    assert _pair(ex(text)) == {}


def test_an_isotype_kappa_is_not_a_free_light_chain_value(ex):
    extraction = ex("IgG kappa 19.6 lambda 62.3 mg/L")
    assert "flc_kappa" not in _pair(extraction)


@pytest.mark.parametrize("text, done, missing", [
    ("VEGF 2500 未查FLC", "vegf", "serum_free_light_chains"),
    ("VEGF 2500 pg/ml 未查FLC", "vegf", "serum_free_light_chains"),
    ("VEGF 2500 FLC未查", "vegf", "serum_free_light_chains"),
    ("VEGF 2500 未做IFE", "vegf", "serum_immunofixation"),
    ("VEGF 2500，未查FLC", "vegf", "serum_free_light_chains"),
])
def test_a_test_with_its_value_is_not_the_one_not_done(ex, text, done, missing):
    extraction = ex(text)
    assert [lab.value for lab in labs_of(extraction, done)] == [2500]
    assert set(not_done(extraction)) == {missing}


@pytest.mark.parametrize("text, missing", [
    ("VEGF 未查", {"serum_vegf"}),
    ("IFE阳性 VEGF 未查", {"serum_vegf"}),
    ("骨扫描 未做", {"bone_imaging"}),
    ("VEGF 未查 IFE阳性", {"serum_vegf"}),
])
def test_a_test_answered_not_done_after_a_space_stays_not_done(ex, text, missing):
    assert set(not_done(ex(text))) == missing


def test_the_unitless_vegf_value_is_kept_as_written(ex):
    lab = labs_of(ex("VEGF 2500 未查FLC"), "vegf")[0]
    assert (lab.value, lab.unit) == (2500, None)


def _ratio(extraction):
    return [lab.value for lab in extraction.evidence.labs if lab.analyte == "flc_ratio"]


@pytest.mark.parametrize("text, ratio", [
    ("sFLC K 19 / L 38 mg/L, r 0.50", 0.5),
    ("FLC kappa/lambda 19/38 mg/L (ratio 0.5)", 0.5),
    ("轻链κ/λ：19/38 mg/L，比值0.50", 0.5),
    ("κ/λ FLC 19.0/38.0 mg/L", None),
    ("sFLC K/L 19/38 mg/L", None),
    ("Serum free light chains κ/λ 19/38 mg/L, ratio 0.50", 0.5),
    ("FLC: K 19, L 38 mg/L", None),
    ("κ/λ 19/38 mg/L", None),
])
def test_kappa_and_lambda_written_as_a_pair(ex, text, ratio):
    extraction = ex(text)
    assert _pair(extraction) == {"flc_kappa": (19, "mg/L"), "flc_lambda": (38, "mg/L")}
    assert _ratio(extraction) == ([ratio] if ratio is not None else [])


def test_a_pair_after_sflc_is_serum(ex):
    labs = ex("sFLC K 19 / L 38 mg/L").evidence.labs
    assert {lab.analyte: lab.sample.value for lab in labs} == {"flc_kappa": "serum", "flc_lambda": "serum"}


@pytest.mark.parametrize("text, ratio", [
    ("κ/λ 0.50", [0.5]),
    ("κ/λ比值 0.18", [0.18]),
    ("Na 138, K 4.1 mmol/L, Cl 101", []),
    ("Electrolytes: Na 138 K 4.1 Cl 101 mmol/L", []),
    ("FLC normal. Na 138 K 4.1 L 3.2", []),
    ("Potassium: K 4.1 mmol/L. FLC ratio 0.5.", [0.5]),
    ("kappa/lambda 250/150 mg/dL", []),   # serum totals
    ("κ/λ 19/38", []),                    # no FLC word, no light-chain unit
    ("浆细胞 κ/λ 1:6", []),
])
def test_no_pair_in_look_alikes(ex, text, ratio):
    extraction = ex(text)
    assert _pair(extraction) == {}
    assert _ratio(extraction) == ratio


def test_a_number_after_hb_hct_stays_a_pair_without_a_shared_unit(ex):
    labs = {lab.analyte: (lab.value, lab.unit) for lab in ex("Hb/Hct 17.8/54").evidence.labs}
    assert labs == {"hemoglobin": (17.8, None), "hematocrit": (54, None)}
