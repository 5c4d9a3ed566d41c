"""Conversational, consult and journal wording found by dev file 39 (en-369–378, mx-280–283).

Each test lists several phrasings that must be read, and look-alikes that must not change.
"""
from __future__ import annotations

import nlu
import pytest

from conftest import lab_tuples as _labs, statuses as _statuses


def _not_done(text: str) -> dict:
    return {t.test: t.reason for t in nlu.extract(text).evidence.not_done}


# --- "she hasn't had ascites": a finding absent, a test not done ----------------------------------

@pytest.mark.parametrize("text, concept", [
    ("She hasn't had ascites.", "ascites"),
    ("She hasn’t had any ascites or leg swelling.", "ascites"),
    ("She has not had any ascites or oedema.", "peripheral_edema"),
    ("He hasn't yet had any leg swelling.", "peripheral_edema"),
    ("He has not yet had a pleural effusion.", "pleural_effusion"),
    ("They haven't had any ascites so far.", "ascites"),
    ("She hasn't had any ascites（腹水）and her chest film is clear.", "ascites"),
])
def test_a_finding_she_has_not_had_is_absent(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, test", [
    ("She hasn't had a VEGF.", "serum_vegf"),
    ("She hasn't had a VEGF, IFE or bone imaging.", "serum_immunofixation"),
    ("She hasn't had a VEGF, IFE or bone imaging.", "bone_imaging"),
    ("He has not had an immunofixation yet.", "serum_immunofixation"),
    ("She has not had NCS.", "nerve_conduction_study"),
    ("He hasn't yet had fundoscopy.", "fundoscopy"),
])
def test_a_test_she_has_not_had_is_not_done_never_a_negative_result(text: str, test: str) -> None:
    assert _not_done(text).get(test) == "not_done"
    assert "absent" not in _statuses(text, "serum_immunofixation")  # no negative IFE read


@pytest.mark.parametrize("text, concept, expected", [
    ("He has had ascites.", "ascites", ["present"]),                      # no negation
    ("She has had leg swelling for 2 months.", "peripheral_edema", ["present"]),
    ("She hasn't had a fundoscopy but her ankles are swollen.", "peripheral_edema", ["present"]),
    ("She had ascites.", "ascites", ["present"]),
])
def test_had_without_a_negation_stays_present(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


# --- "Outstanding:" before a finding or a test ---------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("Outstanding: papilloedema.", "papilledema"),
    ("Exam summary. Outstanding: papilledema.", "papilledema"),
    ("Outstanding: sclerotic lesions.", "sclerotic_bone_lesion"),
])
def test_a_finding_after_outstanding_is_in_doubt_not_a_test_not_done(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["uncertain"]
    assert _not_done(text) == {}


@pytest.mark.parametrize("text, tests", [
    ("Outstanding investigations: VEGF, FLC.", {"serum_vegf", "serum_free_light_chains"}),
    ("Outstanding: fundoscopy, bone CT.", {"fundoscopy", "bone_imaging"}),
    ("Outstanding: skeletal survey / low-dose CT, fundoscopy, FLC, endocrine panel.",
     {"bone_imaging", "fundoscopy", "serum_free_light_chains", "endocrine_panel"}),
    ("Outstanding tests: IFE.", {"serum_immunofixation"}),
])
def test_tests_after_outstanding_are_still_to_do(text: str, tests: set) -> None:
    assert {t for t, reason in _not_done(text).items() if reason == "not_done"} == tests


@pytest.mark.parametrize("text, test", [
    ("Not done: papilloedema.", "fundoscopy"),        # a finding not checked: its test not done
    ("Papilloedema not checked.", "fundoscopy"),
    ("Pending: VEGF.", "serum_vegf"),
])
def test_other_headings_and_not_done_words_unchanged(text: str, test: str) -> None:
    assert test in _not_done(text)


# --- a test named with its own value was done -----------------------------------------------------

@pytest.mark.parametrize("text, analyte, value", [
    ("We haven't done much yet, FLC ratio 3.1 came back yesterday.", "flc_ratio", 3.1),
    ("We haven't done much, FLC ratio 3.1.", "flc_ratio", 3.1),
    ("Haven't sent much else, VEGF 2,380 pg/mL.", "vegf", 2380),
    ("We have not done a lot yet: FLC ratio 0.12.", "flc_ratio", 0.12),
])
def test_a_test_given_its_value_after_not_done_words_is_done(text: str, analyte: str, value: float) -> None:
    assert [v for v, _, _ in _labs(text, analyte)] == [value]
    assert _not_done(text) == {}


@pytest.mark.parametrize("text, test", [
    ("I haven't sent FLC or VEGF yet.", "serum_vegf"),
    ("We haven't done FLC, VEGF 2,380 pg/mL.", "serum_free_light_chains"),
    ("VEGF not done (outside lab 2019).", "serum_vegf"),
])
def test_a_test_without_its_own_value_stays_not_done(text: str, test: str) -> None:
    assert _not_done(text).get(test) == "not_done"


# --- normal investigations "including" a blood count --------------------------------------------

@pytest.mark.parametrize("text", [
    "Laboratory investigations were within normal limits, including full blood count, renal and liver function.",
    "Routine bloods were unremarkable, including FBC and U&E.",
    "Blood tests were normal, including full blood count.",
])
def test_a_count_named_among_normal_investigations_is_normal(text: str) -> None:
    assert _statuses(text, "thrombocytosis") == ["absent"]
    assert _statuses(text, "polycythemia") == ["absent"]


@pytest.mark.parametrize("text", [
    "Investigations were within normal limits.",                         # no count named
    "Laboratory investigations were unremarkable.",
    "Investigations were within normal limits, including renal and liver function; platelets 512 x10^9/L.",
    "No FBC yet.",
])
def test_normal_investigations_that_name_no_count_say_nothing_of_it(text: str) -> None:
    assert "absent" not in _statuses(text, "thrombocytosis")


# --- a change from one value to another: both read, in their order -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Platelets have come down from 620 to 410.", [(620, None), (410, None)]),
    ("Her platelets have come down from 620 to 410 since her iron deficiency was corrected.",
     [(620, None), (410, None)]),
    ("Platelets fell from 620 to 410 x10^9/L.", [(620, "10^9/L"), (410, "10^9/L")]),
    ("Platelets rose from 380 to 520 x10^9/L.", [(380, "10^9/L"), (520, "10^9/L")]),
    ("Platelets have come down from 612 × 10^9/L at diagnosis to 284 × 10^9/L.",
     [(612, "10^9/L"), (284, "10^9/L")]),
    ("Plts trending up: 398 -> 455 -> 512 K/uL over 3 months.",
     [(398, "K/uL"), (455, "K/uL"), (512, "K/uL")]),
    ("Platelets 261 x10^9/L, up from 190 x10^9/L.", [(190, "10^9/L"), (261, "10^9/L")]),
])
def test_values_of_a_change_are_read_oldest_first(text: str, expected: list) -> None:
    assert [(v, u) for v, u, _ in _labs(text, "platelets")] == expected


def test_a_value_written_down_from_an_earlier_one_stays_the_latest() -> None:
    text = "Serum VEGF 386 pg/mL (reference 62-707), down from 4,120 pg/mL before treatment."
    assert [v for v, _, _ in _labs(text, "vegf")] == [4120, 386]


@pytest.mark.parametrize("text", [
    "Platelets 450 to 500.",                      # a range, no single value
    "VEGF 1850 to 2000 pg/mL.",
    "Platelets from 2019-2021 were stable.",     # years
    "VEGF from 2019 to 2021 was not measured.",
])
def test_ranges_and_years_are_not_a_change(text: str) -> None:
    assert _labs(text, "platelets") == [] and _labs(text, "vegf") == []


# --- units spelled out as American journals print them ------------------------------------------

@pytest.mark.parametrize("text, analyte, expected", [
    ("Hemoglobin 15.1 g per deciliter.", "hemoglobin", (15.1, "g/dL")),
    ("The platelet count was 472,000 per cubic millimeter.", "platelets", (472000, "/uL")),
    ("Platelets 508,000 per microliter.", "platelets", (508000, "/uL")),
    ("Serum VEGF 1,640 pg per milliliter.", "vegf", (1640, "pg/mL")),
    ("The plasma VEGF level was 980 pg per milliliter.", "vegf", (980, "pg/mL")),
    ("VEGF 1.9 ng per milliliter.", "vegf", (1.9, "ng/mL")),
    ("Albumin 3.1 g per deciliter.", "albumin", (3.1, "g/dL")),
])
def test_units_spelled_out(text: str, analyte: str, expected: tuple) -> None:
    assert [(v, u) for v, u, _ in _labs(text, analyte)] == [expected]


# --- "hairy kidney", "diabetes insipidus" -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "CT: circumferential soft-tissue rind around both kidneys (\"hairy kidney\").",
    "Hairy cell leukaemia in remission.",
])
def test_hairy_words_that_are_no_hair(text: str) -> None:
    assert _statuses(text, "hypertrichosis") == []


@pytest.mark.parametrize("text", [
    "Water deprivation test confirmed central diabetes insipidus.",
    "Cranial diabetes insipidus on desmopressin.",
    "Pituitary MRI: thickened stalk, lymphocytic hypophysitis.",
    "Central DI since last year.",
])
def test_a_pituitary_deficiency_is_an_endocrinopathy_not_diabetes(text: str) -> None:
    assert _statuses(text, "endocrinopathy") == ["present"]
    assert _statuses(text, "diabetes") == []


@pytest.mark.parametrize("text, concept, expected", [
    ("He is hairy all over his back.", "hypertrichosis", ["present"]),
    ("T2DM on metformin.", "diabetes", ["present"]),
    ("Nephrogenic diabetes insipidus on lithium.", "diabetes", []),
    ("Nephrogenic diabetes insipidus on lithium.", "endocrinopathy", []),
])
def test_look_alikes_of_hair_and_diabetes(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


# --- "r/o paraprotein": to be looked for, and an age on the next line is no value -----------------

@pytest.mark.parametrize("text, concept", [
    ("Reason: macrocytic anemia and neuropathy, r/o paraprotein\n64 yo M with T2DM.", "m_protein"),
    ("r/o paraprotein\n58 y/o F, numb feet.", "m_protein"),
    ("Neuropathy - r/o paraprotein.", "m_protein"),
    ("R/O paraproteinemia, rule out M-spike.", "m_spike"),
])
def test_rule_out_a_paraprotein_is_uncertain_without_a_value(text: str, concept: str) -> None:
    extraction = nlu.extract(text)
    assert [f.status.value for f in extraction.evidence.findings if f.concept == concept] == ["uncertain"]
    assert not [w for w in extraction.warnings if w.analyte == "m_protein"]
    assert _labs(text, "m_protein") == []


@pytest.mark.parametrize("text, expected", [
    ("M-protein\n12 g/L on SPEP.", [(12, "g/L")]),                       # a value on the next line
    ("Paraprotein 8 g/L.", [(8, "g/L")]),
])
def test_a_paraprotein_value_is_still_read(text: str, expected: list) -> None:
    assert [(v, u) for v, u, _ in _labs(text, "m_protein")] == expected


# --- organs and nodes felt for in a GP's words -------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("I couldn't feel her liver or spleen.", "hepatosplenomegaly"),
    ("I can't feel any lymph nodes.", "lymphadenopathy"),
    ("Cannot palpate the spleen.", "splenomegaly"),
    ("There are no lumps in her neck, armpits or groins.", "lymphadenopathy"),
    ("No lumps in his armpits or groins.", "lymphadenopathy"),
])
def test_organs_and_nodes_not_felt_are_absent(text: str, concept: str) -> None:
    assert _statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept, expected", [
    ("He has noticed a lump in his groin.", "lymphadenopathy", ["present"]),
    ("I can feel her spleen 3 cm below the costal margin.", "splenomegaly", ["present"]),
    ("I couldn't feel her pulses, but the ankles are swollen.", "peripheral_edema", ["present"]),
    ("I can't feel any lymph nodes; spleen tip palpable.", "splenomegaly", ["present"]),
])
def test_organs_and_nodes_felt_stay_present(text: str, concept: str, expected: list) -> None:
    assert _statuses(text, concept) == expected


# --- Castleman disease denied on a needle sample of a node ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("EBUS-TBNA (station 7): non-caseating granulomas; no features of Castleman disease.", ["absent"]),
    ("FNA of the axillary node: reactive, no features of Castleman disease.", ["absent"]),
    ("No features of Castleman disease.", []),        # no sample of a node named: unknown
])
def test_castleman_denied_on_a_node_sample(text: str, expected: list) -> None:
    assert _statuses(text, "castleman_disease") == expected
