"""English case-record and letter wording from dev file 27: units with the litre spelled out
("mg/liter", as weekly case records print their laboratory tables), a hormone list stated normal
as one ("TSH, cortisol, testosterone and prolactin all within normal limits"), tests recommended
to look for a sign ("PET-CT for sclerotic bone lesions", "a skin exam for hemangiomas") and a
value after a relative clause ("Her plasma VEGF, which I requested, was 488 pg/mL")."""
import pytest

from conftest import labs_of, status_of


@pytest.mark.parametrize("text, analyte, value, unit", [
    ("Free lambda light chain (mg/liter) | 5.7–26.3 | 46.1", "flc_lambda", 46.1, "mg/L"),
    ("Serum free light chains: kappa 28.4 mg/liter, lambda 46.1 mg/litre.", "flc_kappa", 28.4, "mg/L"),
    ("Serum free light chains: kappa 28.4 mg/liter, lambda 46.1 mg/litre.", "flc_lambda", 46.1, "mg/L"),
    ("Albumin 3.1 g/dl; albumin 31 g/liter on the second day.", "albumin", 31, "g/L"),
    ("An M-protein of 4.2 g/litre was measured.", "m_protein", 4.2, "g/L"),
    ("VEGF 2,310 ng/liter", "vegf", 2310, "ng/L"),
])
def test_a_unit_with_the_litre_spelled_out(ex, text, analyte, value, unit):
    assert [(lab.value, lab.unit) for lab in labs_of(ex(text), analyte) if lab.value == value] == [(value, unit)]


@pytest.mark.parametrize("text, analyte, unit", [
    ("kappa 28.4 mg/L", "flc_kappa", "mg/L"),
    ("Albumin 31 g/L", "albumin", "g/L"),
])
def test_the_short_units_are_unchanged(ex, text, analyte, unit):
    assert [lab.unit for lab in labs_of(ex(text), analyte)] == [unit]


@pytest.mark.parametrize("text, concept", [
    ("I recommend low-dose whole-body CT or PET-CT for sclerotic bone lesions.", "sclerotic_bone_lesion"),
    ("Please do a careful skin exam for hemangiomas, hyperpigmentation and hypertrichosis.", "hypertrichosis"),
    ("Please do a careful skin exam for hemangiomas, hyperpigmentation and hypertrichosis.", "hemangioma"),
    ("We suggest an ultrasound for hepatosplenomegaly.", "hepatosplenomegaly"),
    ("Recommend echo for pericardial effusion.", "pericardial_effusion"),
])
def test_a_test_sought_for_a_finding_is_a_plan(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text, concept", [
    ("CT for staging showed splenomegaly.", "splenomegaly"),
    ("Sent for CT which showed splenomegaly.", "splenomegaly"),
    ("PET-CT: sclerotic lesions in the pelvis.", "sclerotic_bone_lesion"),
    ("Admitted for leg edema.", "peripheral_edema"),
])
def test_a_test_that_reports_a_finding_still_reports_it(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text", [
    "TSH, free T4, 9 am cortisol, testosterone, prolactin, calcium and PTH all within normal limits.",
    "TSH, cortisol, testosterone, calcium and PTH were all normal.",
    "Testosterone, free T3, cortisol and prolactin normal.",
    "TSH, 8 am cortisol and testosterone were all normal.",
])
def test_an_endocrine_panel_with_tests_of_no_axis_stated_normal_as_one(ex, text):
    assert status_of(ex(text), "endocrinopathy") == "absent"


@pytest.mark.parametrize("text, concept, state", [
    ("Testosterone low; calcium, cortisol and prolactin normal.", "hypogonadism", "present"),
    ("Calcium normal.", "endocrinopathy", None),
])
def test_a_test_of_no_axis_adds_no_finding(ex, text, concept, state):
    assert status_of(ex(text), concept) == state


@pytest.mark.parametrize("text", [
    "No imaging of bones yet.",
    "No imaging of the bones has been done.",
    "VEGF not done. No imaging of bones yet.",
])
def test_imaging_not_done_is_not_a_normal_bone_study(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") is None


@pytest.mark.parametrize("text", [
    "No imaging evidence of sclerotic lesions.",
    "Imaging of bones: no lytic or sclerotic lesions.",
    "No skeletal survey; bones normal on CT.",
])
def test_a_normal_bone_study_stays_normal(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "absent"


@pytest.mark.parametrize("text, value, sample", [
    ("Her plasma VEGF, which I requested, was 488 pg/mL (our laboratory reference < 96 pg/mL).", 488, "plasma"),
    ("Serum VEGF, which we sent last month, came back at 1,850 pg/mL.", 1850, "serum"),
    ("The VEGF, which the GP ordered, was 2,100 pg/mL.", 2100, None),
])
def test_a_value_after_a_relative_clause_of_who_asked_for_the_test(ex, text, value, sample):
    labs = labs_of(ex(text), "vegf")
    assert [(lab.value, lab.sample.value if lab.sample else None) for lab in labs] == [(value, sample)]


def test_a_relative_clause_does_not_reach_another_test_s_value(ex):
    extraction = ex("VEGF, which I requested, is pending; platelets 512 x10^9/L.")
    assert labs_of(extraction, "vegf") == []
    assert [lab.value for lab in labs_of(extraction, "platelets")] == [512]


@pytest.mark.parametrize("text", [
    "运动及感觉神经传导：双侧正中神经腕部远端潜伏期延长、感觉传导速度减慢，尺神经及腓肠神经传导均正常。",
    "双侧正中神经腕部远端潜伏期延长。",
    "尺神经肘部传导速度减慢。",
    "肌电图：右侧腓总神经、左侧尺神经及左侧胫神经轴索性损害，呈多发性单神经病改变。",
    "NCS: slowed median motor conduction across the wrist bilaterally; other nerves normal.",
    "EMG: asymmetric axonal changes in keeping with mononeuritis multiplex.",
])
def test_a_sign_of_one_nerve_at_its_entrapment_site_or_of_a_multiple_mononeuropathy(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "demyelinating_neuropathy") in (None, "absent")
    assert status_of(extraction, "axonal_neuropathy") in (None, "absent")


@pytest.mark.parametrize("text, concept", [
    ("双侧正中神经腕部远端潜伏期延长，双下肢感觉运动神经传导速度减慢。", "demyelinating_neuropathy"),
    ("肌电图：四肢运动神经远端潜伏期延长，传导速度减慢，正中神经腕部尤著。", "demyelinating_neuropathy"),
    ("神经传导：多发性单神经病，已融合为双下肢不对称性轴索性感觉运动性周围神经病。", "axonal_neuropathy"),
    ("NCS: length-dependent axonal sensorimotor polyneuropathy.", "axonal_neuropathy"),
])
def test_a_polyneuropathy_s_signs_stay(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text", [
    "Skin: few atrophic hyperpigmented macules on both shins c/w diabetic dermopathy; otherwise WNL.",
    "Hyperpigmented macules on the shins (diabetic dermopathy).",
    "Velvety hyperpigmented plaques in the axillae c/w acanthosis nigricans.",
    "Several hyperpigmented macules on the backs of the hands, consistent with solar lentigines.",
])
def test_a_pigmented_lesion_named_as_another_dermatosis_is_not_a_hyperpigmentation(ex, text):
    assert status_of(ex(text), "hyperpigmentation") is None


@pytest.mark.parametrize("text", [
    "Diffuse hyperpigmentation of the trunk; diabetic dermopathy on the shins.",
    "His skin was diffusely hyperpigmented, and there were shin spots of diabetic dermopathy.",
    "Hyperpigmentation of the trunk and hands, and diabetic dermopathy.",
])
def test_a_hyperpigmentation_beside_another_dermatosis_stays(ex, text):
    assert status_of(ex(text), "hyperpigmentation") == "present"
