"""Round-13 coverage (sentences written for the tests, not taken from the corpus): non-pitting
swelling and induration in Chinese (非凹陷性 names a kind, it negates nothing), the skin stated
normal by its colour and elasticity, organs answered in a two-column examination table, a list
judged not supported (均不支持), melanosis of the colon (not skin), organs at the upper limit of
normal and shotty nodes (not enlarged), a skin heading holding only a lesion that is not a POEMS
sign before "no other lesions", condensing (sclerotic) bone lesions as French groups write them,
and lab values after the finding's name or with the sample after the analyte."""
import pytest

from conftest import criterion, labs_of, status_of


@pytest.mark.parametrize("text", [
    "双小腿皮肤非凹陷性硬肿。",
    "项背部非凹陷性硬肿，皮温正常。",
])
def test_non_pitting_induration_is_skin_thickening(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "双下肢非凹陷性水肿。",
    "双足背非压陷性水肿。",
])
def test_non_pitting_oedema_is_oedema(ex, text):
    assert status_of(ex(text), "peripheral_edema") == "present"


@pytest.mark.parametrize("text", [
    "全身皮肤色泽及弹性正常。",
    "皮肤弹性、色泽正常，无黄染。",
    "查体：皮肤黏膜色泽、弹性正常。",
])
def test_skin_colour_and_elasticity_normal_is_a_normal_skin(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("脾 | 肋下未及", "splenomegaly"),
    ("肝脏 | 肋下未触及", "hepatomegaly"),
    ("淋巴结 | 均未触及", "lymphadenopathy"),
    ("全身浅表淋巴结 | 未扪及肿大", "lymphadenopathy"),
])
def test_organs_negated_in_a_table_row(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


def test_organs_all_negated_in_a_table_are_no_organomegaly(ex):
    text = "项目 | 所见\n浅表淋巴结 | 未扪及\n肝脏 | 肋下未及\n脾脏 | 肋下未及\n"
    assert criterion(ex(text), "organomegaly") == "absent"


def test_an_enlarged_organ_in_a_table_row_is_read(ex):
    assert criterion(ex("脾 | 肋下3横指，质硬"), "organomegaly") == "present"


@pytest.mark.parametrize("text, concept", [
    ("脾大、腹水均不支持。", "splenomegaly"),
    ("脾大、腹水均不支持。", "ascites"),
    ("神经传导及针极肌电图均不支持周围神经病。", "polyneuropathy"),
])
def test_a_list_judged_not_supported(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text", [
    "Colonic melanosis on colonoscopy after years of senna.",
    "Melanosis coli was noted at endoscopy.",
    "Endoscopy: pseudomelanosis duodeni.",
])
def test_melanosis_of_the_gut_is_not_skin(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"


@pytest.mark.parametrize("text, concept", [
    ("The spleen at the upper limit of normal on ultrasound.", "splenomegaly"),
    ("Liver size at the upper limit of normal.", "hepatomegaly"),
    ("Liver at upper limit of normal, no focal lesion.", "hepatomegaly"),
    ("Shotty cervical lymph nodes bilaterally.", "lymphadenopathy"),
    ("Small shotty axillary nodes, mobile.", "lymphadenopathy"),
])
def test_organs_of_normal_size_in_other_words(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text", [
    "Skin - seborrhoeic keratoses on the back; no other abnormalities.",
    "Skin: a few solar lentigines, no other lesions.",
])
def test_skin_heading_with_only_a_non_poems_lesion(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text", [
    "Skin: cherry angiomas on the chest; no other lesions.",
    "Skin: bronzed face and hands, no other lesions.",
    "Skin - coarse dark hair on the shins; no other changes.",
])
def test_a_poems_sign_under_the_heading_keeps_the_skin_criterion(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Osteocondensing lesions of both iliac bones.",
    "Bone condensation in L3 on CT.",
    "Multiple condensing lesions of the spine on the scanner.",
])
def test_condensing_bone_lesions_are_sclerotic(ex, text):
    assert criterion(ex(text), "sclerotic_bone_lesions") == "present"


@pytest.mark.parametrize("text, value", [
    ("She had a thrombocythaemia of 720 × 10^9/L.", 720.0),
    ("Thrombocytosis at 604 G/L on admission.", 604.0),
])
def test_platelets_after_the_finding_name(ex, text, value):
    labs = labs_of(ex(text), "platelets")
    assert [lab.value for lab in labs] == [value]


def test_thrombocytosis_with_a_duration_is_not_a_count(ex):
    assert labs_of(ex("Thrombocytosis for 3 years, untreated."), "platelets") == []


@pytest.mark.parametrize("text, sample", [
    ("VEGF in the serum: 2,340 pg/mL.", "serum"),
    ("VEGF in plasma 410 pg/mL (reference < 115).", "plasma"),
])
def test_vegf_with_the_sample_after_the_analyte(ex, text, sample):
    labs = labs_of(ex(text), "vegf")
    assert len(labs) == 1 and labs[0].sample.value == sample


@pytest.mark.parametrize("text, name", [
    ("查体除双下肢水肿外无特殊。", "extravascular_volume_overload"),
    ("皮肤除色素沉着外未见异常。", "skin_changes"),
    ("除脾大外，余腹部查体正常。", "organomegaly"),
])
def test_the_finding_excepted_by_chu_wai_is_present(ex, text, name):
    assert criterion(ex(text), name) == "present"


@pytest.mark.parametrize("text, name", [
    ("Therapeutic thoracocentesis drained 2 litres.", "extravascular_volume_overload"),
    ("Abdominal paracentesis yielded about 2.5 L.", "extravascular_volume_overload"),
])
def test_a_tap_that_drained_a_volume(ex, text, name):
    assert criterion(ex(text), name) == "present"


def test_a_tap_only_advised_says_nothing(ex):
    assert criterion(ex("Thoracentesis was advised."), "extravascular_volume_overload") == "unknown"


@pytest.mark.parametrize("text, expect", [
    ("血小板一直在八百多。", "present"),
    ("血小板最高一千多。", "present"),
    ("Platelet count remained in the 700s.", "present"),
    ("血小板四百多。", "unknown"),
])
def test_platelet_counts_in_words(ex, text, expect):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == expect


@pytest.mark.parametrize("text", [
    "Diminished vibration at both ankles.",
    "Impaired pinprick below the mid-shins.",
])
def test_sensory_level_with_the_loss_before_the_modality(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


def test_liver_and_spleen_at_the_upper_limit_with_nodes_negated(ex):
    text = "Liver and spleen at upper limit of normal, nodes not enlarged."
    assert criterion(ex(text), "organomegaly") == "absent"


@pytest.mark.parametrize("text, name", [
    ("腹盆腔游离液体，少量。", "extravascular_volume_overload"),
    ("Leathery skin on the forearms.", "skin_changes"),
    ("Erythema of the cheeks, worse after a hot drink.", "skin_changes"),
    ("Bilateral foot and wrist drop.", "polyneuropathy"),
])
def test_more_wordings_of_minor_signs_and_neuropathy(ex, text, name):
    assert criterion(ex(text), name) == "present"


def test_thrombocyte_count_is_a_platelet_count(ex):
    labs = labs_of(ex("Thrombocyte count 610 × 10^9/L."), "platelets")
    assert [lab.value for lab in labs] == [610.0]


def test_monoclonal_light_chains_named_are_an_m_protein(ex):
    text = "Monoclonal kappa light chains detected in the serum."
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text, expect", [
    ("Sclerosis of the left iliac bone on CT.", "present"),
    ("CT: sclerosis in the T 9 vertebral body.", "present"),
    ("Systemic sclerosis with skin tightening of the hands.", "unknown"),
    ("Multiple sclerosis of long standing.", "unknown"),
])
def test_a_bone_named_sclerotic(ex, text, expect):
    assert criterion(ex(text), "sclerotic_bone_lesions") == expect


def test_angiofollicular_nodal_hyperplasia_is_castleman(ex):
    assert criterion(ex("Angiofollicular nodal hyperplasia on the excised node."), "castleman") == "present"


@pytest.mark.parametrize("text, expect", [
    ("Her feet are cold and bluish.", "present"),
    ("Tethering of the skin over the forearms.", "present"),
    ("Skin: nil of note.", "absent"),
])
def test_skin_in_plain_exam_words(ex, text, expect):
    assert criterion(ex(text), "skin_changes") == expect


@pytest.mark.parametrize("text", [
    "两只脚心发麻。",
    "双下肢 DTR 未引出。",
    "四肢DTR消失，病理征阴性。",
    "四肢 glove-stocking 样感觉减退。",
])
def test_neuropathy_in_lay_and_mixed_words(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text, name", [
    ("肝大，经治疗后已回缩至正常。", "organomegaly"),
    ("心包积液，复查已吸收。", "extravascular_volume_overload"),
])
def test_an_organ_shrunk_back_or_fluid_absorbed_is_not_present_now(ex, text, name):
    assert criterion(ex(text), name) == "unknown"


def test_fluid_absorbed_not_yet_is_present(ex):
    assert criterion(ex("胸腔积液，尚未吸收。"), "extravascular_volume_overload") == "present"


def test_fluid_judged_physiological_after_the_comma(ex):
    assert status_of(ex("少量腹水，为生理性。"), "ascites") == "absent"


@pytest.mark.parametrize("text, expect", [
    ("Bronze pigmentation of the neck.", "present"),
    ("Coarse black hairs over the forearms.", "present"),
    ("Brown pigmentation of both shins due to venous insufficiency.", "unknown"),
    ("小腿皮肤色素沉着，系下肢静脉曲张所致。", "unknown"),
])
def test_pigment_and_hair_words_and_stasis_pigmentation(ex, text, expect):
    assert criterion(ex(text), "skin_changes") == expect


@pytest.mark.parametrize("text", [
    "NCS: a distal axonopathy affecting the legs more than the arms.",
    "Burning of both feet at night for a year.",
    "双脚烧灼感，晚上更明显。",
])
def test_axonopathy_and_burning_feet(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text, expect", [
    ("Platelets were over 700 at diagnosis.", "present"),
    ("Platelet counts consistently above 480.", "present"),
    ("Aspirin is advised when platelets are above 1000.", "unknown"),
    ("Platelets consistently over 400.", "unknown"),
    ("血小板一直高于正常上限。", "present"),
])
def test_platelets_stated_above_a_number_or_the_normal_range(ex, text, expect):
    assert criterion(ex(text), "thrombocytosis_polycythemia") == expect


@pytest.mark.parametrize("text", [
    "No fever or night sweats, and he has developed white nails.",
    "Without headache or visual loss, there is bilateral disc swelling on fundoscopy.",
])
def test_a_new_subject_and_verb_ends_a_negated_list(ex, text):
    name = "papilledema" if "disc" in text else "skin_changes"
    assert criterion(ex(text), name) == "present"


@pytest.mark.parametrize("text", [
    "The skin was visibly pigmented over the knuckles.",
    "Her skin has become browner over the past year.",
])
def test_the_skin_itself_said_darker(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


@pytest.mark.parametrize("text, name", [
    ("She has no oedema and there are no effusions.", "extravascular_volume_overload"),
    ("He has no hepatosplenomegaly and there are no enlarged nodes.", "organomegaly"),
])
def test_negations_after_the_subject_still_hold(ex, text, name):
    assert criterion(ex(text), name) == "absent"


@pytest.mark.parametrize("text", [
    "The liver edge is just palpable at the costal margin.",
    "Liver edge palpable only on deep inspiration, smooth and non-tender.",
    "肝脏肋下刚及，质软。",
    "肝肋缘下可及，深吸气末约0.5 cm。",
])
def test_a_liver_edge_at_the_costal_margin_is_of_normal_size(ex, text):
    assert status_of(ex(text), "hepatomegaly") == "absent"


@pytest.mark.parametrize("text", [
    "Liver edge palpable 4 cm below the costal margin on deep inspiration.",
    "肝肋下3横指，深吸气时更明显。",
    "肝肋下2 cm，深吸气时3 cm。",
])
def test_a_liver_edge_well_below_the_margin_is_hepatomegaly(ex, text):
    assert criterion(ex(text), "organomegaly") == "present"


@pytest.mark.parametrize("text", [
    "她的足背肿了两个月。",
    "两只脚背浮肿，下午明显。",
])
def test_swollen_insteps_in_lay_words(ex, text):
    assert criterion(ex(text), "extravascular_volume_overload") == "present"


@pytest.mark.parametrize("text, name, expect", [
    ("查体：皮肤 unremarkable，浅表淋巴结未及。", "skin_changes", "absent"),
    ("四肢肌力 4 级，ankle jerks 消失。", "polyneuropathy", "present"),
])
def test_a_chinese_heading_with_an_english_answer(ex, text, name, expect):
    assert criterion(ex(text), name) == expect
