"""English wordings of published case reports and hospital letters that were misread (dev file 66;
sentences written for the tests, not taken from the corpus or from any paper).

- a finding "considered and ruled out" is absent, and a plural verb rules out the whole list before it
  (context_en.yml): "A paraprotein-associated neuropathy and POEMS syndrome were considered and have been
  ruled out" had read an M-protein present;
- a sentence about other patients ("papilledema was present in about a third", "in a series of 99
  patients", "should be excluded in patients labelled as CIDP, because it is associated with ...") is
  not this patient's (implications.yml others_sentence);
- an article before a member keeps a list of hormones whole ("... and a 9 am cortisol were all normal",
  nlu/implications/list_gap.py);
- "Liver, spleen and superficial lymph nodes not enlarged", "Bone CT: no abnormality" (targets_en.yml);
- a comparison table pasted with pipe columns and dated month/year ("Parameter | 03/2023 | 09/2023 |
  Reference"), every column read (nlu/components/dated_table.py, labs.yml column_date);
- "no paraprotein tests done" is a test not done, not a negative result (targets_en.yml).
"""
import pytest

from conftest import criterion, lab_tuples, statuses, status_of


@pytest.mark.parametrize("text, concept", [
    ("Hepatomegaly was considered and ruled out.", "hepatomegaly"),
    ("Papilledema was considered but ruled out on fundoscopy.", "papilledema"),
    ("Papilloedema was considered but excluded.", "papilledema"),
    ("Ascites had been suspected and was excluded on ultrasound.", "ascites"),
    ("A paraprotein-associated neuropathy was considered and has been ruled out.", "m_protein"),
])
def test_considered_and_ruled_out_is_absent(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text, concepts", [
    ("A paraprotein-associated neuropathy and POEMS syndrome were considered and have been ruled out.",
     ["m_protein"]),
    ("Papilledema and ascites were considered and excluded.", ["papilledema", "ascites"]),
    ("Hepatomegaly, ascites and papilloedema were all considered but ruled out.",
     ["hepatomegaly", "ascites", "papilledema"]),
])
def test_a_plural_ruling_out_reaches_the_whole_list(ex, text, concepts):
    extraction = ex(text)
    for concept in concepts:
        assert status_of(extraction, concept) == "absent", concept


def test_ruled_out_does_not_reach_back_over_a_semicolon(ex):
    extraction = ex("He has ascites; hepatomegaly was considered and ruled out.")
    assert status_of(extraction, "ascites") == "present"
    assert status_of(extraction, "hepatomegaly") == "absent"


@pytest.mark.parametrize("text", ["Papilledema was considered.", "Hepatomegaly was considered."])
def test_considered_alone_stays_in_doubt(ex, text):
    extraction = ex(text)
    assert [f.status.value for f in extraction.evidence.findings] == ["uncertain"]


def test_the_ruled_out_paraprotein_neuropathy_leaves_the_clone_absent(ex):
    extraction = ex("Axonal polyneuropathy on NCS. SPEP polyclonal; immunofixation negative; FLC ratio 1.52. "
                    "A paraprotein-associated neuropathy and POEMS syndrome were considered and have been ruled out.")
    assert "present" not in [f.status.value for f in extraction.evidence.findings if f.concept == "m_protein"]
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") == "absent"


@pytest.mark.parametrize("text", [
    "Ophthalmology review: no disc edema. In a series of 99 patients, most had sclerotic lesions; "
    "papilledema was present in about a third.",
    "Fundi normal. Papilledema is seen in about one-third of patients.",
    "Fundi normal. Papilloedema was reported in half of the cases.",
    "Fundi normal. In a cohort of 150 patients, papilledema was common.",
    "Fundi normal. Papilledema was found in the majority of patients.",
])
def test_the_literature_is_not_the_patient(ex, text):
    assert "present" not in statuses(text, "papilledema")
    assert criterion(ex(text), "papilledema") == "absent"


def test_a_disease_to_exclude_in_patients_is_a_general_statement(ex):
    text = ("POEMS syndrome should be excluded in patients labelled as CIDP, because it is associated with "
            "sclerotic bone lesions, elevated VEGF, papilledema and thrombocytosis.")
    extraction = ex(text)
    for concept in ("sclerotic_bone_lesion", "vegf_elevated", "papilledema", "thrombocytosis"):
        assert "present" not in statuses(text, concept), concept
    assert criterion(extraction, "sclerotic_bone_lesions") == "unknown"


@pytest.mark.parametrize("text", [
    "Papilledema was present in both eyes.",
    "Bilateral papilledema was seen in the right more than the left eye.",
])
def test_the_patients_own_sign_stays_present(ex, text):
    assert status_of(ex(text), "papilledema") == "present"


@pytest.mark.parametrize("text", [
    "Thyroid function, testosterone, prolactin and a 9 am cortisol were all normal.",
    "TSH, testosterone, prolactin and an AM cortisol were normal.",
    "His TSH, his testosterone, his prolactin and his morning cortisol were all normal.",
])
def test_an_article_keeps_the_hormone_list_whole(ex, text):
    extraction = ex(text)
    for concept in ("hypogonadism", "hyperprolactinemia", "adrenal_insufficiency"):
        assert status_of(extraction, concept) == "absent", concept
    assert criterion(extraction, "endocrinopathy") == "absent"


def test_a_low_member_is_not_made_normal_by_the_article(ex):
    extraction = ex("Testosterone low, a prolactin and TSH normal.")
    assert "absent" not in [f.status.value for f in extraction.evidence.findings if f.concept == "hypogonadism"]


@pytest.mark.parametrize("text", [
    "Liver, spleen and superficial lymph nodes not enlarged.",
    "Liver, spleen and peripheral lymph nodes were not enlarged.",
    "Superficial lymph nodes, liver and spleen not palpable.",
])
def test_liver_spleen_and_superficial_nodes_negated(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "hepatosplenomegaly") == "absent"
    assert status_of(extraction, "lymphadenopathy") == "absent"
    assert criterion(extraction, "organomegaly") == "absent"


@pytest.mark.parametrize("text", [
    "Bone CT: no abnormality.",
    "Bone CT showed no abnormality.",
    "Skeletal radiographs showed no abnormalities.",
    "Bone CT - no abnormality detected.",
])
def test_a_bone_study_that_found_nothing(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "absent"


@pytest.mark.parametrize("text", ["Bone CT showed no lytic lesions.", "Bone CT: no lytic lesion."])
def test_no_lytic_lesion_says_nothing_of_sclerotic_ones(ex, text):
    assert "absent" not in statuses(text, "sclerotic_bone_lesion")


_PIPE_TABLE = """Table 1: Laboratory values
Parameter | 03/2023 | 09/2023 | Reference
Hemoglobin (g/dL) | 13.9 | 14.2 | 12.0-15.5
Platelets (×10³/µL) | 498 | 541 | 150-400
VEGF (pg/mL) | - | 3,480 | 31-86
"""


def test_a_pipe_table_with_month_year_columns_reads_every_column():
    assert [v for v, _, _ in lab_tuples(_PIPE_TABLE, "hemoglobin")] == [13.9, 14.2]
    assert [v for v, _, _ in lab_tuples(_PIPE_TABLE, "platelets")] == [498, 541]
    assert lab_tuples(_PIPE_TABLE, "vegf") == [(3480, "pg/mL", None)]


def test_a_pipe_table_written_newest_first_keeps_the_latest_last():
    text = ("| Test | 11/2024 | 02/2024 |\n"
            "| Platelets (×10^9/L) | 312 | 580 |\n")
    assert [v for v, _, _ in lab_tuples(text, "platelets")] == [580, 312]


def test_a_pipe_result_table_is_not_a_comparison_table():
    text = "Test | Result | Flag | Range\nPlatelets | 512 K/uL | H | 150-400\n"
    assert [(v, u) for v, u, _ in lab_tuples(text, "platelets")] == [(512, "K/uL")]


@pytest.mark.parametrize("text", [
    "Not seen by neurology yet, no NCS; no paraprotein tests done.",
    "No paraprotein tests have been sent yet.",
    "No M-protein studies sent so far.",
])
def test_no_paraprotein_test_done_is_no_negative_result(ex, text):
    extraction = ex(text)
    assert "absent" not in [f.status.value for f in extraction.evidence.findings if f.concept == "m_protein"]
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") == "unknown"


@pytest.mark.parametrize("text", ["No paraprotein.", "No M-protein on IFE.", "no M protein", "No paraprotein, FLC ratio 1.1."])
def test_no_paraprotein_is_still_a_negative_result(ex, text):
    assert status_of(ex(text), "m_protein") == "absent"


@pytest.mark.parametrize("text", [
    "Anti-GM1, anti-MAG and anti-neurofascin antibodies were negative.",
    "Anti-MAG and anti-GM1 antibodies were negative.",
    "ANA, anti-MAG and anti-Hu antibodies were not detected.",
    "Anti-MAG antibodies were negative.",
])
def test_an_antibody_panel_answered_negative_after_its_last_member(ex, text):
    assert status_of(ex(text), "anti_mag") == "absent"


@pytest.mark.parametrize("text", [
    "Anti-MAG positive, anti-GM1 and anti-GQ1b antibodies were negative.",
    "Anti-MAG antibodies were strongly positive, anti-GM1 antibodies were negative.",
])
def test_a_member_stated_positive_keeps_its_result(ex, text):
    assert status_of(ex(text), "anti_mag") == "present"


@pytest.mark.parametrize("text, concept", [
    ("His brother was diagnosed with multiple myeloma.", "multiple_myeloma"),
    ("Her father died of myeloma.", "multiple_myeloma"),
    ("Her mother was treated for hypothyroidism.", "hypothyroidism"),
    ("His sister suffers from diabetes.", "diabetes"),
])
def test_a_relatives_disease_is_not_the_patients(ex, text, concept):
    assert "present" not in statuses(text, concept)


def test_the_patients_own_finding_after_a_relative_is_kept(ex):
    assert status_of(ex("His mother has noticed the leg swelling."), "peripheral_edema") == "present"


@pytest.mark.parametrize("text, concept", [
    ("Papilledema occurs in up to one third of patients with POEMS syndrome.", "papilledema"),
    ("Ascites develops in about a quarter of patients.", "ascites"),
    ("Thrombocytosis is a common finding in POEMS syndrome.", "thrombocytosis"),
    ("Hyperpigmentation is a characteristic feature of the syndrome.", "hyperpigmentation"),
    ("Papilloedema is a recognised manifestation of this condition.", "papilledema"),
])
def test_a_general_frequency_or_feature_is_not_the_patients(ex, text, concept):
    assert "present" not in statuses(text, concept)


@pytest.mark.parametrize("text", [
    "Papilledema, a minor criterion, was absent in our patient.",
    "Papilloedema, one of the minor criteria, was not present.",
])
def test_a_criterion_named_in_apposition_is_still_negated(ex, text):
    assert statuses(text, "papilledema") == ["absent"]


def test_a_criterion_named_in_apposition_can_be_present(ex):
    assert status_of(ex("Papilledema, a minor criterion, was present."), "papilledema") == "present"


@pytest.mark.parametrize("text, analyte, expected", [
    ("Free Lambda Lt Chains, S  64.5 H  5.7 - 26.3 mg/L", "flc_lambda", [(64.5, "mg/L", "serum")]),
    ("Free Kappa Lt Chains, S  31.2  3.3 - 19.4 mg/L", "flc_kappa", [(31.2, "mg/L", "serum")]),
    ("Free Kappa Lt Chains 31.2 mg/L", "flc_kappa", [(31.2, "mg/L", None)]),
])
def test_us_printout_light_chain_names(text, analyte, expected):
    assert lab_tuples(text, analyte) == expected


@pytest.mark.parametrize("text, concept", [
    ("Sclerotic lesions were not seen on plain radiographs but were evident on CT.", "sclerotic_bone_lesion"),
    ("Sclerotic lesions were not seen on plain radiographs, but were clearly seen on CT.", "sclerotic_bone_lesion"),
    ("Papilledema was not present at diagnosis but developed six months later.", "papilledema"),
    ("Papilloedema was not present at presentation, but was noted at follow-up.", "papilledema"),
])
def test_a_not_taken_back_by_a_later_study_or_time(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text, concept", [
    ("Sclerotic lesions were not seen on CT.", "sclerotic_bone_lesion"),
    ("Papilledema was not present.", "papilledema"),
    ("Sclerotic lesions were not seen on CT, but lytic lesions were evident.", "sclerotic_bone_lesion"),
])
def test_a_not_without_a_taking_back_stays_negative(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"
