"""Australian, British and coded-list wording (sentences written for the tests, not taken from the
corpus): the immunoelectrophoresis names of Australian and British laboratories (`IEPG`, `serum
IEPG`, `immunoelectrophoresis`) are the serum immunofixation, so `SPEP/IEPG: no paraprotein detected`
with a normal free light chain ratio clears the monoclonal criterion and `IEPG: IgA lambda
paraprotein` is a positive test; the residual-category words of an ICD-10 title (`R16.1
Splenomegaly, not elsewhere classified - spleen 14.8 cm`, `..., not otherwise specified`) are part of
the code's name, not a negation of what follows.
Look-alikes: a negative IEPG without a light chain ratio, a pending IEPG, an IEPG in doubt; `not` and
`no` before a finding in a problem list still negate it.
Lab rows: an Epic result row with its "Ref Range & Units" column before the value (`PLATELETS
150 - 400 K/uL   612 (H)`) is read with that range and unit, and `KAPPA FREE LT CHAIN` is the free
kappa chain; units spelled out word by word as speech recognition types them (`13.1 grams per
deciliter`, `16.0 milligrams per liter`, `1,450 picograms per milliliter`) are read; a sample word
after a flag and a bracketed range (`1560  pg/ml  ↑  (0-142)  血清`) or ending its report row is the
value's sample.
A unit holding digits (`150-450 x10E3/uL  512 (H)`) or an upper limit alone (`<115 pg/mL   312 (H)`) in that column
is read the same way.
Look-alikes: a range with a unit and one space before a number, a date after the column, a range followed by a time, a
value and a range only (a range alone is no value), a weight in kilograms per month, a bare `grams`,
a sample word of the next test on the same line or on the next line.
A hormone row laid out the same way (`TESTOSTERONE, TOTAL   264 - 916 ng/dL   118 (L)`, `CORTISOL, AM
...`) is read against that range, low testosterone a hypogonadism; one in range is normal.
Rules: targets_en.yml (serum_immunofixation names), context_en.yml (PSEUDO residual-category
labels), labs.yml (units spelled out, LT CHAIN aliases), nlu/components/labs.py (a bare range with
its unit before a column gap, for analytes and hormones; a flag before the bracket and a line end after a sample word)."""
import pytest

from conftest import criterion, lab_tuples, labs_of, not_done, status_of, statuses


@pytest.mark.parametrize("text", [
    "SPEP/IEPG: no paraprotein detected. SFLC ratio 1.18 (normal).",
    "IEPG negative. Serum free light chain ratio 1.2.",
    "Serum IEPG: no paraprotein seen; FLC ratio 0.94.",
    "Immunoelectrophoresis showed no paraprotein and the free light chain ratio was normal (1.05).",
])
def test_negative_iepg_with_a_normal_ratio_clears_the_monoclonal_criterion(ex, text):
    e = ex(text)
    assert status_of(e, "serum_immunofixation") == "absent"
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "absent"


@pytest.mark.parametrize("text", [
    "IEPG: IgA lambda paraprotein detected.",
    "Serum IEPG shows an IgG lambda paraprotein.",
    "Immunoelectrophoresis: IgA lambda band.",
])
def test_positive_iepg_is_a_positive_immunofixation(ex, text):
    e = ex(text)
    assert status_of(e, "serum_immunofixation") == "present"
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text,expect", [
    ("IEPG negative.", "unknown"),                       # no light chain ratio: not cleared
    ("IEPG pending, SFLC pending.", "unknown"),
    ("?faint band on IEPG, to repeat.", "unknown"),
])
def test_iepg_look_alikes(ex, text, expect):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == expect


def test_pending_iepg_is_a_pending_immunofixation(ex):
    assert not_done(ex("IEPG pending."))["serum_immunofixation"] == "pending"


@pytest.mark.parametrize("text,concept", [
    ("R16.1    Splenomegaly, not elsewhere classified - spleen 14.8 cm on US 08/2026", "splenomegaly"),
    ("R16.0 Hepatomegaly, not elsewhere classified - liver span 19 cm", "hepatomegaly"),
    ("G62.9 Polyneuropathy, unspecified / not otherwise specified - NCS sensorimotor polyneuropathy", "polyneuropathy"),
    ("R59.1 Generalized enlarged lymph nodes, not elsewhere classified - lymphadenopathy on CT", "lymphadenopathy"),
])
def test_icd_residual_category_words_are_no_negation(text, concept):
    assert "absent" not in statuses(text, concept)
    assert "present" in statuses(text, concept)


@pytest.mark.parametrize("text,concept", [
    ("Problem list: no splenomegaly on US 08/2026.", "splenomegaly"),
    ("R16.1 Splenomegaly - ruled out, spleen not enlarged on CT.", "splenomegaly"),
    ("Not hepatomegaly; liver span normal.", "hepatomegaly"),
])
def test_negations_in_a_problem_list_still_negate(text, concept):
    assert statuses(text, concept)[-1] == "absent"


@pytest.mark.parametrize("text,analyte,expect,ref", [
    ("PLATELETS                     150 - 400 K/uL            612 (H)", "platelets", (612.0, "K/uL", None), (150.0, 400.0)),
    ("HEMOGLOBIN                    13.0 - 17.0 g/dL          12.1 (L)", "hemoglobin", (12.1, "g/dL", None), (13.0, 17.0)),
    ("VEGF, SERUM                   62 - 707 pg/mL          2,140 (H)", "vegf", (2140.0, "pg/mL", "serum"), (62.0, 707.0)),
    ("Platelets\t150-400 K/uL\t612\tH", "platelets", (612.0, "K/uL", None), (150.0, 400.0)),
    ("KAPPA FREE LT CHAIN           3.3 - 19.4 mg/L          19.8 (H)", "flc_kappa", (19.8, "mg/L", None), (3.3, 19.4)),
    ("LAMBDA FREE LT CHAIN          5.7 - 26.3 mg/L         142.0 (H)", "flc_lambda", (142.0, "mg/L", None), (5.7, 26.3)),
])
def test_epic_row_with_the_range_and_unit_before_the_value(ex, text, analyte, expect, ref):
    assert lab_tuples(text, analyte) == [expect]
    lab = labs_of(ex(text), analyte)[0]
    assert (lab.reference_low, lab.reference_high) == ref


@pytest.mark.parametrize("text,analyte", [
    ("Platelets 150-400 K/uL 612 (H)", "platelets"),            # one space: not a column
    ("Plt 150-400 K/uL  2 weeks ago 612", "platelets"),          # a time after the range
    ("VEGF 1850-2000 pg/mL   3 months ago", "vegf"),             # a range of values, no single one
    ("Platelets 450-500 K/uL  (repeat)", "platelets"),
])
def test_range_with_unit_look_alikes_read_no_value(text, analyte):
    assert lab_tuples(text, analyte) == []


def test_epic_table_gives_the_criteria(ex):
    text = ("Component                     Ref Range & Units        Value\n"
            "PLATELETS                     150 - 400 K/uL            612 (H)\n"
            "VEGF, SERUM                   62 - 707 pg/mL          2,140 (H)\n")
    e = ex(text)
    assert criterion(e, "thrombocytosis_polycythemia") == "present"
    assert criterion(e, "vegf_elevated") == "present"


@pytest.mark.parametrize("text,analyte,expect", [
    ("Platelets 232 K per microliter, hemoglobin 13.1 grams per deciliter.", "hemoglobin", (13.1, "g/dL", None)),
    ("hemoglobin 131 grams per liter", "hemoglobin", (131.0, "g/L", None)),
    ("VEGF 1,450 picograms per milliliter, serum", "vegf", (1450.0, "pg/mL", "serum")),
    ("lambda free light chain 86.2 milligrams per liter", "flc_lambda", (86.2, "mg/L", None)),
    ("albumin 3.2 grams per deciliter", "albumin", (3.2, "g/dL", None)),
    ("VEGF 2.1 nanograms per milliliter", "vegf", (2.1, "ng/mL", None)),
])
def test_units_spelled_out_word_by_word(text, analyte, expect):
    assert lab_tuples(text, analyte) == [expect]


@pytest.mark.parametrize("text,analyte", [
    ("Hb 13.1 grams", "hemoglobin"),                 # no unit of concentration: set aside
    ("He lost 5 kilograms per month; Hb not done", "hemoglobin"),
])
def test_spelled_unit_look_alikes(text, analyte):
    assert lab_tuples(text, analyte) == []


@pytest.mark.parametrize("text,sample", [
    ("  血管内皮生长因子 VEGF  1560  pg/ml  ↑  (0-142)  血清\n  睾酮 TESTO 5.8 nmol/L", "serum"),
    ("VEGF 1560 pg/ml ↑ (0-142) serum", "serum"),
    ("VEGF 1,560 pg/mL H (62-707) serum", "serum"),
    ("VEGF 1560 pg/mL (ref 0-142) serum\nIFE negative", "serum"),
    ("VEGF 310 pg/mL ↑ (0-115) plasma\nPlt 380", "plasma"),
])
def test_sample_after_a_flag_and_a_range_or_ending_its_row(text, sample):
    assert lab_tuples(text, "vegf")[0][2] == sample


@pytest.mark.parametrize("text", [
    "VEGF 1560 pg/mL\nserum IFE negative",                 # the next line's test
    "VEGF 1560 pg/mL (0-142) serum IFE negative\nnext",     # the next test's sample
    "VEGF 1560 pg/ml ↑ (0-142), plasma VEGF pending",
    "VEGF 1560 pg/ml ↑ (0-142)",
])
def test_sample_look_alikes_stay_unknown(text):
    assert lab_tuples(text, "vegf")[0][2] is None


@pytest.mark.parametrize("text,concept,status", [
    ("TESTOSTERONE, TOTAL           264 - 916 ng/dL           118 (L)", "hypogonadism", "present"),
    ("TESTOSTERONE, TOTAL           264 - 916 ng/dL           118", "hypogonadism", "present"),
    ("TESTOSTERONE, TOTAL           264 - 916 ng/dL           512", "hypogonadism", "absent"),
    ("CORTISOL, AM   6.2 - 19.4 ug/dL   2.1 (L)", "adrenal_insufficiency", "present"),
    ("PROLACTIN   4.0 - 15.2 ng/mL   38.0 (H)", "hyperprolactinemia", "present"),
    ("Testosterone, total 118 ng/dL (L)", "hypogonadism", "present"),
])
def test_hormone_row_with_the_range_before_the_value(ex, text, concept, status):
    assert status_of(ex(text), concept) == status


@pytest.mark.parametrize("text", [
    "Testosterone 264-916 ng/dL 118",          # one space: no column
    "Testosterone 2019-2021   118",            # years, not a range
    "Testosterone 264 - 916 ng/dL (reference only)",
])
def test_hormone_range_look_alikes_read_nothing(ex, text):
    assert status_of(ex(text), "hypogonadism") is None


def test_epic_hormone_row_gives_the_endocrine_criterion(ex):
    text = ("Component                     Ref Range & Units        Value\n"
            "TESTOSTERONE, TOTAL           264 - 916 ng/dL           118 (L)\n")
    assert criterion(ex(text), "endocrinopathy") == "present"


@pytest.mark.parametrize("text,analyte,expect,ref", [
    ("PLATELETS                     150-450 x10E3/uL        512 (H)", "platelets", (512.0, "K/uL", None), (150.0, 450.0)),
    ("Platelet count\t150-400 x10^9/L\t488\tH", "platelets", (488.0, "10^9/L", None), (150.0, 400.0)),
    ("VEGF   <115 pg/mL   312 (H)", "vegf", (312.0, "pg/mL", None), (None, 115.0)),
])
def test_range_column_with_a_unit_holding_digits_or_an_upper_limit(ex, text, analyte, expect, ref):
    assert lab_tuples(text, analyte) == [expect]
    lab = labs_of(ex(text), analyte)[0]
    assert (lab.reference_low, lab.reference_high) == ref


@pytest.mark.parametrize("text,expect", [
    ("VEGF <31 pg/mL  12/05/2026", [(31.0, "pg/mL", None)]),     # a date after the column: the "<31" is the value
    ("Plt 150-450 x10E3/uL 512", []),                            # one space: no column
])
def test_range_column_look_alikes(text, expect):
    analyte = "vegf" if text.startswith("VEGF") else "platelets"
    assert lab_tuples(text, analyte) == expect
