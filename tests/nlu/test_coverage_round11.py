"""Round-11 coverage (sentences written for the tests): Chinese "nothing abnormal found" after an
examination, the rest of an examination stated normal, bedridden as a loss of walking, and a bone
study still to be done (表2)."""
import pytest

from conftest import criterion, not_done, status_of


@pytest.mark.parametrize("text", [
    "眼底检查未提示异常。",
    "眼底检查未发现异常。",
    "眼科会诊：眼底未显示异常。",
    "眼底检查未发现明显异常，随访。",
    "眼底 未提示异常",
    "眼底 未见明显异常",
])
def test_a_fundus_with_nothing_abnormal_found_has_no_papilloedema(ex, text):
    assert criterion(ex(text), "papilledema") == "absent"


@pytest.mark.parametrize("text", [
    "腹部超声未提示异常。",
    "腹部彩超未发现明显异常。",
    "腹部CT未显示异常。",
])
def test_an_abdominal_scan_with_nothing_abnormal_found_clears_liver_spleen_and_fluid(ex, text):
    e = ex(text)
    for concept in ("hepatomegaly", "splenomegaly", "ascites"):
        assert status_of(e, concept) == "absent"


@pytest.mark.parametrize("text", [
    "腹部B超：肝脾 未发现异常",
    "腹部B超：肝脾未提示异常。",
    "腹部B超：肝脾 未见明显异常",
])
def test_liver_and_spleen_with_nothing_abnormal_found_are_not_enlarged(ex, text):
    assert status_of(ex(text), "hepatosplenomegaly") == "absent"


@pytest.mark.parametrize("text, name", [
    ("神经传导检查未发现异常。", "polyneuropathy"),
    ("肌电图未提示明显异常。", "polyneuropathy"),
    ("血常规未发现异常。", "thrombocytosis_polycythemia"),
    ("骨窗CT未提示异常。", "sclerotic_bone_lesions"),  # not a bone scan: it clears nothing (test_bone_scintigraphy_normal.py)
])
def test_a_study_with_nothing_abnormal_found_is_normal(ex, text, name):
    assert criterion(ex(text), name) == "absent"


@pytest.mark.parametrize("text, concept", [
    ("骨髓流式未发现异常浆细胞。", "clonal_plasma_cells_flow"),
    ("骨髓流式细胞术未提示异常浆细胞。", "clonal_plasma_cells_flow"),
    ("蛋白电泳未显示异常条带。", "m_spike"),
    ("免疫固定电泳未发现异常区带。", "m_spike"),
])
def test_nothing_abnormal_found_before_an_abnormal_finding_negates_it(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, name", [
    ("双下肢麻木，肌电图未发现异常。", "polyneuropathy"),
    ("脾大，余未发现异常。", "organomegaly"),
    ("双下肢水肿，腹部超声未发现异常。", "extravascular_volume_overload"),
])
def test_nothing_abnormal_found_in_the_next_clause_keeps_a_finding_stated_before(ex, text, name):
    assert criterion(ex(text), name) == "present"


@pytest.mark.parametrize("text, name", [
    ("Hyperpigmented skin rest of exam unremarkable.", "skin_changes"),
    ("Hepatomegaly rest of the examination normal.", "organomegaly"),
    ("O/E: splenomegaly - rest of exam NAD.", "organomegaly"),
    ("Papilloedema bilaterally (rest of the fundus normal).", "papilledema"),
    ("Hepatomegaly, rest NAD.", "organomegaly"),
    ("Splenomegaly remainder unremarkable", "organomegaly"),
    ("Diffuse hyperpigmentation, remaining skin exam normal.", "skin_changes"),
    ("White nails; the rest of the skin unremarkable.", "skin_changes"),
    ("Pitting ankle oedema. The remainder of the examination was normal.", "extravascular_volume_overload"),
    ("肝大余未见异常。", "organomegaly"),
    ("双下肢水肿余无殊。", "extravascular_volume_overload"),
    ("脾大余正常。", "organomegaly"),
    ("皮肤色素沉着，余皮肤未见异常。", "skin_changes"),
])
def test_the_rest_stated_normal_keeps_a_finding_stated_before(ex, text, name):
    assert criterion(ex(text), name) == "present"


@pytest.mark.parametrize("text", [
    "Remaining skin exam normal.",
    "The rest of the skin was unremarkable.",
    "余皮肤未见异常。",
    "Chronic psoriatic plaques on both knees; there are no other skin lesions.",
    "Purpura on the shins, no other skin changes.",
    "双手背白癜风，余皮肤未见异常。",
])
def test_the_rest_of_the_skin_normal_with_no_poems_sign_stated_is_no_skin_change(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    "Hyperpigmentation of the trunk; no other skin changes.",
    "双下肢色素沉着，余皮肤未见异常。",
    "White nails? No other skin changes.",
])
def test_no_other_skin_change_after_a_poems_sign_says_nothing_more(ex, text):
    assert criterion(ex(text), "skin_changes") != "absent"


@pytest.mark.parametrize("text, concept", [
    ("Dyspnoea at rest, no oedema.", "peripheral_edema"),
    ("On bed rest; no ascites.", "ascites"),
    ("Skin: no hyperpigmentation, rest normal.", "hyperpigmentation"),
    ("无肝大，余未见异常。", "hepatomegaly"),
])
def test_a_negation_before_the_rest_still_holds(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text", [
    "双下肢麻木无力半年，近1月卧床。",
    "四肢末梢型感觉减退，现卧床不起。",
    "Numbness of both feet for a year, now bedridden.",
    "Glove-and-stocking sensory loss; confined to bed for a month.",
    "Distal symmetric sensory loss, bed-bound since March.",
])
def test_bedridden_with_other_neuropathic_evidence_is_a_loss_of_walking(ex, text):
    e = ex(text)
    assert "present" in [f.status.value for f in e.evidence.findings
                         if f.concept == "distal_numbness_weakness"]


@pytest.mark.parametrize("text", [
    "长期卧床。",
    "脑梗死后卧床，双足麻木。",
    "Bedridden for two months after a hip fracture; numb feet.",
    "Bed-bound since March.",
    "嘱卧床休息，双下肢麻木。",
    "卧床休息。",
])
def test_bedridden_alone_or_with_another_cause_is_not_a_neuropathy_finding(ex, text):
    assert "present" not in [f.status.value for f in ex(text).evidence.findings
                             if f.concept == "distal_numbness_weakness"]


@pytest.mark.parametrize("text", [
    "骨CT待查。",
    "PET-CT待查，双下肢水肿。",
    "全身骨扫描 待查",
    "骨扫描待进一步检查。",
    "低剂量CT待检。",
    "Skeletal survey yet to be done.",
    "Bone survey not yet arranged.",
    "Whole-body low-dose CT is planned.",
    "Skeletal survey still to be arranged.",
])
def test_a_bone_study_still_to_be_done_leaves_the_lesions_unknown(ex, text):
    e = ex(text)
    assert not_done(e).get("bone_imaging") in ("not_done", "pending")
    assert criterion(e, "sclerotic_bone_lesions") == "unknown"


@pytest.mark.parametrize("text, concept", [
    ("肝大待查。", "hepatomegaly"),
    ("M蛋白待查。", "m_protein"),
])
def test_a_finding_to_be_examined_stays_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


# the stretch of text around a span between separator matches (nlu.components._text.stretch),
# written once for the passes that bound a sentence, a clause or a paragraph
_SEPARATORS = [r"[。;；\n!?！？]|\.(?:\s|$)", r"\n[ \t]*\n", r"[,，;；。\n]", r"[。;；\n!！?？]|\.(?!\d)"]
_TEXTS = [
    "", "no separator at all", "双下肢麻木。坐轮椅；脑梗死后。\n\nUnable to walk. Numb feet!",
    "Skin: no hyperpigmentation, no haemangioma.\nFundi: discs 1.5 mm. 视盘边界清，无水肿",
]


@pytest.mark.parametrize("separator", _SEPARATORS)
@pytest.mark.parametrize("reach", [None, 3, 16, 200])
def test_the_stretch_is_the_text_between_the_separators_around_a_span(separator, reach):
    import re

    from nlu.components._text import stretch

    pattern = re.compile(separator)
    for text in _TEXTS:
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 4) + 1):
                lo0 = 0 if reach is None else max(0, start - reach)
                lo = max((m.end() for m in pattern.finditer(text, lo0, start)), default=lo0)
                hi = pattern.search(text, end)
                hi = hi.start() if hi else (len(text) if reach is None else min(len(text), end + reach))
                assert stretch(text, start, end, pattern, reach) == (lo, hi)


@pytest.mark.parametrize("text", [
    "Impression: cervical myelopathy. No evidence of peripheral neuropathy. He reports numb hands and feet.",
    "Diagnosis: motor neurone disease; there is no evidence of a polyneuropathy. Bilateral foot drop and wasting of the calves.",
    "Spinal claudication: his feet go numb after 100 m. Examination is not consistent with a neuropathy.",
    "诊断：腰椎管狭窄症，不支持周围神经病。行走后双足麻木。",
    "双下肢无力、肌肉萎缩，肌电图广泛神经源性损害。结论：运动神经元病，不支持周围神经病。",
    "颈椎病。四肢麻木，双手肌萎缩；目前无周围神经病证据。",
    "Numb clumsy hands, Hoffmann positive. NCS/EMG: no evidence of a peripheral neuropathy.",
    "肌电图：神经传导速度及波幅正常，不支持周围神经病；双手麻木、踩棉花感。",
    "NCS: a right peroneal and a left ulnar mononeuropathy; not a length-dependent polyneuropathy. Foot drop.",
])
def test_a_neuropathy_ruled_out_in_a_conclusion_outweighs_the_features_that_only_fit_it(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "absent"


@pytest.mark.parametrize("text", [
    "Nerve conduction studies normal; burning feet and numb toes for a year.",
    "Demyelinating polyneuropathy with uniform slowing. No evidence of a paraneoplastic neuropathy.",
    "PMH: diabetes, no neuropathy. Now numb feet for three months.",
    "肌电图未见异常，双足麻木、烧灼感一年。",
    "多发性周围神经病，脱髓鞘为主；不支持遗传性周围神经病。",
])
def test_a_neuropathy_named_or_a_test_merely_normal_keeps_the_symptoms(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Serum and urine IFE negative. FLC ratio raised, in keeping with CKD; no evidence of a monoclonal gammopathy.",
    "血清免疫固定电泳阴性，游离轻链比值升高，考虑与肾功能不全相关，未见单克隆证据。",
])
def test_an_flc_ratio_explained_away_with_no_monoclonal_evidence_is_not_a_clone(ex, text):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") != "present"


@pytest.mark.parametrize("text", [
    "IFE: IgA lambda paraprotein. FLC ratio abnormal. No evidence of a monoclonal gammopathy in the urine.",
    "游离轻链比值降低（0.12），血清免疫固定电泳：IgG-λ；尿未见单克隆证据。",
])
def test_a_monoclonal_result_shown_keeps_the_criterion(ex, text):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text", [
    "腹部B超：肝、脾大小形态正常。",
    "肝脾形态大小未见异常。",
    "超声示肝及脾脏大小正常。",
])
def test_liver_and_spleen_named_together_with_a_normal_size_are_not_enlarged(ex, text):
    assert status_of(ex(text), "hepatosplenomegaly") == "absent"


def test_liver_spleen_and_nodes_all_normal_make_no_organomegaly(ex):
    e = ex("腹部CT：肝、脾形态大小正常，腹膜后未见肿大淋巴结；浅表淋巴结未触及肿大。")
    assert criterion(e, "organomegaly") == "absent"


@pytest.mark.parametrize("text", [
    "她皮肤没有变黑，身上也没长毛。",
    "汗毛没有变粗，皮肤也没变黑。",
    "皮肤也没有相关改变。",
    "查体：皮肤亦无明显改变。",
])
def test_skin_changes_denied_in_plain_words_leave_no_skin_changes(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    "这一年他胳膊上的汗毛变得又长又黑。",
    "体毛越来越多。",
    "妈妈的皮肤变得越来越黑。",
    "脸上像晒黑了似的。",
])
def test_skin_changes_told_in_plain_words_are_present(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "CT: a mesenteric nodal mass of 5 cm.",
    "PET-CT showed bulky retroperitoneal nodes.",
    "Enlarged para-aortic nodes on CT.",
])
def test_a_nodal_mass_is_a_lymph_node_enlargement(ex, text):
    assert criterion(ex(text), "organomegaly") == "present"


@pytest.mark.parametrize("text", [
    "查体：双下肢凹陷性水肿，双侧跟腱反射消失。",
    "双下肢 pitting edema，膝反射消失。",
    "双下肢水肿，足背动脉搏动消失。",
    "右侧胸腔积液，右下肺呼吸音消失。",
])
def test_a_sign_absent_after_a_comma_does_not_resolve_the_finding_before(ex, text):
    assert criterion(ex(text), "extravascular_volume_overload") == "present"


def test_a_finding_that_went_away_after_a_comma_is_still_past(ex):
    assert status_of(ex("双下肢水肿，利尿后消失。"), "peripheral_edema") == "historical"


@pytest.mark.parametrize("text", [
    "CT：T11 椎体 4 mm 高密度灶，?bone island，建议随访。",
    "骨盆CT：右髂骨高密度灶，考虑骨岛。",
    "腰椎CT：L3 高密度灶，骨岛可能。",
])
def test_a_dense_focus_read_as_a_possible_bone_island_is_in_doubt(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "unknown"


@pytest.mark.parametrize("text", [
    "CT: 4 mm sclerotic focus in T11, probably a bone island.",
    "Sclerotic focus in the left ilium, in keeping with a bone island.",
    "Sclerotic lesion in L2 (likely a bone island).",
])
def test_a_sclerotic_focus_read_as_a_likely_bone_island_is_in_doubt(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "unknown"


def test_lesions_beside_a_separate_bone_island_stay_present(ex):
    text = "Multiple sclerotic lesions in the pelvis; a separate 3 mm focus in T4 is probably a bone island."
    assert criterion(ex(text), "sclerotic_bone_lesions") == "present"


@pytest.mark.parametrize("text", [
    "CT: sclerotic focus at T9, not a bone island.",
    "Sclerotic lesion in the right ilium (not a bone island per the radiologist).",
])
def test_a_sclerotic_focus_said_not_to_be_a_bone_island_is_present(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "present"


@pytest.mark.parametrize("text", [
    "年轻时有雷诺现象，此后未再发作。",
    "小时候有 Raynaud，近二十年无发作。",
    "Raynaud's phenomenon as a teenager, no attacks since.",
    "Raynaud phenomenon in his youth, no episodes for years.",
])
def test_raynaud_long_past_without_attacks_is_not_a_skin_change_now(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text, name", [
    ("雷诺现象，冬季加重。", "skin_changes"),
    ("Raynaud phenomenon in the hands every winter.", "skin_changes"),
    ("双下肢水肿，近期无发作性胸痛。", "extravascular_volume_overload"),
])
def test_a_current_finding_stays_present(ex, text, name):
    assert criterion(ex(text), name) == "present"


@pytest.mark.parametrize("text", [
    "Haematology arranged a skeletal survey, which was normal.",
    "He had a whole-body low-dose CT, which was unremarkable.",
])
def test_a_study_normal_in_a_relative_clause_is_normal(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "absent"


@pytest.mark.parametrize("text", [
    "颈后及腋下皮肤增厚、色素加深，考虑黑棘皮病。",
    "面部色素沉着，符合黄褐斑。",
    "Darkened, thickened skin in both axillae, in keeping with acanthosis nigricans.",
])
def test_a_skin_sign_put_down_to_another_skin_disease_says_nothing(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "全身皮肤色素沉着，双下肢水肿。",
    "Diffuse hyperpigmentation; acanthosis nigricans was considered but the pattern is generalised.",
])
def test_a_skin_sign_without_another_cause_is_present(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Her skin hasn't darkened and she has no extra hair growth.",
    "His skin has not got darker; no new hair growth.",
])
def test_skin_changes_denied_in_plain_english_leave_no_skin_changes(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    "His body hair became coarser last year.",
    "Her leg hair has grown thicker.",
])
def test_hair_grown_coarser_in_plain_english_is_present(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "复查CRP、Hb、PLT均正常。",
    "血红蛋白、血小板均正常。",
    "血常规：WBC、HGB、PLT 均正常。",
])
def test_the_counts_named_in_a_list_stated_normal_are_not_high(ex, text):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == "absent"


@pytest.mark.parametrize("text", [
    "血小板 620×10^9/L，血红蛋白正常。",
    "Hb 180 g/L（正常值 130-175），PLT 正常。",
])
def test_a_high_count_beside_a_normal_one_stays_high(ex, text):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == "present"


def test_a_low_platelet_count_is_not_a_normal_one(ex):
    assert status_of(ex("血小板减少。"), "thrombocytosis") is None
