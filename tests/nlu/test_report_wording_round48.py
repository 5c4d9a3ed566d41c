"""American exam and count wording (sentences written for the tests, not taken from the corpus):
fundi called benign (`fundi benign`, `Fundoscopy benign bilaterally`, `benign fundoscopic exam`) are
normal fundi, papilloedema absent; a platelet count in thousands per cubic millimetre written
`thou/cmm`, `thou/cu mm`, `x 10^3/cmm` is K/uL like `thou/mm3`; a send-out result row naming the
sample and the laboratory or assay in brackets before its value (`VEGF, plasma (ARUP): 1,350 pg/mL`,
`VEGF (Mayo Clinic Laboratories): 1,350`, `VEGF, plasma (ref < 115): 1,350`) is read with its sample;
premature / primary ovarian insufficiency is the gonadal endocrinopathy premature ovarian failure is;
pigment called normal before its name (`Skin: normal pigmentation`, `normally pigmented skin`) is no
hyperpigmentation (it had been read present).
Look-alikes: a benign intracranial hypertension label, disc swelling, a count in lakhs or per cumm,
a pending VEGF and another analyte's laboratory keep their readings; ovarian insufficiency negated,
in doubt or a mother's keeps that reading.
Rules: targets_en.yml (papilledema and hyperpigmentation absent phrases, hypogonadism), labs.yml units K/uL and filler."""
import pytest

from conftest import criterion, lab_tuples, status_of


@pytest.mark.parametrize("text", [
    "HEENT: PERRL, EOMI, fundi benign.",
    "Fundoscopy benign bilaterally.",
    "Benign fundoscopic exam.",
    "Fundi: benign",
    "Eyes: funduscopic exam benign OU.",
])
def test_benign_fundi_are_normal(ex, text):
    assert status_of(ex(text), "papilledema") == "absent"


@pytest.mark.parametrize("text,expect", [
    ("Papilledema; previously labelled benign intracranial hypertension.", "present"),
    ("Fundi: bilateral disc swelling, benign-looking retinal vessels.", "present"),
    ("HEENT: PERRL, EOMI. Fundi not visualized.", None),
    ("HEENT: benign.", None),
])
def test_benign_look_alikes(ex, text, expect):
    assert status_of(ex(text), "papilledema") == expect


@pytest.mark.parametrize("text,value", [
    ("Plt 512 thou/cmm", 512.0),
    ("Plt 512 thou/cu mm", 512.0),
    ("Platelet count 512 x 10^3/cmm", 512.0),
    ("Platelet count 512 x 10³/c.mm", 512.0),
    ("WBC 7.2 thou/cmm, platelets 260 thou/cmm", 260.0),
    ("platelets 480 thou/mm3", 480.0),
])
def test_thousands_per_cubic_mm(text, value):
    assert lab_tuples(text, "platelets") == [(value, "K/uL", None)]


@pytest.mark.parametrize("text,expect", [
    ("Platelets 4,50,000/cumm", [(450000.0, "/uL", None)]),
    ("Plt 5.2 lakhs/cumm", [(5.2, "10^5/uL", None)]),
    ("Platelets 612 K/cumm", [(612.0, "K/uL", None)]),
])
def test_other_cubic_mm_counts_unchanged(text, expect):
    assert lab_tuples(text, "platelets") == expect


@pytest.mark.parametrize("text,expect", [
    ("VEGF, plasma (ARUP): 1,350 pg/mL H (31-86)", [(1350.0, "pg/mL", "plasma")]),
    ("VEGF, plasma (ELISA): 1,350 pg/mL", [(1350.0, "pg/mL", "plasma")]),
    ("VEGF, plasma (send-out): 1,350 pg/mL", [(1350.0, "pg/mL", "plasma")]),
    ("VEGF (Mayo Clinic Laboratories): 1,350 pg/mL", [(1350.0, "pg/mL", None)]),
    ("VEGF, plasma (Quest Diagnostics): 96 pg/mL (ref 0-115)", [(96.0, "pg/mL", "plasma")]),
    ("VEGF, plasma (ref < 115): 1,350 pg/mL", [(1350.0, "pg/mL", "plasma")]),
    ("VEGF, serum (ref 62-707): 1,850 pg/mL", [(1850.0, "pg/mL", "serum")]),
    # unchanged: the forms read before
    ("VEGF, plasma: 1,350 pg/mL H (31-86)", [(1350.0, "pg/mL", "plasma")]),
    ("VEGF (ARUP): 1,350 pg/mL", [(1350.0, "pg/mL", None)]),
    ("VEGF, plasma (not sent)", []),
    ("IgG (Mayo Clinic Laboratories): 1,450 mg/dL; VEGF 1,100 pg/mL", [(1100.0, "pg/mL", None)]),
])
def test_vegf_with_its_laboratory_in_brackets(text, expect):
    assert lab_tuples(text, "vegf") == expect


def test_reference_in_the_bracket_after_the_sample_is_the_reference(ex):
    # 1 300 pg/mL is below twice 707: not elevated (without the reference a serum 1 300 would be)
    assert criterion(ex("VEGF, serum (ref 62-707): 1,300 pg/mL"), "vegf_elevated") == "absent"
    assert criterion(ex("VEGF, plasma (ARUP): 1,350 pg/mL H (31-86)"), "vegf_elevated") == "present"


@pytest.mark.parametrize("text,expect", [
    ("Premature ovarian insufficiency at 38.", "present"),
    ("Amenorrhoea since 2024 - primary ovarian insufficiency (FSH 72 IU/L).", "present"),
    ("No ovarian insufficiency; periods regular.", "absent"),
    ("?premature ovarian insufficiency - hormones pending.", "uncertain"),
    ("Mother had premature ovarian insufficiency.", None),
])
def test_ovarian_insufficiency(ex, text, expect):
    assert status_of(ex(text), "hypogonadism") == expect


def test_ovarian_insufficiency_is_an_endocrinopathy(ex):
    assert criterion(ex("Premature ovarian insufficiency at 38."), "endocrinopathy") == "present"


@pytest.mark.parametrize("text,expect", [
    ("Skin: normal pigmentation.", "absent"),
    ("Normally pigmented skin.", "absent"),
    ("Skin: intact, no lesions, normal pigmentation, no abnormal hair growth.", "absent"),
    ("Skin: normal pigmentation, no hemangiomas, nails normal.", "absent"),
    # unchanged
    ("Skin pigmentation normal.", "absent"),
    ("Skin: increased pigmentation over the shins.", "present"),
    ("Skin: normal. Pigmentation of the shins noted by wife.", "present"),
])
def test_pigmentation_called_normal(ex, text, expect):
    assert status_of(ex(text), "hyperpigmentation") == expect


def test_normal_pigmentation_alone_is_one_sign(ex):
    # one sign said normal is not a normal skin (README gold rules: only one sign negated = unknown)
    assert criterion(ex("Skin: normal pigmentation."), "skin_changes") == "unknown"
