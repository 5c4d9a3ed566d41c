"""Round-9 coverage (sentences written for the tests): a monoclonal result graded by confidence
(README 二(二)1: a band that is called counts, a questioned one is unknown), headings negated on
the next line, loss of walking counted as distal weakness only in a neuropathic context, and a
normal whole-abdomen imaging report (表2 organomegaly, volume overload)."""
import pytest

from bot.engine import assess
from conftest import criterion, status_of

MONOCLONAL = ("serum_immunofixation", "urine_immunofixation", "m_protein", "m_spike", "igm_paraprotein")


def monoclonal_statuses(extraction):
    return {f.status.value for f in extraction.evidence.findings if f.concept in MONOCLONAL}


@pytest.mark.parametrize("text", [
    "血IFE 可疑 IgA λ 小M峰。",
    "血清免疫固定电泳：疑似IgG λ型M蛋白。",
    "免疫固定电泳：可疑IgA κ条带，建议复查。",
    "血免疫固定电泳示IgA λ 可疑阳性。",
    "免疫固定电泳报告IgG λ疑似阳性，下周复查。",
    "尿免疫固定电泳：IgA λ型（可疑）。",
    "Serum IFE: equivocal IgA lambda band.",
    "Immunofixation: questionable IgG kappa, repeat advised.",
    "IFE showed a possible IgA λ band.",
    "Serum immunofixation: IgG lambda, equivocal.",
    "IFE: ?IgA lambda.",
    "Old report mentions a possible IgG-λ.",
    "既往化验单：可疑IgA-κ。",
])
def test_a_questioned_isotype_is_not_an_m_protein(ex, text):
    e = ex(text)
    assert "present" not in monoclonal_statuses(e)
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "unknown"


@pytest.mark.parametrize("text", [
    "血IFE 弱阳性 IgA λ。",
    "免疫固定电泳：IgG κ弱阳性。",
    "血清免疫固定电泳：IgA λ型M蛋白（弱阳性）。",
    "Serum IFE weakly positive IgA λ.",
    "Immunofixation was weakly positive for IgG lambda.",
    "SPEP: small IgA λ M-spike.",
    "A small IgG kappa M-spike was seen on electrophoresis.",
    "IFE: faint IgA lambda band.",
])
def test_a_weak_or_small_band_that_is_called_is_present(ex, text):
    e = ex(text)
    assert "present" in monoclonal_statuses(e)
    assert criterion(e, "monoclonal_plasma_cell_disorder") == "present"


def test_an_isotype_after_a_positive_result_keeps_it_when_a_later_clause_is_in_doubt(ex):
    e = ex("血IFE IgA λ阳性，可疑脾大。")
    assert status_of(e, "serum_immunofixation") == "present"
    assert status_of(e, "splenomegaly") == "uncertain"


@pytest.mark.parametrize("text", [
    "POEMS? IgG-λ MGUS known for years.",
    "POEMS？患者IgA-λ型MGUS多年。",
])
def test_a_question_mark_on_another_word_does_not_doubt_the_isotype(ex, text):
    assert status_of(ex(text), "m_protein") == "present"


@pytest.mark.parametrize("text", [
    "四肢麻木无力1年，肌电图示脱髓鞘性周围神经病。血清VEGF 3200 pg/ml（参考值<600）。骨CT：腰椎硬化性病灶。"
    "脾大。血IFE：疑似 IgA λ，待复查。",
    "Numbness and weakness of both legs for a year; NCS demyelinating polyneuropathy. Serum VEGF "
    "3,100 pg/mL (ref < 600). CT: sclerotic lesion in L3. Splenomegaly. Serum IFE: IgA lambda, equivocal.",
])
def test_an_m_protein_in_doubt_does_not_raise_the_verdict(ex, text):
    result = assess(ex(text).evidence)
    assert result.criteria["monoclonal_plasma_cell_disorder"].state.value == "unknown"
    assert result.verdict.value != "meets_criteria"


@pytest.mark.parametrize("text, concepts", [
    ("胸水/腹水: none", ("pleural_effusion", "ascites")),
    ("胸水/腹水：无。", ("pleural_effusion", "ascites")),
    ("Effusions:\nnone", ("serous_effusions",)),
    ("Effusions:\nnone (CT thorax and abdomen)\nOedema:\nnil", ("serous_effusions", "peripheral_edema")),
    ("胸腹水：\n无", ("pleural_effusion", "ascites")),
    ("3. 胸腔积液、腹水：\n未见", ("pleural_effusion", "ascites")),
    ("- Ascites & pleural effusion:\nnil", ("ascites", "pleural_effusion")),
    ("Pericardial effusion: \n  none.", ("pericardial_effusion",)),
    ("Peripheral oedema:\nnone\nSpleen: palpable 2 cm", ("peripheral_edema",)),
    ("Lymphadenopathy / hepatosplenomegaly:\nnone palpable", ("lymphadenopathy", "hepatosplenomegaly")),
    ("Ascites:\nnone seen on CT", ("ascites",)),
])
def test_a_heading_answered_no_on_its_line_or_the_next_negates_each_member(ex, text, concepts):
    e = ex(text)
    for concept in concepts:
        assert status_of(e, concept) == "absent", concept


@pytest.mark.parametrize("text, concept", [
    ("Oedema:\n2+ pitting to the knees", "peripheral_edema"),
    ("Mild oedema, effusions: none", "peripheral_edema"),
    ("胸水/腹水：\n无\n双下肢水肿（+）", "peripheral_edema"),
])
def test_a_heading_answer_does_not_reach_a_finding_outside_the_heading(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


WALKING = ("distal_numbness_weakness", "symmetric_distal_sensory_symptoms", "polyneuropathy")


def neuropathy_present(extraction):
    return {f.concept for f in extraction.evidence.findings
            if f.status.value == "present" and f.concept in WALKING}


@pytest.mark.parametrize("text", [
    "Wheelchair-bound after a right MCA stroke.",
    "Unable to walk since a fall with a hip fracture three weeks ago.",
    "Inclusion body myositis, unable to walk unaided.",
    "Long-standing rheumatoid arthritis with deformed knees; non-ambulatory for a year.",
    "患者3年前脑梗死后偏瘫，长期坐轮椅。",
    "2周前跌倒致右股骨颈骨折，不能行走。",
    "多发性肌炎，四肢近端无力，不能独立行走。",
    "Unable to walk.",
])
def test_loss_of_walking_without_a_neuropathic_context_is_not_distal_weakness(ex, text):
    assert not neuropathy_present(ex(text))


@pytest.mark.parametrize("text", [
    "Progressive numbness of both feet over a year; now wheelchair-bound.",
    "Areflexic with glove-and-stocking sensory loss, unable to walk.",
    "双足麻木1年，逐渐加重，现坐轮椅。",
    "肌电图示多发性周围神经病，目前不能独立行走。",
])
def test_loss_of_walking_in_a_neuropathic_context_is_distal_weakness(ex, text):
    e = ex(text)
    assert status_of(e, "distal_numbness_weakness") == "present"


def test_a_neuropathy_elsewhere_does_not_take_a_walking_loss_from_a_stroke(ex):
    e = ex("Wheelchair-bound since a left MCA infarct. Also has numb feet.")
    spans = [f.provenance.text for f in e.evidence.findings if f.concept == "distal_numbness_weakness"]
    assert not any("heelchair" in s for s in spans)


@pytest.mark.parametrize("text", ["四肢近端无力5月。", "Proximal weakness of the legs."])
def test_proximal_weakness_is_not_distal_weakness(ex, text):
    assert status_of(ex(text), "distal_numbness_weakness") is None


@pytest.mark.parametrize("text", [
    "Normal whole abdominal scan.",
    "An unremarkable CT abdomen.",
    "Abdominal CT unremarkable.",
    "Abdominal ultrasound was entirely normal.",
    "腹部超声未见明显异常。",
    "腹部彩超：未见异常。",
    "腹部CT未见明显异常。",
])
def test_a_normal_whole_abdomen_scan_clears_liver_spleen_and_ascites_not_the_nodes(ex, text):
    e = ex(text)
    for concept in ("hepatomegaly", "splenomegaly", "ascites"):
        assert status_of(e, concept) == "absent", concept
    assert status_of(e, "lymphadenopathy") is None
    assert criterion(e, "organomegaly") == "unknown"


@pytest.mark.parametrize("text, cleared", [
    ("Liver ultrasound normal.", {"hepatomegaly"}),
    ("肝脾B超未见异常。", {"hepatomegaly", "splenomegaly"}),
])
def test_an_organ_limited_scan_clears_only_its_organs(ex, text, cleared):
    e = ex(text)
    absent = {f.concept for f in e.evidence.findings if f.status.value == "absent"}
    assert absent == cleared


@pytest.mark.parametrize("text, concept", [
    ("腹部超声：脾脏大小正常。", "hepatomegaly"),
    ("胸腹部CT未见胸腔积液及腹水。", "hepatomegaly"),
    ("Abdominal ultrasound: normal liver, spleen 14 cm.", "ascites"),
    ("Normal abdominal ultrasound; splenomegaly on CT.", "ascites"),
])
def test_a_scan_whose_negation_is_about_named_findings_or_that_shows_one_clears_nothing_else(ex, text, concept):
    assert status_of(ex(text), concept) is None


def test_a_scan_not_done_is_not_a_normal_scan(ex):
    e = ex("No abdominal ultrasound yet.")
    assert status_of(e, "ascites") is None


@pytest.mark.parametrize("text", [
    "Referred to haematology for paraprotein w/u.",
    "Sent for M-protein work-up.",
    "Plan: paraprotein workup next week.",
])
def test_a_finding_named_for_a_work_up_is_not_found(ex, text):
    assert status_of(ex(text), "m_protein") in ("uncertain", None)


@pytest.mark.parametrize("text", [
    "CT: sclerotic foci in the lumbar vertebral bodies (radiologist: ?bone islands).",
    "Pelvic CT: a sclerotic focus in the left iliac bone, ?bone island.",
])
def test_a_sclerotic_focus_queried_as_a_bone_island_at_the_end_of_the_line_is_uncertain(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "uncertain"


def test_a_bone_island_does_not_reach_back_over_earlier_findings(ex):
    e = ex("CT: small volume ascites, 6 mm sclerotic focus L1 - bone island vs blastic lesion.")
    assert status_of(e, "ascites") == "present"


@pytest.mark.parametrize("text", [
    "术前血常规、白蛋白均正常。",
    "FBC and albumin normal.",
])
def test_a_blood_count_listed_with_albumin_stated_normal_is_normal(ex, text):
    e = ex(text)
    assert status_of(e, "thrombocytosis") == "absent"


@pytest.mark.parametrize("text", [
    "Reduced reflexes. NCS normal.",
    "Exam: hyporeflexic. Nerve conduction studies normal.",
    "四肢腱反射减低。神经传导正常。",
    "查体：腱反射减弱，感觉正常。肌电图：神经传导速度及波幅正常。",
])
def test_reflexes_merely_reduced_do_not_outweigh_normal_nerve_conduction(ex, text):
    assert status_of(ex(text), "polyneuropathy") == "absent"


@pytest.mark.parametrize("text", [
    "Absent ankle jerks. NCS normal.",
    "腱反射消失，双足麻木。神经传导正常。",
])
def test_absent_reflexes_or_symptoms_keep_a_normal_study_from_excluding_the_neuropathy(ex, text):
    assert status_of(ex(text), "polyneuropathy") != "absent"


@pytest.mark.parametrize("text", [
    "四肢远端肌力3级，麻木同前。",
    "查体：双下肢远端肌力4级。",
    "Distal weakness in both legs.",
])
def test_graded_distal_weakness_of_both_legs_or_all_limbs_is_the_length_dependent_pattern(ex, text):
    assert status_of(ex(text), "symmetric_distal_sensory_symptoms") == "present"


@pytest.mark.parametrize("text", ["右下肢远端肌力4级。", "四肢近端肌力3级。", "四肢远端肌力5级。"])
def test_one_sided_proximal_or_normal_power_is_not_the_pattern(ex, text):
    assert status_of(ex(text), "symmetric_distal_sensory_symptoms") is None


@pytest.mark.parametrize("text", [
    "Skeletal survey: lytic lesions in skull and ribs.",
    "全身骨扫描CT：颅骨多发溶骨性病变。",
])
def test_bone_lesions_described_as_lytic_are_not_sclerotic(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "absent"


@pytest.mark.parametrize("text, status", [
    ("PET-CT: mixed lytic-sclerotic lesions in the pelvis.", "present"),
    ("Lytic lesion T5; ?sclerotic focus L2.", "uncertain"),
    ("Lytic lesion in T5 and a sclerotic lesion in the iliac wing.", "present"),
])
def test_a_sclerotic_lesion_stated_with_lytic_ones_keeps_its_status(ex, text, status):
    statuses = {f.status.value for f in ex(text).evidence.findings if f.concept == "sclerotic_bone_lesion"}
    assert statuses == {status}


@pytest.mark.parametrize("text, test", [
    ("骨CT拟查。", "bone_imaging"),
    ("拟查骨CT。", "bone_imaging"),
    ("血清VEGF拟查。", "serum_vegf"),
    ("眼底检查拟做。", "fundoscopy"),
])
def test_a_test_planned_is_not_done_yet(ex, text, test):
    assert {t.test: t.reason for t in ex(text).evidence.not_done}.get(test) == "not_done"


@pytest.mark.parametrize("text", [
    "No bony lesions on skeletal survey.",
    "No sclerotic lesions on the skeletal survey.",
])
def test_a_no_taken_in_by_a_finding_before_a_test_does_not_make_the_test_not_done(ex, text):
    e = ex(text)
    assert "bone_imaging" not in {t.test for t in e.evidence.not_done}
    assert status_of(e, "sclerotic_bone_lesion") == "absent"


@pytest.mark.parametrize("text", ["No skeletal survey yet.", "No papilledema; no bone CT."])
def test_a_test_negated_on_its_own_is_not_done(ex, text):
    assert "bone_imaging" in {t.test for t in ex(text).evidence.not_done}
