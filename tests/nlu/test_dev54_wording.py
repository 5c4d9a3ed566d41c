"""Wording of prior-authorization forms, case-record discussions and follow-up letters (sentences
written for the tests, not taken from the corpus).
A heading that says the signs after its colon were not looked for ("Not assessed: papilledema",
"Not documented / not assessed: papilledema (no ophthalmology exam yet)", "Not examined: fundi,
abdomen") leaves them unknown, never present nor absent (README gold rules: not examined = unknown).
Look-alikes: a finding before "not assessed:" ("Papilledema not assessed: ascites present") is the
finding's own state; what follows the list's sentence is read as usual.
What another disease of the differential can do or does not do ("AL amyloidosis may cause
hepatomegaly, macroglossia", "it does not produce sclerotic bone lesions or a raised VEGF level"),
what patients in the plural opening a sentence can have ("Patients with Castleman disease can have
lymphadenopathy and effusions", "In patients with AL amyloidosis, hepatomegaly is common") and what
the literature knows ("a Castleman variant of POEMS syndrome is recognized", "papilledema has been
described in POEMS syndrome") are no findings of this patient: in doubt, neither present nor absent.
Look-alikes: the patient's own findings beside them, "Castleman disease was recognized on the node
biopsy" (past tense, the patient's pathology).
Menses said to have stopped ("Menses had stopped 8 months earlier", "she stopped menstruating",
"no menses for 10 months") is amenorrhoea; "her periods have not stopped" is not.
A hyphenated free light-chain name ("the serum free light-chain ratio was 0.41", "kappa free
light-chain 38 mg/L") is read as the unhyphenated one.
An earlier value in a bracket after today's keeps its series when a word of now stands between
("Serum VEGF 512 pg/mL today (previously 3,120 pg/mL)", "VEGF 420 pg/mL now (previously 2,800)")
or the bracket opens with the time of diagnosis ("M-spike 0.9 g/dL（诊断时 3.2 g/dL）",
"(at the time of diagnosis 2,800 pg/mL)", "PLT 261 ×10^9/L（确诊时 590）"): the earlier value is
read and dated earlier, today's stays the latest.
Rules: context_en.yml (NOT_DONE heading, POSSIBLE_EXISTENCE), targets_en.yml (amenorrhea),
labs.yml (flc aliases, series.bracket), nlu/components/labs.py (a bracket after a word of now)."""
import pytest

from conftest import criterion, lab_tuples, status_of


@pytest.mark.parametrize("text", [
    "Not assessed: papilledema.",
    "Not documented / not assessed: papilledema (no ophthalmology exam yet); endocrine evaluation (testosterone pending).",
    "Not yet assessed: papilledema, skin.",
    "Not examined: papilledema or abdomen.",
    "Not assessed or documented: papilledema, skin changes.",
])
def test_a_not_assessed_heading_leaves_its_signs_unknown(ex, text):
    e = ex(text)
    assert status_of(e, "papilledema") != "present"
    assert criterion(e, "papilledema") == "unknown"


@pytest.mark.parametrize("text,concept,criterion_name", [
    ("Papilledema not assessed: ascites present.", "ascites", "extravascular_volume_overload"),
    ("Not examined: fundi. Pitting edema to the knees.", "peripheral_edema", "extravascular_volume_overload"),
    ("Not assessed: skin; bilateral papilledema on fundoscopy.", "papilledema", "papilledema"),
])
def test_findings_outside_the_heading_keep_their_state(ex, text, concept, criterion_name):
    e = ex(text)
    assert status_of(e, concept) == "present"
    assert criterion(e, criterion_name) == "present"


@pytest.mark.parametrize("text,concepts", [
    ("Numb feet. Patients with Castleman disease can have lymphadenopathy, fever and effusions.",
     ["castleman_disease", "lymphadenopathy", "serous_effusions"]),
    ("Numb feet. In patients with AL amyloidosis, hepatomegaly is common.", ["hepatomegaly"]),
    ("Numb feet. AL amyloidosis may cause hepatomegaly, macroglossia and periorbital purpura.", ["hepatomegaly"]),
    ("Numb feet. Myeloma can produce lytic lesions.", ["lytic_bone_lesion"]),
    ("Numb feet. Papilledema has been described in POEMS syndrome.", ["papilledema"]),
    ("Numb feet. A Castleman variant of POEMS syndrome is recognized.", ["castleman_disease"]),
])
def test_what_a_disease_can_cause_is_no_finding_of_the_patient(ex, text, concepts):
    e = ex(text)
    for concept in concepts:
        assert status_of(e, concept) == "uncertain", concept
    for name in ("castleman", "organomegaly", "papilledema"):
        assert criterion(e, name) == "unknown", name


@pytest.mark.parametrize("text,concept", [
    ("Numb feet. Amyloidosis does not cause papilledema.", "papilledema"),
    ("Numb feet. It does not produce sclerotic bone lesions or a raised VEGF level.", "sclerotic_bone_lesion"),
])
def test_what_a_disease_does_not_cause_is_not_the_patients_absence(ex, text, concept):
    e = ex(text)
    assert status_of(e, concept) == "uncertain"


@pytest.mark.parametrize("text,criterion_name", [
    ("He has hepatomegaly 3 cm. Patients with cirrhosis often have ascites.", "organomegaly"),
    ("Castleman disease was recognized on the node biopsy.", "castleman"),
    ("AL amyloidosis may cause hepatomegaly; on examination the liver edge was 3 cm below the costal margin, hepatomegaly.",
     "organomegaly"),
])
def test_the_patients_own_findings_beside_a_general_statement_stay_present(ex, text, criterion_name):
    assert criterion(ex(text), criterion_name) == "present"


@pytest.mark.parametrize("text", [
    "Menses had stopped 8 months earlier.",
    "Her menses stopped 8 months before admission.",
    "She stopped menstruating at 38.",
    "No menses for 10 months.",
    "Menstruation ceased last year and has not returned.",
])
def test_menses_stopped_is_amenorrhoea(ex, text):
    assert status_of(ex(text), "amenorrhea") == "present"


def test_periods_not_stopped_is_no_amenorrhoea(ex):
    assert status_of(ex("Her periods have not stopped."), "amenorrhea") is None


@pytest.mark.parametrize("text,analyte,value", [
    ("The serum free light-chain ratio was 0.41.", "flc_ratio", 0.41),
    ("Free light-chain ratio: 3.2", "flc_ratio", 3.2),
    ("Kappa free light-chain 38 mg/L, lambda free light-chain 12 mg/L", "flc_kappa", 38.0),
    ("Kappa free light-chain 38 mg/L, lambda free light-chain 12 mg/L", "flc_lambda", 12.0),
])
def test_hyphenated_light_chain_names(text, analyte, value):
    assert [v for v, _, _ in lab_tuples(text, analyte)] == [value]


@pytest.mark.parametrize("text,analyte,expected", [
    ("Serum VEGF 512 pg/mL today (previously 3,120 pg/mL); reference 62-707 pg/mL.", "vegf",
     {(3120.0, "pg/mL", "serum"), (512.0, "pg/mL", "serum")}),
    ("VEGF 420 pg/mL now (previously 2,800 pg/mL)", "vegf", {(2800.0, "pg/mL", None), (420.0, "pg/mL", None)}),
    ("VEGF 420 pg/mL currently (at the time of diagnosis 2,800 pg/mL)", "vegf",
     {(2800.0, "pg/mL", None), (420.0, "pg/mL", None)}),
    ("M-spike 0.9 g/dL（诊断时 3.2 g/dL），κ/λ ratio 6.2（诊断时 48）。", "m_protein", {(3.2, "g/dL", None), (0.9, "g/dL", None)}),
    ("M-spike 0.9 g/dL（诊断时 3.2 g/dL），κ/λ ratio 6.2（诊断时 48）。", "flc_ratio", {(6.2, None, None), (48.0, None, None)}),
    ("PLT 261 ×10^9/L（确诊时 590）", "platelets", {(261.0, "10^9/L", None), (590.0, None, None)}),
])
def test_an_earlier_value_in_a_bracket_after_today_is_read(text, analyte, expected):
    assert set(lab_tuples(text, analyte)) == expected


@pytest.mark.parametrize("text,criterion_name,state", [
    # today's value decides: the earlier one is dated before it
    ("Serum VEGF 512 pg/mL today (previously 3,120 pg/mL); reference 62-707 pg/mL.", "vegf_elevated", "absent"),
    ("Platelets 341 x10^9/L now (previously 566). Hb 142 g/L.", "thrombocytosis_polycythemia", "absent"),
])
def test_todays_value_stays_the_latest(ex, text, criterion_name, state):
    assert criterion(ex(text), criterion_name) == state


def test_a_bracket_of_another_analyte_after_now_adds_nothing():
    assert lab_tuples("Hb 12.1 g/dL today (CRP 40).", "hemoglobin") == [(12.1, "g/dL", None)]


# The same in Chinese (context_zh.yml): what a disease does not cause ("但不引起硬化性病变", "一般不会导致"),
# what patients with a disease can or often have, the disease before 患者 included ("Castleman病患者可有…",
# "AL淀粉样变性患者常有肝大"); the patient's own findings in another sentence or clause stay present.
@pytest.mark.parametrize("text,concepts", [
    ("双足麻木。Castleman病患者可有淋巴结肿大、发热及浆膜腔积液。", ["castleman_disease", "lymphadenopathy", "serous_effusions"]),
    ("双足麻木。AL淀粉样变性患者常有肝大、巨舌。", ["hepatomegaly"]),
    ("双足麻木。骨髓瘤可导致溶骨性病变，但不引起硬化性病变。", ["sclerotic_bone_lesion"]),
    ("双足麻木。淀粉样变性一般不会导致视乳头水肿。", ["papilledema"]),
])
def test_what_a_disease_can_or_cannot_cause_in_chinese(ex, text, concepts):
    e = ex(text)
    for concept in concepts:
        assert status_of(e, concept) == "uncertain", concept
    for name in ("castleman", "sclerotic_bone_lesions", "organomegaly", "papilledema"):
        assert criterion(e, name) == "unknown", name


@pytest.mark.parametrize("text,criterion_name", [
    ("CT示多发硬化性病变。淀粉样变性一般不引起硬化性骨病变。", "sclerotic_bone_lesions"),
    ("淋巴结活检示Castleman病，患者可有发热。", "castleman"),
    ("患者双下肢水肿，肝大。", "organomegaly"),
])
def test_the_patients_own_findings_beside_it_stay_present_in_chinese(ex, text, criterion_name):
    assert criterion(ex(text), criterion_name) == "present"


# Frisén grading (targets_en.yml): grade 0 in both eyes is a normal disc, a grade above 0 (or one eye's grade
# above 0) is disc swelling, with or without the accent.
@pytest.mark.parametrize("text,state", [
    ("Fundi: Frisén grade 0 OU.", "absent"),
    ("Optic discs: Frisen grade 0 bilaterally.", "absent"),
    ("Frisén grade 0 in both eyes; OCT RNFL normal.", "absent"),
    ("Frisen grade 3 OU.", "present"),
    ("Frisen grade 0 OD, grade 2 OS.", "present"),
    ("Fundi: Frisén grade 2 OD and grade 3 OS.", "present"),
])
def test_frisen_grade(ex, text, state):
    assert criterion(ex(text), "papilledema") == state


# A failed stimulation test written verb last or with an article is adrenal insufficiency; a normal one is not.
@pytest.mark.parametrize("text,state", [
    ("Short Synacthen test failed.", "present"),
    ("He failed a short Synacthen test (30 min cortisol 268 nmol/L).", "present"),
    ("Cosyntropin stimulation test failed.", "present"),
    ("She failed an ACTH stimulation test.", "present"),
    ("Short Synacthen test: normal response.", "absent"),
])
def test_a_failed_stimulation_test(ex, text, state):
    assert status_of(ex(text), "adrenal_insufficiency") == state
