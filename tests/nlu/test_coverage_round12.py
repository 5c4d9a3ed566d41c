"""Round-12 coverage (sentences written for the tests, not taken from the corpus): skin changes of
表2 in the words of case reports, nursing and dermatology notes, examination headings and relatives
(white nail beds, darkening, purple-red angiomas, woody skin, acrocyanosis, facial lipoatrophy,
plethora), angiomas put down to age or to bleeding, the rest of the skin stated normal after
"otherwise", polyneuropathy graded or bounded in words (reflexes under a heading, ankle
dorsiflexion graded on both sides, sensory loss below the knees, 两只脚都麻), paraprotein
neuropathies named as one word, and a monoclonal test asked about or asked for (not a result)."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text", [
    "Her nail beds were white.",
    "Nails: white, no clubbing.",
    "Nails - whitish.",
    "Fingernail beds are white bilaterally.",
    "Nail plates that were milky white.",
    "Whitening of the nail beds of all ten fingers.",
    "双手指甲都白了。",
    "十指甲床呈白色。",
    "趾甲近端1/2呈乳白色。",
    "甲板白色，无光泽。",
])
def test_white_nails_in_words_and_headings(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Nails: pink.",
    "甲床红润。",
    "指甲颜色正常。",
    "指甲没有变白。",
])
def test_nails_of_normal_colour_are_not_white_nails(ex, text):
    assert status_of(ex(text), "white_nails") in (None, "absent")


@pytest.mark.parametrize("text", [
    "Gradual darkening of his complexion over a year.",
    "Skin darker than it used to be.",
    "Skin bronzed on the face and neck.",
    "She has become noticeably darker, her sister says.",
    "He looks tanned although he never goes out.",
    "人比去年黑了。",
    "他脸晒得黑了，其实没怎么出门。",
    "家属说他人越来越黑。",
])
def test_skin_darkening_in_plain_words(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "His urine has become darker.",
    "The stools have become darker.",
    "大便越来越黑。",
])
def test_darker_urine_or_stool_is_not_skin(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "Scattered violaceous papules on the back.",
    "Two small purple-red domed nodules on the abdomen.",
    "Bright red, dome-shaped papules on the chest.",
    "Reddish-purple papules over the flanks.",
    "胸背部数枚紫红色小结节。",
    "这半年身上长出一些小红点。",
])
def test_angiomas_in_colour_words(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Tender red nodules on both shins, erythema nodosum.",
    "小腿伸侧多个红色结节，有压痛，考虑结节性红斑。",
])
def test_tender_red_nodules_are_not_angiomas(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "Several cherry angiomas on the back, in keeping with age.",
    "Campbell de Morgan spots on the chest, age-related.",
    "背部散在樱桃状血管瘤，符合老年性改变。",
    "前胸数个红痣，与年龄相关。",
    "身上长了些小红点，考虑出血点。",
])
def test_angiomas_put_down_to_age_or_bleeding_say_nothing(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "Campbell de Morgan spots on the chest, typical for her age; skin otherwise normal.",
    "A few senile angiomas, in keeping with age; the skin was otherwise unremarkable.",
    "背部散在樱桃状血管瘤，考虑与年龄相关；余皮肤未见异常。",
])
def test_age_angiomas_with_the_rest_of_the_skin_normal_is_a_normal_skin(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    "Cherry angiomas over the trunk; skin otherwise normal.",
    "Diffuse hyperpigmentation; skin otherwise unremarkable.",
])
def test_a_poems_sign_with_the_skin_otherwise_normal_is_present(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Woody induration of the calves.",
    "The forearms have a woody feel.",
    "Tight, shiny skin over the dorsum of both feet.",
    "Bound-down skin on the backs of the hands.",
    "双前臂皮肤干燥、发硬。",
    "手背皮肤弹性差、变厚。",
    "小腿皮肤呈木板样，不易捏起。",
])
def test_skin_thickening_in_texture_words(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Cyanosis of both hands and the toes.",
    "Toes were dusky and cold.",
    "The fingertips look bluish.",
    "脚趾头发紫，遇冷明显。",
    "双手指尖呈青紫色。",
])
def test_acrocyanosis_in_words(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Facial fat loss over two months.",
    "Rapid-onset lipoatrophy of the cheeks.",
    "Loss of buccal fat pads.",
    "面部脂肪迅速减少，面颊凹陷。",
    "颞部脂肪萎缩。",
    "Erythematous facies.",
    "Red cheeks on examination.",
    "Sallow complexion.",
    "Abundant dark hair on both forearms.",
    "腿上的毛也多了。",
])
def test_lipoatrophy_plethora_and_hair_in_other_words(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "No skin or nail changes.",
    "Skin and nail abnormalities: none.",
    "Skin otherwise NAD.",
])
def test_skin_and_nails_stated_normal(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    "Tendon reflexes: absent in all four limbs.",
    "DTR: 0 throughout.",
    "Ankle jerks - absent.",
    "Great toe extension 4/5 bilaterally and areflexia.",
    "4/5 ankle dorsiflexion bilat.",
    "Ankle dorsiflexion MRC 3/5 bilaterally.",
    "Impaired sensation distal to the knees.",
    "Decreased pinprick up to the mid-calves.",
    "Diminished sensation below the ankles.",
    "两条腿一直发麻。",
    "两脚底板都麻。",
    "Distal sensorimotor symptoms for two years.",
])
def test_polyneuropathy_graded_or_bounded_in_words(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Ankle dorsiflexion 4/5 on the left.",
    "Reduced sensation in the right hand.",
    "Numbness of the left foot only.",
])
def test_one_sided_signs_are_not_a_polyneuropathy(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "unknown"


@pytest.mark.parametrize("text", [
    "Known IgM-related neuropathy, followed in clinic.",
    "MAG neuropathy with an IgM kappa band.",
    "IgM相关周围神经病，随访中。",
])
def test_a_paraprotein_neuropathy_named_as_one_word_is_a_polyneuropathy(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Neurology asked about a paraprotein.",
    "The GP enquired about an M-protein.",
    "医生让查M蛋白。",
    "需要查一下M蛋白。",
])
def test_a_monoclonal_finding_asked_for_is_not_a_result(ex, text):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == "unknown"


@pytest.mark.parametrize("text", [
    "Immunofixation was rechecked and remains negative; FLC ratio 0.95.",
    "Serum IFE was repeated and is negative, FLC ratio 1.2.",
])
def test_a_test_repeated_and_negative_is_negative(ex, text):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == "absent"


@pytest.mark.parametrize("text", [
    "大便颜色黑了两天。",
    "病人大便黑了。",
])
def test_black_stool_in_lay_words_is_not_skin(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "Blue-tinged toes on both feet.",
    "Cyanosed peripheries despite normal saturations.",
    "Excess terminal hair over the shins.",
    "Slate-gray skin on the face.",
    "Skin color: brown, darker than her siblings'.",
    "Sclerodermiform changes of the forearms.",
    "Small vascular papules over the upper back.",
    "Triphasic color changes of the fingers in winter.",
    "Nailbed whitish on every finger.",
    "Facial erythrocyanosis.",
])
def test_skin_signs_in_report_and_consult_words(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Skin: nil of note.",
    "Skin clear; nails pink.",
    "No dermatologic abnormalities.",
    "No cutaneous features of POEMS.",
    "皮肤：无，指甲：无。",
    "皮肤及指甲未见异常。",
    "皮肤粘膜：未见明显异常。",
    "未见POEMS相关皮肤改变。",
])
def test_skin_stated_normal_under_a_heading_or_in_a_conclusion(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    "皮肤：无色素沉着。",
    "皮肤：无多毛。",
])
def test_one_sign_negated_after_the_skin_heading_is_not_a_normal_skin(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "面部皮肤晦暗，无光泽。",
    "皮肤：颜色深，汗毛多。",
    "汗毛粗硬，以小腿为著。",
    "胸前散在樱桃色斑点。",
    "面色偏红，口唇暗红。",
    "双手Terry指甲。",
    "指甲白色，甲半月弧消失。",
    "遇冷后双手指苍白，继而青紫。",
])
def test_chinese_skin_signs_in_ward_words(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Tingling that has crept up to the knees.",
    "Paraesthesiae spreading up to the mid-calves.",
    "Strength 4/5 distally in both lower limbs.",
    "Vibration sense lost up to the hips.",
    "Loss of joint position sense in the feet and toes.",
    "四肢远端为主的感觉障碍。",
    "双膝以下痛觉减退。",
    "双踝以下振动觉减退。",
    "双侧踝关节背伸肌力Ⅲ级。",
    "两足肌力4级。",
    "肌电图示多发神经损害。",
    "两只脚像穿着袜子一样，木木的。",
])
def test_polyneuropathy_in_climbing_graded_and_lay_words(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "左膝以下痛觉减退。",
    "左踝背伸肌力3级。",
    "Numbness spreading up the left arm.",
])
def test_one_limb_climbing_or_graded_is_not_a_polyneuropathy(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "unknown"


@pytest.mark.parametrize("text", [
    "血小板数量增多。",
    "血常规：血小板计数增多。",
])
def test_platelets_increased_in_words(ex, text):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == "present"


@pytest.mark.parametrize("text", [
    "Major criteria met: polyneuropathy, monoclonal plasma cell disorder; minor criteria met: skin changes.",
    "She fulfils minor criteria with skin changes and oedema.",
    "满足次要标准：皮肤改变、水肿。",
    "次要标准符合：皮肤改变（多毛）。",
])
def test_criteria_the_patient_meets_are_findings(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "The minor criteria include skin changes and papilloedema.",
    "次要标准包括皮肤改变、视乳头水肿。",
])
def test_the_syndromes_criteria_listed_are_not_findings(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "Skin – pigmented, dry.",
    "Skin - darker; nails normal.",
])
def test_skin_colour_after_a_dash_heading(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "未见色素沉着、血管瘤、白甲等皮肤改变。",
    "无多毛、皮肤增厚、肢端发绀等POEMS相关的皮肤改变。",
    "No hemangiomas, white nails or other POEMS-related skin changes.",
    "皮肤颜色、毛发分布正常，无血管瘤。",
])
def test_signs_negated_in_a_list_closed_by_a_summary_noun_are_a_normal_skin(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    "出现肤色加深、体毛增多等皮肤改变。",
    "Hyperpigmentation, hypertrichosis or other POEMS skin changes were noted.",
])
def test_signs_present_in_a_list_closed_by_a_summary_noun_are_present(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "颈部及手背呈暗褐色。",
    "躯干皮肤呈灰黑色。",
    "全身皮肤呈弥漫性棕褐色。",
    "肤色偏黑，较病前明显。",
    "胸前散在数个红色半球形丘疹。",
    "四肢毛发偏多。",
    "面颊皮下脂肪减少，颧弓突出。",
])
def test_more_chinese_skin_wordings(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "解黑便，大便呈黑褐色。",
    "尿液呈棕黑色。",
])
def test_dark_stool_or_urine_is_not_pigmentation(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "He had a dusky-red complexion.",
    "Purplish discoloration of the face and neck.",
    "Lipodystrophy of the face over a few months.",
    "Her fingers blanched whenever she held something cold.",
    "Digital blanching in winter.",
])
def test_plethora_lipodystrophy_and_raynaud_in_case_report_words(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Examination showed distal-dominant weakness of all four limbs.",
    "Paresthesias in the distal extremities for a year.",
    "Sensory disturbance of both lower limbs.",
    "Sensorimotor disturbance of the distal limbs.",
    "Bilateral leg numbness and weakness, worse distally.",
])
def test_polyneuropathy_as_case_reports_by_japanese_and_korean_groups_write_it(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Sensory disturbance in the left hand.",
    "Visual disturbance and headache.",
])
def test_a_disturbance_in_one_limb_or_another_sense_is_not_a_polyneuropathy(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "unknown"


@pytest.mark.parametrize("text,name", [
    ("Hyperpigm. over the trunk.", "skin_changes"),
    ("Sens loss up to the knees bilaterally.", "polyneuropathy"),
    ("Numb ft, worse at night.", "polyneuropathy"),
])
def test_ward_abbreviations_of_skin_and_neuropathy(ex, text, name):
    assert criterion(ex(text), name) == "present"


@pytest.mark.parametrize("text,name", [
    ("Skin (-); nails normal.", "skin_changes"),
    ("Skin: -ve.", "skin_changes"),
    ("Skin changes ✘", "skin_changes"),
    ("皮肤改变 ☒", "skin_changes"),
    ("Papilloedema ✗", "papilledema"),
])
def test_a_crossed_out_or_minus_checklist_item_is_absent(ex, text, name):
    assert criterion(ex(text), name) == "absent"


def test_a_ticked_checklist_item_stays_present(ex):
    assert criterion(ex("Skin changes ✓ (hyperpigmentation)"), "skin_changes") == "present"


@pytest.mark.parametrize("text", ["PLT 偏高。", "血常规：PLT 升高。"])
def test_platelets_high_after_a_space(ex, text):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == "present"


@pytest.mark.parametrize("text", [
    "Impression: probable POEMS given the neuropathy, the lambda band and the skin changes.",
    "Suspect POEMS in view of hyperpigmentation and white nails.",
])
def test_findings_a_conclusion_rests_on_are_not_in_doubt(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Looks bronzed and thin.",
    "She is darker-skinned than in old photographs.",
    "A brownish tinge to the skin of the face.",
    "Peripheral cyanosis with normal oxygen saturation.",
])
def test_more_english_skin_wordings(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


def test_a_doubt_before_given_still_covers_its_own_finding(ex):
    assert criterion(ex("?papilloedema given the headaches"), "papilledema") == "unknown"
