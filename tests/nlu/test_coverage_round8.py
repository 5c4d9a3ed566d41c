"""Round-8 coverage (sentences written for the tests, in the styles of case reports, neurophysiology
reports and Chinese hospital records): the breadth of wording for polyneuropathy, the skin changes
and the blood counts (README 表2), each checked for the criterion it names and its matched words."""
import pytest

from conftest import spans_of, status_of

NEUROPATHY = {"polyneuropathy", "symmetric_distal_sensory_symptoms", "distal_numbness_weakness",
              "demyelinating_neuropathy", "axonal_neuropathy", "muscle_atrophy"}
SKIN = {"skin_changes", "hyperpigmentation", "hypertrichosis", "glomeruloid_hemangioma", "hemangioma",
        "plethora", "flushing", "acrocyanosis", "white_nails", "skin_thickening", "raynaud"}


def present(extraction, concepts):
    return {f.concept for f in extraction.evidence.findings
            if f.status.value == "present" and f.concept in concepts}


@pytest.mark.parametrize("text", [
    "Exam: stocking-glove sensory loss to the knees.",
    "Distal symmetric sensory loss in both legs.",
    "Bilateral foot drop.",
    "Steppage gait noted.",
    "Sensory ataxia with positive Romberg.",
    "Paraesthesiae in both feet.",
    "Numb feet for six months.",
    "Tingling in both feet ascending to the knees.",
    "EMG/NCS: demyelinating sensorimotor polyneuropathy.",
    "NCV: absent SNAPs and CMAPs in the legs.",
    "Length-dependent sensorimotor neuropathy.",
    "四肢呈手套袜套样感觉减退。",
    "跨阈步态。",
    "四肢远端肌力下降。",
    "双下肢腱反射消失。",
    "四肢末端麻木。",
    "双足烧灼感。",
    "肌电图：多发性周围神经损害。",
    "运动感觉神经传导速度减慢。",
    "F波潜伏期延长。",
    "肌电图提示周围神经源性损害。",
    "肌电图+神经传导：周围神经病变（脱髓鞘合并轴索损害）。",
])
def test_neuropathy_wordings(ex, text):
    assert present(ex(text), NEUROPATHY)


@pytest.mark.parametrize("text", [
    "Generalised bronzing of the skin.", "Pigmented skin over the shins.", "Cherry angiomas on the trunk.",
    "Glomeruloid haemangiomas.", "Excess body hair.", "Facial plethora.", "Leukonychia.",
    "Skin thickening over the legs.", "Raynaud phenomenon.",
    "全身皮肤色素加深。", "皮肤黝黑。", "躯干樱桃样血管瘤。", "体毛增多。", "多血质面容。", "指端青紫。",
    "白甲。", "双下肢皮肤变硬。", "雷诺现象。",
])
def test_skin_wordings(ex, text):
    assert present(ex(text), SKIN)


@pytest.mark.parametrize("text, concept, words", [
    ("Platelets markedly raised.", "thrombocytosis", "Platelets markedly raised"),
    ("Platelet count was persistently elevated.", "thrombocytosis", "Platelet count was persistently elevated"),
    ("PLT remained high.", "thrombocytosis", "PLT remained high"),
    ("Hb was mildly raised.", "polycythemia", "Hb was mildly raised"),
    ("Haematocrit remains elevated.", "polycythemia", "Haematocrit remains elevated"),
    ("血小板明显增高。", "thrombocytosis", "血小板明显增高"),
    ("血小板计数持续升高。", "thrombocytosis", "血小板计数持续升高"),
    ("血红蛋白轻度增高。", "polycythemia", "血红蛋白轻度增高"),
])
def test_counts_stated_high_with_words_between(ex, text, concept, words):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert spans_of(e, concept) == [words]


@pytest.mark.parametrize("text", ["Platelets were not raised.", "血小板未见明显增高。", "Hb was low."])
def test_counts_not_stated_high_are_not_present(ex, text):
    e = ex(text)
    assert status_of(e, "thrombocytosis") != "present"
    assert status_of(e, "polycythemia") != "present"


@pytest.mark.parametrize("text", ["糖化血红蛋白明显升高。", "糖化血红蛋白轻度增高"])
def test_a_raised_hba1c_is_not_a_raised_haemoglobin(ex, text):
    e = ex(text)
    assert status_of(e, "polycythemia") is None
    assert status_of(e, "diabetes") == "present"


@pytest.mark.parametrize("text, concept, words", [
    ("Loss of pinprick sensation below the knees.", "symmetric_distal_sensory_symptoms", "Loss of pinprick sensation below the knees"),
    ("Loss of pinprick sensation over the shin.", "distal_numbness_weakness", "Loss of pinprick sensation"),
    ("Weakness of ankle dorsiflexion bilaterally.", "distal_numbness_weakness", "Weakness of ankle dorsiflexion"),
    ("Numb feet for a year; now unable to walk.", "distal_numbness_weakness", "unable to walk"),
    ("Polyneuropathy on NCS. He is wheelchair-bound.", "distal_numbness_weakness", "wheelchair-bound"),
    ("双足麻木1年，不能行走，需轮椅。", "distal_numbness_weakness", "不能行走"),
    ("Reflexes 0 throughout.", "polyneuropathy", "Reflexes 0"),
    ("双下肢SNAP未引出。", "axonal_neuropathy", "SNAP未引出"),
])
def test_exam_and_function_wordings(ex, text, concept, words):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert spans_of(e, concept) == [words]


@pytest.mark.parametrize("text", ["Not wheelchair-bound.", "Denies being unable to walk."])
def test_function_wordings_negated(ex, text):
    assert status_of(ex(text), "distal_numbness_weakness") == "absent"


@pytest.mark.parametrize("text", ["皮肤色泽正常。", "全身皮肤黏膜色泽正常，无黄染。"])
def test_skin_colour_and_lustre_normal(ex, text):
    """Skin colour normal denies the pigmentation only; the other skin changes (hypertrichosis,
    haemangiomas, white nails) are not spoken of, so the skin criterion is not cleared."""
    assert status_of(ex(text), "hyperpigmentation") == "absent"
    assert status_of(ex(text), "skin_changes") != "absent"


@pytest.mark.parametrize("text", ["感觉系统检查未见异常。", "感觉查体无殊。"])
def test_sensory_examination_normal(ex, text):
    assert status_of(ex(text), "polyneuropathy") == "absent"


def test_a_normal_sensory_examination_does_not_outweigh_a_symptom(ex):
    assert status_of(ex("感觉检查正常，双足麻木。"), "symmetric_distal_sensory_symptoms") == "present"


@pytest.mark.parametrize("text, concept, words", [
    ("CMAP amplitudes reduced, SNAPs absent.", "axonal_neuropathy", "CMAP amplitudes reduced"),
    ("Sural SNAPs absent bilaterally.", "axonal_neuropathy", "Sural SNAPs absent"),
    ("Conduction velocities slowed.", "demyelinating_neuropathy", "Conduction velocities slowed"),
    ("NCV slowing in the legs.", "demyelinating_neuropathy", "NCV slowing"),
    ("Motor conduction velocities were markedly reduced.", "demyelinating_neuropathy",
     "conduction velocities were markedly reduced"),
    ("Symmetrical distal sensorimotor deficits.", "symmetric_distal_sensory_symptoms",
     "Symmetrical distal sensorimotor deficits"),
    ("下肢远端痛温觉减退。", "distal_numbness_weakness", "痛温觉减退"),
])
def test_ncs_and_sensory_wordings_noun_first(ex, text, concept, words):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert spans_of(e, concept) == [words]


@pytest.mark.parametrize("text", ["No NCV slowing.", "Motor slowing on the Parkinson scale."])
def test_slowing_negated_or_not_of_conduction(ex, text):
    assert status_of(ex(text), "demyelinating_neuropathy") != "present"


@pytest.mark.parametrize("text, concept, words", [
    ("PLT明显升高。", "thrombocytosis", "PLT明显升高"),
    ("PLT 升高", "thrombocytosis", "PLT 升高"),
    ("血小板数量增多。", "thrombocytosis", "血小板数量增多"),
    ("血小板 ↑", "thrombocytosis", "血小板 ↑"),
    ("Hb明显升高。", "polycythemia", "Hb明显升高"),
    ("HCT增高。", "polycythemia", "HCT增高"),
    ("红细胞压积明显升高。", "polycythemia", "红细胞压积明显升高"),
    ("红细胞计数升高。", "polycythemia", "红细胞计数升高"),
    ("platelet count rising.", "thrombocytosis", "platelet count rising"),
    ("Red cell mass increased.", "polycythemia", "Red cell mass increased"),
    ("Elevated RBC count.", "polycythemia", "Elevated RBC count"),
    ("四肢远端肌力4级。", "distal_numbness_weakness", "远端肌力4级"),
])
def test_abbreviated_counts_and_graded_power(ex, text, concept, words):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert spans_of(e, concept) == [words]


@pytest.mark.parametrize("text, concept", [("四肢远端肌力5级。", "distal_numbness_weakness"),
                                           ("HbA1c升高。", "polycythemia")])
def test_normal_power_and_hba1c_are_not_findings(ex, text, concept):
    assert status_of(ex(text), concept) is None


@pytest.mark.parametrize("text, words", [("四肢腱反射（-）。", "腱反射（-）"), ("腱反射：未引出", "腱反射：未引出"),
                                         ("四肢腱反射均未引出。", "腱反射均未引出")])
def test_reflexes_graded_absent_are_neuropathy(ex, text, words):
    # Chinese neurological exams grade reflexes (-) absent, (+) reduced, (++) normal
    e = ex(text)
    assert status_of(e, "polyneuropathy") == "present"
    assert spans_of(e, "polyneuropathy") == [words]


def test_reduced_reflexes_marked_negative_stay_absent(ex):
    assert status_of(ex("腱反射减弱（-）"), "polyneuropathy") == "absent"


@pytest.mark.parametrize("text, concept, words", [
    ("Angiomatous papules on the trunk.", "hemangioma", "Angiomatous papules"),
    ("Ruby spots on the trunk.", "hemangioma", "Ruby spots"),
    ("Increased facial hair.", "hypertrichosis", "Increased facial hair"),
    ("Facial redness.", "plethora", "Facial redness"),
    ("Nails have turned white.", "white_nails", "Nails have turned white"),
    ("胸前红色小丘疹。", "hemangioma", "红色小丘疹"),
])
def test_skin_signs_in_plain_words(ex, text, concept, words):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert spans_of(e, concept) == [words]


def test_central_cyanosis_is_not_acrocyanosis(ex):
    assert status_of(ex("口唇发绀。"), "acrocyanosis") is None
