"""Readings found by writing letters in new styles: a weight loss stated as an amount ("he has
lost 9 kg"), a finding opened by a count after a comma in a negated list ("no rash, several
cherry angiomas"), "refractory CIDP" (the diagnosis and its non-response, 二(三)1), and literals
that named two targets ("No lymph node biopsy" is a test not done; livedo is no POEMS skin sign;
免疫球蛋白定量 is not an immunofixation)."""

import pytest

from nlu import extract_evidence


def findings(text: str):
    return {(f.concept, f.status.value) for f in extract_evidence(text).findings}


@pytest.mark.parametrize("text", ["He has lost 9 kg.", "lost ~10 lbs over 6 months",
                                  "She lost 12% of her body weight.", "a 9-kg weight loss",
                                  "weight fell from 72 to 63 kg", "近半年瘦了10斤", "体重掉了5公斤"])
def test_a_weight_loss_stated_as_an_amount(text):
    assert ("weight_loss", "present") in findings(text)


@pytest.mark.parametrize("text", ["Denies having lost 5 kg", "He has not lost weight."])
def test_a_denied_weight_loss(text):
    assert ("weight_loss", "absent") in findings(text)


@pytest.mark.parametrize("text", ["lost 2 units of blood", "he lost 3 toes", "lost 3 cm of height"])
def test_other_losses_are_no_weight_loss(text):
    assert ("weight_loss", "present") not in findings(text)


@pytest.mark.parametrize("text, concept", [
    ("Exam: no rash, several cherry angiomas on the chest.", "hemangioma"),
    ("no rash, a few haemangiomas on the trunk", "hemangioma"),
    ("no HSM, multiple lymph nodes palpable in the groin", "lymphadenopathy"),
    ("no oedema, several sclerotic lesions on CT", "sclerotic_bone_lesion"),
])
def test_a_count_after_a_comma_opens_a_finding_that_is_there(text, concept):
    assert (concept, "present") in findings(text)
    assert (concept, "absent") not in findings(text)


@pytest.mark.parametrize("text, concepts", [
    ("no hepatomegaly, splenomegaly or lymphadenopathy", ["hepatomegaly", "splenomegaly", "lymphadenopathy"]),
    ("no evidence of multiple sclerotic lesions", ["sclerotic_bone_lesion"]),
    ("No rash, no haemangiomas, several small naevi.", ["hemangioma"]),
])
def test_a_list_without_a_count_stays_negated(text, concepts):
    got = findings(text)
    assert all((c, "absent") in got and (c, "present") not in got for c in concepts)


def test_refractory_cidp_is_the_diagnosis_and_its_non_response():
    got = findings("Referred with refractory CIDP.")
    assert {("cidp_diagnosis", "present"), ("treatment_nonresponse", "present"),
            ("polyneuropathy", "present")} <= got


def test_no_lymph_node_biopsy_is_a_test_not_done():
    evidence = extract_evidence("IFE: IgA lambda. No lymph node biopsy.")
    assert ("lymph_node_biopsy", "not_done") in {(t.test, t.reason) for t in evidence.not_done}


@pytest.mark.parametrize("text", ["Skin: livedo reticularis on the legs.", "livedo on thighs"])
def test_livedo_is_no_poems_skin_sign(text):
    assert findings(text) == set()


def test_immunoglobulin_quantification_is_no_immunofixation():
    assert not any(c.endswith("immunofixation") for c, _ in findings("免疫球蛋白定量正常"))


@pytest.mark.parametrize("text", [
    "Bone windows on CT CAP: several sclerotic foci in the thoracic spine and pelvis, favoured benign bone islands by radiology.",
    "CT: sclerotic foci in the pelvis, likely bone islands.",
])
def test_sclerotic_foci_read_as_bone_islands_are_in_doubt(text):
    assert ("sclerotic_bone_lesion", "uncertain") in findings(text)


def test_a_bone_island_qualifies_only_the_bone_focus():
    got = findings("CT A/P: small volume ascites, 8 mm sclerotic focus T10 — bone island vs blastic lesion.")
    assert ("ascites", "present") in got and ("sclerotic_bone_lesion", "uncertain") in got


@pytest.mark.parametrize("text", ["IVIG made no difference, severe leg pain and wasting of the calves",
                                  "wasting of the intrinsic foot muscles", "quadriceps wasting"])
def test_a_wasted_muscle_group_is_muscle_atrophy_not_weight_loss(text):
    got = findings(text)
    assert ("muscle_atrophy", "present") in got and ("weight_loss", "present") not in got


def test_wasting_alone_stays_a_weight_loss():
    assert ("weight_loss", "present") in findings("cachexia and generalised wasting")
