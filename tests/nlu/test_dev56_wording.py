"""Wording of patient-relative messages, pharmacy notes, board-review questions, appeal letters and
slide texts (sentences written for the tests, not taken from the corpus).
Both organs named, then called enlarged with a copula ("the liver and spleen are enlarged", "the spleen
and liver were both enlarged on CT") is hepatosplenomegaly; "liver and spleen are not enlarged" is not.
An organ or node group written in Latin in a Chinese note, then found not enlarged across a space
("浅表 LN 未见肿大", "LN 无肿大", "HSM 未见明显肿大"), is absent; "LN 肿大" stays present and the
negation does not reach a finding of another kind before it ("双下肢水肿 LN 未见肿大").
What a disease can or often has, the disease itself the subject ("AL淀粉样变性可有肝大、巨舌", "DDx：… AL
amyloidosis（可有肝大、巨舌）", "该病可伴视乳头水肿"), is said of the disease: in doubt, not this patient's.
An instruction to report a sign if it comes ("Please report any leg swelling", "he should report new
swelling of the ankles", "advised to call for worsening leg swelling") is a warning, not a finding; after
a comma such an instruction opens its own clause, so a "no" before it does not reach it ("no blood
donation, report leg swelling"). Look-alikes: "Radiology report: splenomegaly", "The report showed
ascites", "Bilateral leg oedema, report attached".
What a disease lacks, rarely or usually shows ("but papilledema is not a feature", "skin changes are not
a typical feature of CIDP", "organomegaly is not seen in anti-MAG neuropathy", "lytic lesions are uncommon
in POEMS syndrome", "the hemoglobin is usually normal"), what a disease of the differential typically
causes ("Multiple myeloma typically causes lytic rather than sclerotic lesions") or does not produce after
"and" ("Anti-MAG neuropathy is associated with IgM kappa proteins and does not produce organomegaly or
skin changes") and a relative clause describing a disease ("POEMS syndrome, in which lytic lesions are
uncommon") are in doubt, neither present nor absent. Look-alikes: "Papilloedema is not present", "He has
papilloedema, which is not a feature of CIDP", "The oedema is unusual for amlodipine".
Rules: targets_en.yml (liver and spleen are enlarged), context_zh.yml (LN 未见肿大, …可有), context_en.yml
(report instructions, TERMINATE ", report", POSSIBLE_EXISTENCE of a disease)."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text", [
    "The liver and spleen are enlarged.",
    "Ultrasound: liver and spleen are mildly enlarged.",
    "The spleen and liver were both enlarged on CT.",
    "Liver & spleen were enlarged.",
    "Liver and spleen appear enlarged.",
    "医生说 liver and spleen are enlarged (ultrasound)。",
])
def test_liver_and_spleen_called_enlarged_with_a_copula(ex, text):
    e = ex(text)
    assert status_of(e, "hepatosplenomegaly") == "present"
    assert criterion(e, "organomegaly") == "present"


def test_liver_and_spleen_are_not_enlarged_is_no_hepatosplenomegaly(ex):
    assert status_of(ex("Liver and spleen are not enlarged."), "hepatosplenomegaly") == "absent"


@pytest.mark.parametrize("text", [
    "LN 未见肿大。",
    "浅表及腹腔 LN 未见肿大。",
    "LN 无肿大。",
    "腹腔 LN 未见明显肿大，脾大。",
    "肝脾不大，浅表 LN 均未见肿大。",
])
def test_latin_node_group_not_enlarged_across_a_space(ex, text):
    assert status_of(ex(text), "lymphadenopathy") == "absent"


def test_all_three_negated_with_latin_nodes_is_no_organomegaly(ex):
    assert criterion(ex("全身 CT：肝脾不大，浅表及腹腔 LN 未见肿大。"), "organomegaly") == "absent"


@pytest.mark.parametrize("text,concept,state", [
    ("LN 肿大。", "lymphadenopathy", "present"),
    ("双下肢水肿 LN 未见肿大", "peripheral_edema", "present"),
    ("腹腔 LN 未见明显肿大，脾大。", "splenomegaly", "present"),
])
def test_latin_node_negation_look_alikes(ex, text, concept, state):
    assert status_of(ex(text), concept) == state


@pytest.mark.parametrize("text,concept", [
    ("AL淀粉样变性可有肝大、巨舌。", "hepatomegaly"),
    ("Slide 5 — DDx：CIDP vs POEMS vs AL amyloidosis（可有肝大、巨舌）", "hepatomegaly"),
    ("该病可伴视乳头水肿。", "papilledema"),
    ("骨髓瘤常有溶骨性破坏。", "lytic_bone_lesion"),
    ("Castleman病可有淋巴结肿大及发热。", "lymphadenopathy"),
])
def test_what_a_disease_can_have_is_not_the_patients(ex, text, concept):
    # a doubt (ConText), or nothing where the sentence is about the syndrome (implications.yml
    # others_sentence); never the patient's finding
    found = [f.status.value for f in ex(text).evidence.findings if f.concept == concept]
    assert not found or "uncertain" in found


@pytest.mark.parametrize("text,concept", [
    ("患者肝大，脾大。", "hepatomegaly"),
    ("淋巴结活检示Castleman病，可见肝大。", "hepatomegaly"),
])
def test_the_patients_own_organs_stay_present(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text,concept", [
    ("Please report any leg swelling.", "peripheral_edema"),
    ("He should report new numbness or swelling of the ankles.", "peripheral_edema"),
    ("Advised to call for worsening leg swelling.", "peripheral_edema"),
    ("Report any new ankle swelling.", "peripheral_edema"),
])
def test_an_instruction_to_report_a_sign_is_no_finding(ex, text, concept):
    e = ex(text)
    assert status_of(e, concept) == "uncertain"
    assert criterion(e, "extravascular_volume_overload") == "unknown"


def test_a_no_before_an_instruction_after_a_comma_does_not_reach_it(ex):
    e = ex("Counseling: REMS enrollment, no blood donation, report leg swelling or chest pain.")
    assert status_of(e, "peripheral_edema") != "absent"


@pytest.mark.parametrize("text,concept", [
    ("Radiology report: splenomegaly.", "splenomegaly"),
    ("The report showed ascites.", "ascites"),
    ("Bilateral leg oedema, report attached.", "peripheral_edema"),
    ("CT, report: small pleural effusions.", "pleural_effusion"),
    ("I am writing to report a man with papilloedema.", "papilledema"),
])
def test_report_as_a_noun_or_a_letters_purpose_keeps_the_finding(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text,criterion_name", [
    ("AL amyloidosis may cause hepatomegaly and nephrotic syndrome, but papilledema is not a feature.", "papilledema"),
    ("Skin changes are not a typical feature of CIDP.", "skin_changes"),
    ("Organomegaly is not seen in anti-MAG neuropathy.", "organomegaly"),
    ("Multiple myeloma typically causes lytic rather than sclerotic lesions.", "sclerotic_bone_lesions"),
    ("Anti-MAG neuropathy is associated with IgM kappa proteins and does not produce organomegaly or skin changes.",
     "organomegaly"),
    ("Anti-MAG neuropathy is associated with IgM kappa proteins and does not produce organomegaly or skin changes.",
     "skin_changes"),
])
def test_what_a_disease_lacks_or_typically_shows_is_unknown(ex, text, criterion_name):
    assert criterion(ex(text), criterion_name) == "unknown"


@pytest.mark.parametrize("text", [
    "In POEMS syndrome, in which the hemoglobin is usually normal or high, the platelets are counted.",
    "The hemoglobin is usually normal in POEMS syndrome.",
    "Haemoglobin is typically normal in this condition.",
])
def test_a_usually_normal_test_is_not_the_patients_normal_result(ex, text):
    assert status_of(ex(text), "polycythemia") != "absent"


@pytest.mark.parametrize("text,concept", [
    ("POEMS syndrome, in which lytic lesions are uncommon.", "lytic_bone_lesion"),
    ("Lytic lesions are uncommon in POEMS syndrome.", "lytic_bone_lesion"),
    ("Multiple myeloma typically causes lytic rather than sclerotic lesions.", "sclerotic_bone_lesion"),
])
def test_what_a_disease_rarely_or_typically_shows_is_in_doubt(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


@pytest.mark.parametrize("text,concept,state", [
    ("Papilloedema is not present.", "papilledema", "absent"),
    ("He has papilloedema, which is not a feature of CIDP.", "papilledema", "present"),
    ("The oedema is unusual for amlodipine.", "peripheral_edema", "present"),
    ("His hemoglobin is normal.", "polycythemia", "absent"),
])
def test_the_patients_own_state_beside_such_words(ex, text, concept, state):
    assert status_of(ex(text), concept) == state
