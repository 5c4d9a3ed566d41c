"""Wording of published case reports, laboratory-system printouts and letters (dev file 30).

Flattened table rows: a laboratory system's table pasted as plain lines ("Test Result Flag
Reference Units") puts a bare reference range between the value and its unit ("Haemoglobin 171
H 130-170 g/L", "VEGF 1,234 H 0-115 pg/mL", "eGFR 58 L >90 mL/min/1.73m2"). The unit is read
after the range, and the range is the value's reference; a value followed by a range column is
not the first digit group of a bigger number ("Platelets 233 150-400 x10^9/L" is 233, not 233 150).
A range in running text, or one not followed by the analyte's unit ending the row, is not read so.
"""
import pytest

from conftest import labs_of, status_of


def _one(extraction, analyte):
    found = labs_of(extraction, analyte)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, analyte, value, unit, low, high", [
    ("Haemoglobin 171 H 130-170 g/L", "hemoglobin", 171, "g/L", 130, 170),
    ("Hb 141 130-170 g/L", "hemoglobin", 141, "g/L", 130, 170),
    ("Platelets 233 150-400 x10^9/L", "platelets", 233, "10^9/L", 150, 400),
    ("Platelets 398 150-400 x10 9 /L", "platelets", 398, "10^9/L", 150, 400),
    ("VEGF 1,234 H 0-115 pg/mL", "vegf", 1234, "pg/mL", 0, 115),
    ("VEGF (serum) 402 62-707 pg/mL", "vegf", 402, "pg/mL", 62, 707),
    ("Free kappa 31.2 H 3.3-19.4 mg/L", "flc_kappa", 31.2, "mg/L", 3.3, 19.4),
    ("eGFR 58 L >90 mL/min/1.73m2", "egfr", 58, "mL/min/1.73m^2", 90, None),
])
def test_a_flattened_row_reads_the_unit_after_its_range(ex, text, analyte, value, unit, low, high):
    lab = _one(ex("Results:\nTest Result Flag Reference Units\n" + text + "\n"), analyte)
    assert (lab.value, lab.unit) == (value, unit)
    assert (lab.reference_low, lab.reference_high) == (low, high)


def test_a_flattened_table_reads_every_row(ex):
    note = ("Test Result Flag Reference Units\nHaemoglobin 171 H 130-170 g/L\n"
            "Platelets 398 150-400 x10 9 /L\nVEGF 1,234 H 0-115 pg/mL\n"
            "Free lambda 14.1 5.7-26.3 mg/L\nKappa/lambda ratio 2.21 H 0.26-1.65\n")
    found = {lab.analyte: (lab.value, lab.unit) for lab in ex(note).evidence.labs}
    assert found["hemoglobin"] == (171, "g/L")
    assert found["platelets"] == (398, "10^9/L")
    assert found["vegf"] == (1234, "pg/mL")
    assert found["flc_lambda"] == (14.1, "mg/L")


@pytest.mark.parametrize("text, analyte, value, unit", [
    # a space-grouped value stays one number when no range follows it
    ("VEGF 1 850 pg/mL", "vegf", 1850, "pg/mL"),
    ("Plt 612 000/µL", "platelets", 612000, "/uL"),
    # the range in brackets or after a keyword is read as before
    ("VEGF 1,520 (ref 0-500) pg/mL", "vegf", 1520, "pg/mL"),
    ("血小板计数(PLT)  612  10^9/L  ↑  125-350", "platelets", 612, "10^9/L"),
])
def test_other_layouts_are_unchanged(ex, text, analyte, value, unit):
    lab = _one(ex(text), analyte)
    assert (lab.value, lab.unit) == (value, unit)


@pytest.mark.parametrize("text, analyte", [
    # a range not followed by the analyte's unit ending the row: no unit is taken from it
    ("Platelets 450 150-400 yesterday and 480 today", "platelets"),
    ("VEGF 900 62-707 pg/mL on the old assay, repeat pending", "vegf"),
])
def test_a_range_in_running_text_gives_no_unit(ex, text, analyte):
    for lab in labs_of(ex(text), analyte):
        assert lab.reference_low is None and lab.reference_high is None


# --- text copied from the PDF of a published case report -------------------------------------
# A reference list (its heading on a line of its own, then numbered entries) names findings in the
# titles of cited papers; they are not the patient's (nlu/rules/document.yml). A word split by a
# hyphen at a line break is joined when the joined word is one the lexicons read; a compound keeps
# its hyphen. Offsets stay those of the note.

_CASE = ("A 51-year-old man had a demyelinating polyneuropathy and an IgA lambda M-protein. "
         "There was no lymphadenopathy.\n\n")


@pytest.mark.parametrize("references", [
    "References\n1. Dispenzieri A, et al. Castleman disease variant of POEMS syndrome. Blood. 2011.\n"
    "2. Kaushik M. Papilledema in POEMS syndrome. J Neuroophthalmol. 2011;31:125-9.\n",
    "REFERENCES:\n\n[1] Castleman disease and POEMS syndrome: a review. 2016.\n",
    "参考文献\n[1] 张薇. 伴Castleman病的POEMS综合征临床特征分析[J]. 中华医学杂志，2016.\n",
    "Bibliography\n1) Papilloedema and splenomegaly in POEMS syndrome. 2019.\n",
])
def test_a_reference_list_is_not_the_patients(ex, references):
    extraction = ex(_CASE + references)
    for concept in ("castleman_disease", "papilledema", "splenomegaly"):
        assert status_of(extraction, concept) != "present", concept
    assert status_of(extraction, "polyneuropathy") == "present"


@pytest.mark.parametrize("text, concept", [
    # not a reference list: a heading with no numbered entry, a table's column header, a range
    ("References\nLymph node biopsy: Castleman disease, plasma cell type.", "castleman_disease"),
    ("Test Result Reference\nLymph node: Castleman disease, hyaline-vascular type.", "castleman_disease"),
    ("Reference range given by the lab.\n1. Splenomegaly 15 cm on CT.", "splenomegaly"),
])
def test_other_uses_of_the_word_reference_are_read(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text, concept", [
    ("Fundoscopy showed bilateral optic disc swell-\ning (Fig. 2A).", "papilledema"),
    ("Nerve conduction studies showed a demyeli-\nnating sensorimotor poly-\nneuropathy.", "polyneuropathy"),
    ("Examination showed diffuse hyperpigmenta-\ntion of the trunk.", "hyperpigmentation"),
    ("There was bilateral pitting oede-\nma of the legs.", "peripheral_edema"),
])
def test_a_word_split_at_a_line_break_is_read(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text, expected", [
    ("IVIG-\nrefractory", "IVIG- refractory"),
    ("lenalidomide-\ndexamethasone", "lenalidomide- dexamethasone"),
    ("IgA-\nlambda", "IgA- lambda"),
])
def test_a_compound_keeps_its_hyphen(text, expected):
    from nlu.normalize import normalize

    assert normalize(text) == expected


def test_a_joined_word_keeps_the_offsets(ex):
    text = "Optic disc swell-\ning was seen; hyperpigmenta-\ntion of the trunk."
    from nlu.normalize import normalize

    assert len(normalize(text)) == len(text)
    assert status_of(ex(text), "hyperpigmentation") == "present"


# --- findings that have gone (follow-up letters, patients' messages) ---------------------------
# A sign that has faded or "went down" is resolved (not a present finding); a relative clause
# "he had before the transplant" puts the findings before it in the past, and a plural subject
# "the leg swelling and ascites ... have completely resolved" reaches both findings.

def _criterion(extraction, name):
    from bot.engine import assess

    return assess(extraction.evidence).criteria[name].state.value


@pytest.mark.parametrize("text, criterion", [
    ("The skin darkening on his trunk has faded.", "skin_changes"),
    ("The hyperpigmentation has faded since the transplant.", "skin_changes"),
    ("My ankles were a bit puffy after the last cycle but that went down after a couple of days.",
     "extravascular_volume_overload"),
    ("Her legs were swollen in June but it went down with the water tablets.",
     "extravascular_volume_overload"),
    ("The leg swelling and ascites he had before the transplant have completely resolved.",
     "extravascular_volume_overload"),
])
def test_a_sign_that_has_gone_is_not_present(ex, text, criterion):
    assert _criterion(ex(text), criterion) != "present"


@pytest.mark.parametrize("text, concept", [
    ("The oedema she had at diagnosis is less.", "peripheral_edema"),
    ("The ascites he had before the transplant needed drains.", "ascites"),
])
def test_a_finding_he_had_before_is_historical(ex, text, concept):
    assert status_of(ex(text), concept) == "historical"


@pytest.mark.parametrize("text, criterion", [
    # still there: fading is not gone, a value that went down is no sign, "he had" opens a finding
    ("The skin darkening is fading but still obvious; he has marked hyperpigmentation of the trunk.",
     "skin_changes"),
    ("He had bilateral pitting oedema to the knees.", "extravascular_volume_overload"),
    ("Platelets went down to 520; he has pitting oedema of both legs.", "extravascular_volume_overload"),
    ("She had ascites at presentation and still has bilateral leg oedema.",
     "extravascular_volume_overload"),
])
def test_a_sign_still_present_stays_present(ex, text, criterion):
    assert _criterion(ex(text), criterion) == "present"


# --- a normal fundus in a letter's full sentence ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Fundoscopy showed background diabetic retinopathy; the discs were normal.",
    "The papilloedema seen at diagnosis has resolved; his fundi were normal at the eye clinic.",
    "His optic discs looked normal.",
    "Fundoscopy was unremarkable.",
])
def test_a_normal_fundus_in_a_sentence_is_no_papilloedema(ex, text):
    assert _criterion(ex(text), "papilledema") == "absent"


@pytest.mark.parametrize("text", [
    "The discs were normal last year but now show bilateral swelling (papilloedema).",
    "Fundi were normal in 2022; today there is bilateral disc swelling.",
])
def test_a_swollen_disc_after_a_normal_one_is_present(ex, text):
    assert _criterion(ex(text), "papilledema") == "present"


# --- an abstract about a series and its index patient -------------------------------------------
# The findings of "Five patients (28%) had peripheral oedema, three (17%) hepatomegaly" are the
# series', not the note's patient's (context_en.yml: the patients of a series are another
# experiencer, as relatives are); the index patient's own sentence is read as usual.

@pytest.mark.parametrize("text, concept", [
    ("Five patients (28%) had peripheral oedema, three (17%) hepatomegaly and two (11%) "
     "hyperpigmentation.", "hepatomegaly"),
    ("Five patients (28%) had peripheral oedema, three (17%) hepatomegaly and two (11%) "
     "hyperpigmentation.", "hyperpigmentation"),
    ("14 of the 18 patients had papilloedema.", "papilledema"),
    ("Papilloedema was seen in 5 of 18 cases.", "papilledema"),
    ("Splenomegaly was found in two patients.", "splenomegaly"),
])
def test_a_series_finding_is_not_the_patients(ex, text, concept):
    assert status_of(ex(text), concept) is None


@pytest.mark.parametrize("text, concept", [
    ("The index patient, a 61-year-old man, had hepatomegaly and bilateral ankle oedema.",
     "hepatomegaly"),
    ("The patient had papilloedema; two weeks later the discs were still swollen.", "papilledema"),
    ("A 54-year-old man with 2 children had splenomegaly.", "splenomegaly"),
    ("He had 3 cycles of lenalidomide; hyperpigmentation persisted.", "hyperpigmentation"),
])
def test_the_index_patients_findings_are_read(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


# --- a threshold in a plan is no result ------------------------------------------------------
@pytest.mark.parametrize("text, analyte", [
    ("Zoledronic acid once eGFR above 35, otherwise denosumab.", "egfr"),
    ("Hold lenalidomide until platelets > 100 x10^9/L.", "platelets"),
    ("Continue venesection as long as Hct > 45%.", "hematocrit"),
])
def test_a_threshold_after_once_or_until_is_not_read(ex, text, analyte):
    assert labs_of(ex(text), analyte) == []


@pytest.mark.parametrize("text, analyte, value", [
    ("eGFR 31 mL/min/1.73m2 once again today.", "egfr", 31),
    ("Platelets 612 x10^9/L until last week, now 380 x10^9/L.", "platelets", 612),
])
def test_a_result_near_those_words_is_read(ex, text, analyte, value):
    assert value in [lab.value for lab in labs_of(ex(text), analyte)]


# --- a participial clause between a lab's name and its value ------------------------------------
@pytest.mark.parametrize("text, analyte, value, unit", [
    ("Serum VEGF, measured because POEMS syndrome had been considered by the referring team, was "
     "238 pg/mL (reference 62-707 pg/mL).", "vegf", 238, "pg/mL"),
    ("Serum VEGF, measured at our request, was 2,380 pg/mL.", "vegf", 2380, "pg/mL"),
    ("Platelets, checked before the transfusion, were 612 x10^9/L.", "platelets", 612, "10^9/L"),
])
def test_a_value_after_a_clause_is_read(ex, text, analyte, value, unit):
    lab = _one(ex(text), analyte)
    assert (lab.value, lab.unit) == (value, unit)


@pytest.mark.parametrize("text, analyte", [
    # a clause with a number of its own, or a value of another analyte after the clause
    ("VEGF, requested in clinic, 5 days ago 1800 pg/mL.", "vegf"),
    ("VEGF, sent to the reference laboratory, platelets 612 x10^9/L.", "vegf"),
])
def test_a_clause_does_not_carry_another_number(ex, text, analyte):
    assert labs_of(ex(text), analyte) == []
