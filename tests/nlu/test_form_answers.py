"""Form and checklist wording (sentences written for the tests, not taken from the corpus): a row
answered after its finding (`Hepatomegaly No / Splenomegaly Yes`, `肝大 否`), a criterion's name used
as the label of its row (`Skin changes: Hyperpigmentation No / ...`, `Thrombocytosis/polycythemia:
Plt 392`), and a heading that states the list after it normal (`以下项目未见异常：…、眼底照相`,
`Normal: ECG, fundoscopy`). Passes: nlu/implications/form_answers.py, label_heading.py, normal_list.py."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text,concept,expect", [
    ("Hepatomegaly No / Splenomegaly No / Lymphadenopathy No", "hepatomegaly", "absent"),
    ("Hepatomegaly No / Splenomegaly No / Lymphadenopathy No", "lymphadenopathy", "absent"),
    ("Hepatomegaly No / Splenomegaly Yes / Lymphadenopathy No", "splenomegaly", "present"),
    ("Edema Yes / Pleural effusion No / Ascites No", "pleural_effusion", "absent"),
    ("Edema Yes / Pleural effusion No / Ascites No", "peripheral_edema", "present"),
    ("Peripheral edema | Yes\nPleural effusion | No", "peripheral_edema", "present"),
    ("水肿 否 / 胸水 是 / 腹水 否", "pleural_effusion", "present"),
    ("水肿 否 / 胸水 是 / 腹水 否", "peripheral_edema", "absent"),
])
def test_row_answered_after_its_finding(ex, text, concept, expect):
    assert status_of(ex(text), concept) == expect


def test_lower_case_no_in_prose_is_not_an_answer(ex):
    # "no" before a comma in running prose negates what follows, not the finding before it
    assert status_of(ex("Mild ankle oedema no, not today; ascites present."), "ascites") == "present"
    assert status_of(ex("There is pitting oedema no worse than last week."), "peripheral_edema") == "present"


@pytest.mark.parametrize("text,name,expect", [
    ("Organomegaly: Hepatomegaly No / Splenomegaly No / Lymphadenopathy No", "organomegaly", "absent"),
    ("Skin changes: Hyperpigmentation No / Hypertrichosis No / Hemangioma No / White nails No", "skin_changes", "absent"),
    ("Endocrinopathy: Hypothyroidism Yes; Gonadal: not tested; Adrenal: not tested", "endocrinopathy", "unknown"),
    ("Thrombocytosis/polycythemia: Plt 392 × 10^9/L; Hb 126 g/L", "thrombocytosis_polycythemia", "absent"),
    ("皮肤改变：色素沉着 否 / 多毛 否 / 血管瘤 否 / 白甲 否", "skin_changes", "absent"),
    # a label answered by a word or by a value of its own keeps its finding
    ("Skin changes: marked.", "skin_changes", "present"),
    ("Organomegaly: yes", "organomegaly", "present"),
    ("Thrombocytosis: 612", "thrombocytosis_polycythemia", "present"),
])
def test_criterion_name_as_a_row_label(ex, text, name, expect):
    assert criterion(ex(text), name) == expect


@pytest.mark.parametrize("text,name,expect", [
    ("以下项目未见异常：心电图、尿常规、肿瘤标志物、甲状腺彩超、眼底检查。", "papilledema", "absent"),
    ("下列检查均正常：心电图、胸片、腹部彩超、血常规。", "thrombocytosis_polycythemia", "absent"),
    ("Normal: ECG, chest X-ray, urinalysis, fundoscopy.", "papilledema", "absent"),
    ("The following were unremarkable: ECG, urinalysis, thyroid ultrasound, full blood count.",
     "thrombocytosis_polycythemia", "absent"),
    # the list ends with its sentence: a finding in the next one is not in it
    ("以下项目未见异常：心电图、尿常规。双侧视乳头水肿。", "papilledema", "present"),
    ("以下项目异常：心电图、眼底检查。", "papilledema", "unknown"),
])
def test_heading_states_its_list_normal(ex, text, name, expect):
    assert criterion(ex(text), name) == expect


@pytest.mark.parametrize("text,expect", [
    ("血清蛋白电泳及免疫固定电泳均阴性，游离轻链比值1.10。", "absent"),
    ("血清蛋白电泳阴性，游离轻链比值1.10。", "unknown"),  # electrophoresis alone clears nothing
    ("血清蛋白电泳及免疫固定电泳：IgA λ型M蛋白。", "present"),
])
def test_electrophoresis_named_with_its_immunofixation(ex, text, expect):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == expect
