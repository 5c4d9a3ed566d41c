"""Minor criteria (表2): endocrinopathy (二(二)3), blood count (WHO limits), findings groups."""

import pytest

from bot.engine import assess
from bot.errors import EvidenceError
from bot.evidence import evidence_of


def state(criterion, statuses=None, labs=None, **kw):
    return assess(evidence_of(statuses, labs, **kw)).criteria[criterion]


# --- endocrinopathy
def test_diabetes_and_hypothyroidism_alone_leave_it_unknown_and_name_the_axes():
    result = state("endocrinopathy", {"diabetes": "present", "hypothyroidism": "present"})
    assert result.state.value == "unknown"
    assert result.details["axes_to_test"] == "gonadal,adrenal,pituitary,parathyroid"
    assert any(r.key == "endo.alone_insufficient" for r in result.reasons)


def test_diabetes_with_other_axes_documented_normal_is_absent():
    statuses = {"diabetes": "present", "hypogonadism": "absent", "adrenal_insufficiency": "absent",
                "hyperprolactinemia": "absent", "hyperparathyroidism": "absent"}
    assert state("endocrinopathy", statuses).state.value == "absent"


def test_one_axis_still_untested_keeps_it_unknown():
    statuses = {"diabetes": "present", "hypogonadism": "absent", "adrenal_insufficiency": "absent",
                "hyperprolactinemia": "absent"}
    result = state("endocrinopathy", statuses)
    assert result.state.value == "unknown"
    assert result.details["axes_to_test"] == "parathyroid"


@pytest.mark.parametrize("concept", ["hypogonadism", "gynecomastia", "adrenal_insufficiency",
                                     "hyperprolactinemia", "hyperparathyroidism", "amenorrhea"])
def test_qualifying_axes(concept):
    assert state("endocrinopathy", {concept: "present", "diabetes": "present"}).state.value == "present"


@pytest.mark.parametrize("concept,axis_zh", [("hypogonadism", "性腺轴"), ("hyperprolactinemia", "垂体轴"),
                                             ("adrenal_insufficiency", "肾上腺轴")])
def test_a_qualifying_axis_is_named_in_each_language(concept, axis_zh):
    [reason] = [r for r in state("endocrinopathy", {concept: "present"}).reasons if r.key == "endo.qualifying"]
    assert axis_zh in reason.zh and not any(c.isascii() and c.isalpha() for c in reason.zh)
    assert "axis" in reason.en


def test_vignette_diabetes_hypothyroidism_only_minor_does_not_meet():
    statuses = {"polyneuropathy": "present", "sclerotic_bone_lesion": "present",
                "diabetes": "present", "hypothyroidism": "present"}
    ev = evidence_of(statuses, [{"analyte": "vegf", "value": 3000, "unit": "pg/mL", "sample": "serum"}])
    ev.findings.append(evidence_of({"serum_immunofixation": "present"}).findings[0])
    a = assess(ev)
    assert a.criteria["endocrinopathy"].state.value == "unknown"
    assert a.verdict.value == "suspected"
    assert "endocrine_panel" in [m.test for m in a.missing_evidence]


@pytest.mark.parametrize("concept,en,zh", [
    ("hypogonadism", "hypogonadism (gonadal axis) satisfies the endocrine criterion", "性腺功能减退(性腺轴)满足内分泌次要标准"),
    ("hyperprolactinemia", "hyperprolactinaemia (pituitary axis) satisfies the endocrine criterion",
     "高泌乳素血症(垂体轴)满足内分泌次要标准"),
])
def test_a_qualifying_reason_words_label_and_axis_in_each_language(concept, en, zh):
    """Both worded parameters (the label and the axis) follow the language; the English ones are
    the recorded parameters."""
    [reason] = [r for r in state("endocrinopathy", {concept: "present"}).reasons if r.key == "endo.qualifying"]
    assert (reason.en, reason.zh) == (en, zh)
    assert reason.params["axis"] in en and reason.params["label"] in en


# --- thrombocytosis / polycythaemia
@pytest.mark.parametrize("value,unit,expected", [
    (451, "10^9/L", "present"), (450, "10^9/L", "unknown"), (451000, "/uL", "present"),
    (451, "K/uL", "present"), (450, "K/uL", "unknown"),
])
def test_platelet_boundary(value, unit, expected):
    assert state("thrombocytosis_polycythemia", labs=[{"analyte": "platelets", "value": value, "unit": unit}]).state.value == expected


@pytest.mark.parametrize("hb,sex,expected", [
    (166, "male", "present"), (165, "male", "absent"), (161, "female", "present"), (160, "female", "absent"),
    (166, None, "present"), (162, None, "unknown"), (160, None, "absent"),
])
def test_haemoglobin_limits_by_sex(hb, sex, expected):
    labs = [{"analyte": "platelets", "value": 300}, {"analyte": "hemoglobin", "value": hb, "unit": "g/L"}]
    assert state("thrombocytosis_polycythemia", labs=labs, sex=sex).state.value == expected


def test_haemoglobin_in_g_dl():
    labs = [{"analyte": "platelets", "value": 300}, {"analyte": "hemoglobin", "value": 17.0, "unit": "g/dL"}]
    assert state("thrombocytosis_polycythemia", labs=labs, sex="female").state.value == "present"


def test_haematocrit_limits():
    labs = [{"analyte": "platelets", "value": 300}, {"analyte": "hematocrit", "value": 0.50, "unit": "L/L"}]
    assert state("thrombocytosis_polycythemia", labs=labs, sex="male").state.value == "present"
    labs[1]["value"] = 0.49
    assert state("thrombocytosis_polycythemia", labs=labs, sex="male").state.value == "absent"


@pytest.mark.parametrize("sex,en,zh", [
    ("male", ["Haemoglobin 170 g/L > 165 g/L (male, WHO)", "Haematocrit 45% ≤ 49% (male, WHO)"],
     ["血红蛋白170 g/L > 165 g/L(男,WHO)", "红细胞压积45% ≤ 49%(男,WHO)"]),
    ("female", ["Haemoglobin 170 g/L > 160 g/L (female, WHO)", "Haematocrit 45% ≤ 48% (female, WHO)"],
     ["血红蛋白170 g/L > 160 g/L(女,WHO)", "红细胞压积45% ≤ 48%(女,WHO)"]),
    (None, ["Haemoglobin 170 g/L > 165 g/L (sex unknown, WHO)", "Haematocrit 45% ≤ 48% (sex unknown, WHO)"],
     ["血红蛋白170 g/L > 165 g/L(性别未知,WHO)", "红细胞压积45% ≤ 48%(性别未知,WHO)"]),
])
def test_red_cell_reasons_word_the_sex_in_each_language(sex, en, zh):
    labs = [{"analyte": "platelets", "value": 300}, {"analyte": "hemoglobin", "value": 170, "unit": "g/L"},
            {"analyte": "hematocrit", "value": 45, "unit": "%"}]
    reasons = [r for r in state("thrombocytosis_polycythemia", labs=labs, sex=sex).reasons
               if r.key.startswith(("blood.hb", "blood.hct"))]
    assert [r.key for r in reasons] == ["blood.hb_high", "blood.hct_normal"]
    assert [r.en for r in reasons] == en and [r.zh for r in reasons] == zh
    assert [list(r.params) for r in reasons] == [["value", "limit", "sex"]] * 2
    assert {r.params["sex"] for r in reasons} == {sex or "sex unknown"}


@pytest.mark.parametrize("lab", [
    {"analyte": "platelets", "value": 50000, "unit": "10^9/L"},
    {"analyte": "platelets", "value": -5, "unit": "10^9/L"},
    {"analyte": "hemoglobin", "value": 900, "unit": "g/L"},
])
def test_impossible_counts_rejected(lab):
    with pytest.raises(EvidenceError, match="impossible"):
        state("thrombocytosis_polycythemia", labs=[lab])


# --- findings groups
def test_organomegaly_absent_only_when_liver_spleen_and_nodes_absent():
    statuses = {"hepatomegaly": "absent", "splenomegaly": "absent"}
    assert state("organomegaly", statuses).state.value == "unknown"
    statuses["lymphadenopathy"] = "absent"
    assert state("organomegaly", statuses).state.value == "absent"


def test_volume_overload_from_any_component():
    assert state("extravascular_volume_overload", {"ascites": "present"}).state.value == "present"
    assert state("extravascular_volume_overload", {"pleural_effusion": "present"}).state.value == "present"


def test_uncertain_is_unknown_never_absent():
    result = state("papilledema", {"papilledema": "uncertain"})
    assert result.state.value == "unknown"
    assert any(r.key == "finding.uncertain" for r in result.reasons)


def test_historical_counts_as_present():
    assert state("skin_changes", {"hyperpigmentation": "historical"}).state.value == "present"


def test_numbness_alone_does_not_make_polyneuropathy():
    result = state("polyneuropathy", {"distal_numbness_weakness": "present"})
    assert result.state.value == "unknown"
    assert any(r.key == "poly.symptoms_only" for r in result.reasons)


def test_haematocrit_fraction_without_unit():
    labs = [{"analyte": "platelets", "value": 300}, {"analyte": "hematocrit", "value": 0.52}]
    assert state("thrombocytosis_polycythemia", labs=labs, sex="female").state.value == "present"


def test_platelets_per_microlitre_without_unit_is_rejected_with_a_hint():
    with pytest.raises(EvidenceError, match="check the value and unit"):
        state("thrombocytosis_polycythemia", labs=[{"analyte": "platelets", "value": 450000}])


def test_resolved_oedema_is_left_unknown_with_a_reason_not_counted_present():
    """'Oedema, since resolved' was there once; whether it still is, is unknown (never absent)."""
    from bot.engine import assess
    from bot.models import Evidence, Finding, FindingStatus

    resolved = Finding(concept="peripheral_edema", status=FindingStatus.historical, attributes={"resolved": "true"})
    result = assess(Evidence(findings=[resolved])).criteria["extravascular_volume_overload"]
    assert result.state.value == "unknown"
    assert any("resolved" in reason.get("en") for reason in result.reasons)
    assert any("消退" in reason.get("zh") for reason in result.reasons)

    past = Finding(concept="peripheral_edema", status=FindingStatus.historical)
    assert assess(Evidence(findings=[past])).criteria["extravascular_volume_overload"].state.value == "present"
