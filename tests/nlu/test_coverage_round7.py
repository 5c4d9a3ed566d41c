"""Round-7 coverage (sentences written for the tests, in the styles of Chinese hospital records
and mixed Chinese/English notes): how they negate, doubt and date the findings of the criteria:
signs not elicited (未引出), a structured field answered 否, lists closed by 均无/均未见, double
negation as doubt (未排除, 不能完全排除), equivocal grades ((+/-), ±), normal skin written 无殊,
and English abbreviations or negations next to Chinese words."""
import pytest

from conftest import spans_of, status_of


def states(extraction):
    return {f.concept: f.status.value for f in extraction.evidence.findings}


# ---------------------------------------------------------------- negation (zh)
@pytest.mark.parametrize("text, concept", [
    ("双下肢未引出水肿。", "peripheral_edema"),
    ("查体：腹软，移动性浊音未引出。", "ascites"),
    ("双下肢凹陷性水肿未引出", "peripheral_edema"),
    ("浅表淋巴结未扪及肿大。", "lymphadenopathy"),
    ("全身浅表淋巴结未及。", "lymphadenopathy"),
    ("无明显双下肢水肿。", "peripheral_edema"),
    ("腹部超声：肝胆脾未见明显异常。", "splenomegaly"),
    ("眼底无殊。", "papilledema"),
    ("血清免疫固定电泳阴性。", "serum_immunofixation"),
    ("脾大(-)", "splenomegaly"),
    ("肝大（-）", "hepatomegaly"),
    ("腹水(−)", "ascites"),
    ("否认皮肤变黑。", "hyperpigmentation"),
    ("眼科会诊排除视乳头水肿。", "papilledema"),
    ("除外淋巴结肿大。", "lymphadenopathy"),
    ("CT未提示脾大。", "splenomegaly"),
    ("腹部平软，肝脾未及，移动性浊音阴性", "ascites"),
    ("淋巴结肿大（-）", "lymphadenopathy"),
    ("眼底检查未见视乳头水肿", "papilledema"),
    ("双下肢不肿", "peripheral_edema"),
])
def test_chinese_negations(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text", ["皮肤无殊。", "皮肤：无殊", "皮肤黏膜无殊，未见色素沉着。", "皮肤粘膜无特殊"])
def test_skin_written_unremarkable(ex, text):
    assert status_of(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("脾大：否", "splenomegaly"),
    ("双下肢水肿：否。", "peripheral_edema"),
    ("视乳头水肿: 否\n", "papilledema"),
])
def test_a_structured_field_answered_no(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


def test_a_field_answered_yes_stays_present(ex):
    e = ex("脾大：是\n双下肢水肿：否")
    assert status_of(e, "splenomegaly") == "present"
    assert status_of(e, "peripheral_edema") == "absent"


# ---------------------------------------------------------------- negation across a list
@pytest.mark.parametrize("text, concepts", [
    ("脾大、淋巴结肿大均无", ["splenomegaly", "lymphadenopathy"]),
    ("腹水、胸腔积液均无。", ["ascites", "pleural_effusion"]),
    ("胸腹水、心包积液均未见。", ["ascites", "pericardial_effusion"]),
    ("脾大及淋巴结肿大均未见", ["splenomegaly", "lymphadenopathy"]),
    ("无肝脾肿大、淋巴结肿大及水肿。", ["lymphadenopathy", "peripheral_edema"]),
    ("无水肿、皮肤变黑及多毛", ["peripheral_edema", "hyperpigmentation", "hypertrichosis"]),
    ("皮肤色素沉着及多毛均阴性", ["hyperpigmentation", "hypertrichosis"]),
])
def test_a_negation_covers_the_whole_list(ex, text, concepts):
    e = ex(text)
    for concept in concepts:
        assert status_of(e, concept) == "absent", concept


@pytest.mark.parametrize("text, negated, present", [
    ("无脾大，λ轻链阳性", "splenomegaly", None),
    ("肝脾不大，但腹腔淋巴结肿大", "hepatosplenomegaly", "lymphadenopathy"),
    ("双下肢无水肿，但有色素沉着", "peripheral_edema", "hyperpigmentation"),
    ("查体：HSM（-），LN（-），双下肢水肿（+）。", "lymphadenopathy", "peripheral_edema"),
    ("双下肢水肿：无。皮肤：色素沉着（+）", "peripheral_edema", "hyperpigmentation"),
])
def test_a_negation_then_a_positive_in_one_sentence(ex, text, negated, present):
    e = ex(text)
    assert status_of(e, negated) == "absent"
    if present:
        assert status_of(e, present) == "present"


# ---------------------------------------------------------------- doubt
@pytest.mark.parametrize("text, concept", [
    ("视乳头水肿不除外。", "papilledema"),
    ("不能排除脾大。", "splenomegaly"),
    ("未排除视乳头水肿。", "papilledema"),
    ("尚未除外淋巴结肿大", "lymphadenopathy"),
    ("不能完全排除少量腹水", "ascites"),
    ("难以除外视盘水肿", "papilledema"),
    ("可疑视乳头水肿。", "papilledema"),
    ("脾大？", "splenomegaly"),
    ("视乳头水肿待排。", "papilledema"),
    ("考虑脾大可能。", "splenomegaly"),
    ("不排除腹水。", "ascites"),
])
def test_chinese_doubt_and_double_negation(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text", [
    "双下肢轻度水肿(+-)",
    "双下肢水肿(+/-)",
    "双下肢 edema (+/-)",
    "edema (+/-)",
    "Pedal oedema +/- on exam.",
    "Ankle oedema (±).",
])
def test_an_equivocal_grade_is_uncertain(ex, text):
    assert status_of(ex(text), "peripheral_edema") == "uncertain"


def test_a_value_with_a_spread_is_still_read(ex):
    e = ex("Platelets 450 +/- 20 x10^9/L")
    assert not e.evidence.findings or status_of(e, "thrombocytosis") != "uncertain"


# ---------------------------------------------------------------- history and family
@pytest.mark.parametrize("text, concept", [
    ("既往双下肢水肿。", "peripheral_edema"),
    ("曾有腹水。", "ascites"),
    ("2年前曾出现双下肢水肿，治疗后好转。", "peripheral_edema"),
])
def test_chinese_history(ex, text, concept):
    assert status_of(ex(text), concept) == "historical"


@pytest.mark.parametrize("text, concept", [
    ("其父有脾大。", "splenomegaly"),
    ("家族史：其母有水肿。", "peripheral_edema"),
])
def test_family_history_is_not_the_patient(ex, text, concept):
    assert status_of(ex(text), concept) in (None, "family")


# ---------------------------------------------------------------- English inside Chinese
@pytest.mark.parametrize("text, concept, state", [
    ("HSM (-)", "hepatosplenomegaly", "absent"),
    ("LN 未及", "lymphadenopathy", "absent"),
    ("papilledema 未见\n眼底视盘边界清", "papilledema", "absent"),
    ("skin: hyperpigmentation (+)", "hyperpigmentation", "present"),
    ("IFE: 阴性", "serum_immunofixation", "absent"),
    ("双下肢 edema (-)", "peripheral_edema", "absent"),
    ("no 腹水", "ascites", "absent"),
    ("without 视乳头水肿", "papilledema", "absent"),
    ("眼底: papilledema (−)", "papilledema", "absent"),
    ("PE: 皮肤 hyperpigmentation (-), 多毛 (-)", "hypertrichosis", "absent"),
    ("PE: 皮肤 hyperpigmentation (-), 多毛 (-)", "hyperpigmentation", "absent"),
    ("淋巴结 neg", "lymphadenopathy", "absent"),
    ("LAD 无\n", "lymphadenopathy", "absent"),
    ("Organomegaly: 无\n", "organomegaly", "absent"),
    ("脾大 negative", "splenomegaly", "absent"),
    ("VEGF 正常", "vegf_elevated", "absent"),
])
def test_english_and_chinese_side_by_side(ex, text, concept, state):
    assert status_of(ex(text), concept) == state


# ---------------------------------------------------------------- English words around Chinese findings
@pytest.mark.parametrize("text, concept", [
    ("No HSM or 水肿.", "peripheral_edema"),
    ("negative for 脾大、淋巴结肿大", "splenomegaly"),
    ("negative for 脾大、淋巴结肿大", "lymphadenopathy"),
    ("Pt denies 水肿。", "peripheral_edema"),
    ("no 双下肢水肿 or 腹水", "ascites"),
    ("No evidence of 视乳头水肿 on fundoscopy.", "papilledema"),
    ("no skin changes (色素沉着、多毛 均无)", "hypertrichosis"),
    ("HSM、LAD 均阴性", "lymphadenopathy"),
])
def test_an_english_negation_reaches_chinese_words(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept", [
    ("suspicious for 脾大", "splenomegaly"),
    ("Mild 腹水 cannot be excluded.", "ascites"),
    ("likely 视乳头水肿, to confirm", "papilledema"),
    ("视盘水肿 vs 假性视盘水肿", "papilledema"),
    ("? 视乳头水肿", "papilledema"),
    ("Fundi: ? papilloedema", "papilledema"),
    ("脾大? 待查", "splenomegaly"),
    ("轻微 edema? 待查", "peripheral_edema"),
])
def test_an_english_doubt_reaches_chinese_words(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text, concept", [
    ("曾有 HSM", "hepatosplenomegaly"),
    ("Hx of 腹水, resolved", "ascites"),
    ("既往 papilledema。", "papilledema"),
    ("previous 双下肢水肿", "peripheral_edema"),
])
def test_a_past_finding_across_a_space(ex, text, concept):
    assert status_of(ex(text), concept) == "historical"


@pytest.mark.parametrize("text, concept", [
    ("Mother has 水肿", "peripheral_edema"),
    ("family hx: 父亲 肝大", "hepatomegaly"),
])
def test_a_relative_named_in_english_or_before_a_space(ex, text, concept):
    assert status_of(ex(text), concept) in (None, "family")


def test_the_patient_after_a_relative_in_another_sentence_is_the_patient(ex):
    e = ex("Mother has diabetes. 患者双下肢水肿。")
    assert status_of(e, "peripheral_edema") == "present"


# ---------------------------------------------------------------- a minus standing alone
@pytest.mark.parametrize("text, concept", [
    ("Ascites: -\nEdema: 2+\n", "ascites"),
    ("Exam: ascites -, edema 2+\n", "ascites"),
    ("腹水: -\n双下肢水肿: +\n", "ascites"),
    ("LN -，HSM -", "lymphadenopathy"),
])
def test_a_minus_closing_a_field_is_a_negative(ex, text, concept):
    e = ex(text)
    assert status_of(e, concept) == "absent"
    assert status_of(e, "peripheral_edema") in (None, "present")


@pytest.mark.parametrize("text, concept", [
    ("Splenomegaly - mild.", "splenomegaly"),
    ("脾大 - 轻度", "splenomegaly"),
    ("双下肢水肿 - 2+", "peripheral_edema"),
])
def test_a_dash_between_words_is_not_a_negative(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


# ---------------------------------------------------------------- English lists inside Chinese notes
@pytest.mark.parametrize("text, concepts", [
    ("No HSM or 水肿.", ["hepatosplenomegaly", "peripheral_edema"]),
    ("No LAD, HSM or 水肿", ["lymphadenopathy", "hepatosplenomegaly", "peripheral_edema"]),
    ("no HSM nor 腹水", ["hepatosplenomegaly", "ascites"]),
])
def test_an_english_list_with_or_reaches_its_chinese_item(ex, text, concepts):
    e = ex(text)
    for concept in concepts:
        assert status_of(e, concept) == "absent", concept


@pytest.mark.parametrize("text, concept", [
    ("无水肿，脾大", "splenomegaly"),
    ("无水肿, 脾大", "splenomegaly"),
    ("No fever 脾大明显", "splenomegaly"),
    ("HSM or 水肿 present", "peripheral_edema"),
    ("no change in 双下肢水肿", "peripheral_edema"),
    ("prior to admission 双下肢水肿", "peripheral_edema"),
    ("a 6-month history of 双下肢水肿", "peripheral_edema"),
])
def test_a_chinese_clause_after_an_english_one_keeps_its_finding(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


# ---------------------------------------------------------------- report wording (zh)
@pytest.mark.parametrize("text, concept", [
    ("脾脏形态、大小正常", "splenomegaly"),
    ("肝脏大小、形态正常", "hepatomegaly"),
    ("肝脏形态大小未见异常，回声均匀", "hepatomegaly"),
    ("腹腔内未见游离液体", "ascites"),
    ("腹腔未见明显液性暗区", "ascites"),
    ("心包腔未见明显液性暗区", "pericardial_effusion"),
    ("双侧胸腔内未探及液性暗区", "pleural_effusion"),
    ("血小板正常", "thrombocytosis"),
    ("血小板计数在正常范围。", "thrombocytosis"),
    ("血红蛋白不高", "polycythemia"),
])
def test_report_wording_of_a_normal_finding(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concept", [
    ("腹腔可见液性暗区", "ascites"),
    ("腹腔内可见游离液性暗区，深约3cm", "ascites"),
    ("心包腔内探及少量液性暗区", "pericardial_effusion"),
    ("血小板正常，血红蛋白升高", "polycythemia"),
])
def test_report_wording_of_a_finding_present(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


def test_a_size_stated_with_a_value_is_not_read_as_normal(ex):
    assert status_of(ex("脾脏大小14cm，形态正常"), "splenomegaly") != "absent"


@pytest.mark.parametrize("text, concept", [
    ("无皮肤颜色改变", "skin_changes"),
    ("皮肤颜色无变化", "skin_changes"),
    ("骨髓涂片未见异常浆细胞", "clonal_plasma_cells_flow"),
    ("血清蛋白电泳未见异常区带", "m_spike"),
])
def test_negated_words_that_share_a_character_with_the_finding(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text", ["利尿治疗后未再出现水肿。", "此后再未出现双下肢水肿"])
def test_a_finding_that_has_not_come_back_is_not_present(ex, text):
    assert status_of(ex(text), "peripheral_edema") not in (None, "present")


def test_a_finding_that_has_not_worsened_is_still_present(ex):
    assert status_of(ex("双下肢水肿，未再加重"), "peripheral_edema") == "present"


# ---------------------------------------------------------------- English letters
@pytest.mark.parametrize("text", [
    "Legs not swollen.",
    "Her ankles are not swollen today.",
    "Oedema has not been a feature.",
    "Peripheral oedema was not a feature at any stage.",
])
def test_english_letter_negations_of_oedema(ex, text):
    assert status_of(ex(text), "peripheral_edema") == "absent"


def test_a_feature_stated_prominent_stays_present(ex):
    assert status_of(ex("Oedema has been a prominent feature."), "peripheral_edema") == "present"


# ---------------------------------------------------------------- from dev batch 15 (general forms)
@pytest.mark.parametrize("text", [
    "Ultrasound: spleen 13 cm, splenomegaly cannot be excluded.",
    "脾脏饱满，脾大不除外。",
    "脾 borderline 12.5cm, 脾大不能排除。",
])
def test_a_finding_restated_then_doubted_is_in_doubt(ex, text):
    assert status_of(ex(text), "splenomegaly") == "uncertain"


def test_a_finding_restated_without_doubt_stays_present(ex):
    assert status_of(ex("Spleen 14 cm; splenomegaly confirmed."), "splenomegaly") == "present"


@pytest.mark.parametrize("text", ["家族史：其兄有\"肝脾大\"（具体不详）。", "其姐患脾大。", "舅舅有肝大病史"])
def test_relatives_in_chinese(ex, text):
    e = ex(text)
    assert all(f.status.value in ("family",) for f in e.evidence.findings) or not e.evidence.findings


@pytest.mark.parametrize("text, concept", [
    ("曾有少量胸腔积液，治疗后好转。", "pleural_effusion"),
    ("既往双下肢水肿，利尿后好转", "peripheral_edema"),
])
def test_a_past_finding_improved_after_treatment_is_not_present(ex, text, concept):
    assert status_of(ex(text), concept) not in (None, "present")


@pytest.mark.parametrize("text", ["Skin 无殊。", "skin: 未见异常", "Skin 正常"])
def test_an_english_skin_heading_with_a_chinese_normal(ex, text):
    assert status_of(ex(text), "skin_changes") == "absent"


def test_an_english_skin_heading_with_a_chinese_finding(ex):
    assert status_of(ex("Skin 色素沉着"), "hyperpigmentation") == "present"


@pytest.mark.parametrize("text, concept", [
    ("血常规 WNL。", "thrombocytosis"),
    ("脾 normal size", "splenomegaly"),
])
def test_a_chinese_word_then_an_english_normal(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text", ["PET-CT：未提示骨质破坏或硬化。", "未见溶骨或硬化性改变"])
def test_sclerosis_as_the_second_of_a_pair_of_bone_lesions(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("视盘水肿 ? 待眼科会诊。", "papilledema"),
    ("血IFE 可疑 IgA λ 小M峰", "m_spike"),
])
def test_doubt_between_spaces(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


def test_two_skin_signs_negated_in_an_item_after_a_semicolon(ex):
    e = ex("查体：双下肢凹陷性水肿 (++)；皮肤 no hyperpigmentation, 无血管瘤。")
    assert status_of(e, "skin_changes") == "absent"
    assert status_of(e, "peripheral_edema") == "present"


def test_castleman_stated_not_matching_is_absent(ex):
    assert status_of(ex("淋巴结病理：不符合Castleman病"), "castleman_disease") == "absent"


def test_a_negation_covers_a_long_list_of_skin_signs(ex):
    assert status_of(ex("查体：皮肤未见色素沉着、多毛、血管瘤、白甲。"), "white_nails") == "absent"


# ---------------------------------------------------------------- skin in everyday Chinese
@pytest.mark.parametrize("text, concept", [
    ("皮肤暗沉半年", "hyperpigmentation"),
    ("肤色较前明显变深", "hyperpigmentation"),
    ("皮肤颜色逐渐加深", "hyperpigmentation"),
    ("全身皮肤色深", "hyperpigmentation"),
    ("手指末端发绀", "acrocyanosis"),
    ("体毛浓密", "hypertrichosis"),
])
def test_skin_signs_in_everyday_chinese(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text, concept", [("无皮肤暗沉", "hyperpigmentation"), ("否认肤色变深", "hyperpigmentation")])
def test_skin_signs_in_everyday_chinese_negated(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


def test_other_colours_darkening_are_not_skin(ex):
    assert ex("尿色加深").evidence.findings == []


@pytest.mark.parametrize("text", ["脏器无肿大", "查体：脏器未见明显肿大。"])
def test_organs_stated_not_enlarged(ex, text):
    assert status_of(ex(text), "organomegaly") == "absent"


# ---------------------------------------------------------------- a negation closing the note
@pytest.mark.parametrize("text, concept", [
    ("papilledema 未见", "papilledema"),
    ("查体：LAD 无", "lymphadenopathy"),
    ("Organomegaly: 无", "organomegaly"),
    ("pleural effusion 未见", "pleural_effusion"),
    ("edema: 无", "peripheral_edema"),
])
def test_a_negation_after_a_space_at_the_end_of_the_note(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


def test_a_negation_of_the_next_finding_leaves_the_first_alone(ex):
    e = ex("脾大 no ascites")
    assert status_of(e, "splenomegaly") == "present"
    assert status_of(e, "ascites") == "absent"


@pytest.mark.parametrize("text, concepts", [
    ("胸水/腹水：无。", ["pleural_effusion", "ascites"]),
    ("水肿、腹水：无。", ["peripheral_edema", "ascites"]),
    ("肝脾/淋巴结: 均无", ["hepatosplenomegaly", "lymphadenopathy"]),
])
def test_a_field_answered_no_covers_every_item_of_its_name(ex, text, concepts):
    e = ex(text)
    for concept in concepts:
        assert status_of(e, concept) == "absent", concept


def test_fields_answered_differently_keep_their_answers(ex):
    e = ex("水肿：有；腹水：无")
    assert status_of(e, "peripheral_edema") == "present"
    assert status_of(e, "ascites") == "absent"


def test_a_field_heading_before_a_forward_negation_is_not_an_answer(ex):
    e = ex("查体：双下肢凹陷性水肿。皮肤：无色素沉着，多毛明显。")
    assert status_of(e, "peripheral_edema") == "present"
    assert status_of(e, "hyperpigmentation") == "absent"
    assert status_of(e, "hypertrichosis") == "present"


@pytest.mark.parametrize("text", ["Ext: no c/c/e.", "EXT: no C/C/E", "Extremities: No CCE"])
def test_the_clubbing_cyanosis_edema_shorthand_negated(ex, text):
    assert status_of(ex(text), "peripheral_edema") == "absent"


def test_clubbing_and_cyanosis_negated_alone_leave_the_oedema(ex):
    assert status_of(ex("Ext: 2+ pitting edema, no c/c"), "peripheral_edema") == "present"


@pytest.mark.parametrize("text, concept", [
    ("似有脾大", "splenomegaly"),
    ("疑有视乳头水肿", "papilledema"),
    ("B超似见少量腹水", "ascites"),
])
def test_seeming_and_suspected_findings_are_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"
