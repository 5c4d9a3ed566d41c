"""Ward-round plans, case-report discussions, telegraphic English headings and laboratory-system
rows: a condition and what would follow from it is no finding; a disease's description is not the
patient's; a heading's dash is its colon; a report row's specimen field and range column belong to
its value."""

import pytest

from tests.nlu.conftest import criterion, first_lab, status_by_concept

import nlu


@pytest.mark.parametrize("text,concept", [
    ("可行淋巴结活检，如病理示Castleman样改变，则为Castleman变异型。", "castleman_disease"),
    ("骨骼CT尚未完成，如发现硬化灶则需评估是否放疗。", "sclerotic_bone_lesion"),
    ("如肌电图证实周围神经病且发现λ型M蛋白，则进一步查VEGF、骨骼CT。", "polyneuropathy"),
    ("若IFE阳性或轻链比值异常，则进一步查VEGF。", "serum_immunofixation"),
    ("如后续IVIG无效或出现新发水肿、皮肤改变，则需复查M蛋白及VEGF。", "peripheral_edema"),
])
def test_a_condition_and_its_consequence_are_not_findings(text, concept):
    assert status_by_concept(text).get(concept) != "present"


@pytest.mark.parametrize("text,concept", [
    ("患者双下肢水肿，如IFE阳性则查VEGF。", "peripheral_edema"),  # before the condition: the patient's
    ("饮食如常，双下肢水肿，原则上则需利尿。", "peripheral_edema"),  # 如常 and 原则 open no condition
])
def test_the_patients_own_findings_around_a_condition_stay(text, concept):
    assert status_by_concept(text)[concept] == "present"


@pytest.mark.parametrize("text,concept", [
    ("治疗前应记录神经系统基线，因硼替佐米可致周围神经病。", "polyneuropathy"),
    ("POEMS诊断须具备λ型为主的M蛋白及周围神经病。", "polyneuropathy"),
    ("However, POEMS is characterized by demyelinating neuropathy, sclerotic bone lesions and markedly "
     "elevated VEGF, none of which were seen in our patient.", "sclerotic_bone_lesion"),
    ("In patients with a CIDP-like picture, POEMS syndrome must be kept in mind, particularly if papilledema, "
     "skin changes, sclerotic bone lesions or thrombocytosis are present.", "sclerotic_bone_lesion"),
    ("The differential includes POEMS syndrome, in which the component is usually lambda and which associates "
     "organomegaly, endocrinopathy, skin changes, oedema and sclerotic bone lesions.", "organomegaly"),
    ("Patients should be screened for polyneuropathy, monoclonal protein by immunofixation, VEGF, sclerotic "
     "bone lesions, organomegaly and endocrine abnormalities.", "polyneuropathy"),
])
def test_what_a_disease_causes_or_requires_is_not_the_patients(text, concept):
    assert status_by_concept(text).get(concept) != "present"


def test_a_list_closed_by_jun_is_negated_item_by_item():
    read = status_by_concept("本例M蛋白、游离轻链比值及VEGF均阴性，暂不支持POEMS。")
    assert read["m_protein"] == "absent"
    assert read["vegf_elevated"] == "absent"
    read = status_by_concept("2型糖尿病17年。甲功、睾酮、LH/FSH、PTH 均在正常范围。皮质醇正常")
    assert read["hypothyroidism"] == read["hypogonadism"] == "absent"
    assert read["endocrinopathy"] == "absent"
    assert status_by_concept("SPEP/IFE/sFLC 均 -ve，ratio 1.18")["serum_immunofixation"] == "absent"


@pytest.mark.parametrize("text,concept,status", [
    ("Skin – NAD.", "skin_changes", "absent"),
    ("Skin - normal, no pigment change or haemangioma.", "skin_changes", "absent"),
    ("There was no hepatosplenomegaly and there was no skin lesion.", "skin_changes", "absent"),
    ("On general examination oedemas of the shanks were present.", "peripheral_edema", "present"),
    ("Thyroid hormones, testosterone and cortisol were normal.", "hypothyroidism", "absent"),
    ("TFT, testosterone, prolactin, 0900 cortisol all WNL.", "endocrinopathy", "absent"),
])
def test_telegraphic_english(text, concept, status):
    assert status_by_concept(text)[concept] == status


def test_a_sign_not_looked_for_is_unknown():
    assert "gynecomastia" not in status_by_concept("Gynaecomastia – not looked for.")


def test_a_dash_inside_a_line_is_no_heading():
    assert nlu.normalize.normalize("Platelets 410 – 450") == "Platelets 410 – 450"
    assert nlu.normalize.normalize("Abdo – soft") == "Abdo : soft"


@pytest.mark.parametrize("text", [
    "神经系统：无手足麻木，四肢肌力、腱反射、针刺觉均正常。",
    "患者无肢端麻木，四肢肌力、腱反射对称，无神经系统异常。",
])
def test_a_normal_nerve_examination_in_chinese(text):
    assert criterion(nlu.extract(text), "polyneuropathy") == "absent"


def test_numbness_with_a_normal_list_is_still_numbness():
    assert criterion(nlu.extract("双足麻木，腱反射、针刺觉均正常。"), "polyneuropathy") != "absent"


def test_an_english_negation_closing_its_line_does_not_reach_the_next():
    read = status_by_concept("· E2 78 pg/ml ↑，双侧乳腺发育\n· papilledema neg\n· PLT 498 ↑")
    assert read["papilledema"] == "absent"


def test_a_report_conclusion_not_found_is_no_positive_immunofixation():
    read = status_by_concept("血清免疫固定电泳 结论：未见单克隆条带（IgG多克隆增高）。")
    assert read.get("serum_immunofixation") != "present"
    assert read["m_spike"] == "absent"


def test_an_m_protein_screen_is_a_test():
    assert "m_protein" not in status_by_concept("因为贫血做了个 M 蛋白筛查")


@pytest.mark.parametrize("text,value,unit,sample,low,high", [
    ("血管内皮生长因子  4120  ng/L  0-142  偏高   标本类型：血清", 4120, "ng/L", "serum", 0, 142),
    ("血管内皮生长因子  pg/mL  3620  0-142  ↑  (标本：血清)", 3620, "pg/mL", "serum", 0, 142),
    ("VEGF（标本类型：血清） pg/mL      1860     0-600           H", 1860, "pg/mL", "serum", 0, 600),
    ("【VEGF】标本类型：血清　结果：1.98 ng/mL　参考区间：0-0.60　↑", 1.98, "ng/mL", "serum", 0, 0.6),
])
def test_laboratory_system_rows(text, value, unit, sample, low, high):
    lab = first_lab(text, "vegf")
    assert (lab.value, lab.unit, lab.sample.value if lab.sample else None) == (value, unit, sample)
    assert (lab.reference_low, lab.reference_high) == (low, high)


@pytest.mark.parametrize("text,value", [("体检 SPEP 发现 M 峰 6.8 g/L", 6.8), ("SPEP 发现小 M 峰 3.1 g/L", 3.1)])
def test_a_spaced_m_peak_with_its_amount(text, value):
    assert first_lab(text, "m_protein").value == value
