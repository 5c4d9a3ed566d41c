"""English readings: checklist answers N/D and n/a, a bracketed VEGF row pending, "fundi not benign",
platelets written as a decade, oestradiol raised in a man, a pleural drain or tap that drained fluid.

Each reading with its look-alikes that must keep their reading (negated, uncertain, past, other
analyte or organ): an unknown is never read absent, a negated finding never present.
"""
from __future__ import annotations

import pytest

from nlu.extractor import extract
from tests.nlu.conftest import criterion, lab_tuples, not_done, statuses


# --- 1. checklist answers (implications.yml heading_answer / form_answer) --------------------------

@pytest.mark.parametrize("text, concept", [
    ("Polyneuropathy confirmed by NCS: N", "polyneuropathy"),
    ("Polyneuropathy confirmed by NCS: No", "polyneuropathy"),
    ("Splenomegaly on CT: No", "splenomegaly"),
    ("Papilledema on fundoscopy: N", "papilledema"),
    ("Oedema in both legs: no", "peripheral_edema"),
    ("Papilledema - N", "papilledema"),
    ("Papilledema: N", "papilledema"),
])
def test_a_checklist_row_answered_no_is_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("Oedema - N/D", "peripheral_edema"),
    ("Edema: N/D", "peripheral_edema"),
    ("Oedema: ND", "peripheral_edema"),
    ("Organomegaly: n/a", "organomegaly"),
    ("Hepatomegaly: N/A", "hepatomegaly"),
    ("Ascites - n/a", "ascites"),
    ("Skin changes: N/D", "skin_changes"),
    ("Polyneuropathy confirmed by NCS: N/D", "polyneuropathy"),
    # a row left with its choices unticked
    ("Papilledema: Y / N / unknown", "papilledema"),
    ("Oedema: Y/N", "peripheral_edema"),
    ("Oedema - Yes / No", "peripheral_edema"),
])
def test_a_checklist_row_not_done_or_not_applicable_is_unknown(text, concept):
    assert statuses(text, concept) == []  # neither absent nor present


@pytest.mark.parametrize("text, concept, expected", [
    ("Polyneuropathy confirmed by NCS: Y", "polyneuropathy", ["present"]),
    ("Polyneuropathy on NCS: yes", "polyneuropathy", ["present"]),
    ("Splenomegaly on CT: 15 cm", "splenomegaly", ["present"]),
    ("Oedema in both legs: marked", "peripheral_edema", ["present"]),
    ("Papilledema - Y", "papilledema", ["present"]),
    ("Hepatomegaly: n/a. Splenomegaly: Y", "splenomegaly", ["present"]),
    ("Hepatomegaly: n/a. Splenomegaly: Y", "hepatomegaly", []),
])
def test_look_alikes_of_checklist_answers_keep_their_reading(text, concept, expected):
    assert statuses(text, concept) == expected


def test_a_fundus_row_left_unticked_leaves_fundoscopy_to_do():
    assert not_done(extract("Papilledema: Y / N / unknown")) == {"fundoscopy": "not_done"}


# --- 2. a VEGF row with its sample and laboratory in a bracket, answered pending ------------------

@pytest.mark.parametrize("text", [
    "VEGF, serum (Mayo Clinic Laboratories): pending",
    "VEGF (plasma, send-out): pending",
    "Serum VEGF - sent out, result awaited",
    "Serum VEGF (send-out to Mayo Clinic): result awaited",
    "VEGF, plasma (ARUP Laboratories, Salt Lake City): pending",
    "VEGF, serum (Mayo Clinic Laboratories): sent out",
    "IFE negative. VEGF, serum (Mayo Clinic Laboratories): pending",
])
def test_a_bracketed_vegf_row_answered_pending(text):
    extraction = extract(text)
    assert not_done(extraction).get("serum_vegf") == "pending"
    assert not [lab for lab in extraction.evidence.labs if lab.analyte == "vegf"]


@pytest.mark.parametrize("text", [
    "VEGF (plasma, send-out): not done",
    "VEGF, serum (Mayo Clinic Laboratories): not yet sent",
])
def test_a_bracketed_vegf_row_answered_not_done(text):
    assert not_done(extract(text)).get("serum_vegf") == "not_done"


def test_a_bracketed_vegf_row_with_a_value_is_read_as_the_value():
    extraction = extract("VEGF, serum (Mayo Clinic Laboratories): 1,350 pg/mL")
    assert "serum_vegf" not in not_done(extraction)
    assert lab_tuples("VEGF, serum (Mayo Clinic Laboratories): 1,350 pg/mL", "vegf") == [(1350.0, "pg/mL", "serum")]


def test_the_pending_of_a_bracketed_row_does_not_reach_the_test_before_it():
    extraction = extract("IFE (serum): IgG lambda. VEGF (plasma, send-out): pending")
    assert not_done(extraction) == {"serum_vegf": "pending"}
    assert statuses("IFE (serum): IgG lambda. VEGF (plasma, send-out): pending", "serum_immunofixation") == ["present"]


# --- 3. "Fundi: not benign - bilateral disc swelling" ------------------------------------------

@pytest.mark.parametrize("text", [
    "Fundi: not benign - bilateral disc swelling",
    "Fundi: not entirely benign - bilateral disc swelling",
    "Fundi not benign: bilateral disc swelling",
    "Fundoscopy: not reassuring - disc oedema both eyes",
    "Fundoscopy: not normal, bilateral disc edema",
    "Fundoscopy: not normal (bilateral disc edema)",
    "Fundi: not unremarkable; bilateral papilloedema",
])
def test_an_examination_called_not_benign_keeps_the_disc_swelling_after_it(text):
    assert statuses(text, "papilledema") == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("Fundi: not benign, no disc swelling but haemorrhages", ["absent"]),
    ("Fundi not benign but no disc swelling", ["absent"]),
    ("No disc swelling. Fundi otherwise benign.", ["absent"]),
    ("Fundi: not swollen", []),
    ("Discs: not swollen", []),
])
def test_a_negated_disc_swelling_stays_negated(text, expected):
    assert statuses(text, "papilledema") == expected


def test_not_benign_before_another_finding_keeps_it_present():
    assert statuses("Legs: not benign - pitting oedema to the knees", "peripheral_edema") == ["present"]


# --- 4. platelets written as a decade -----------------------------------------------------------

def _bounds(text, analyte="platelets"):
    return [(lab.value, lab.comparator) for lab in extract(text).evidence.labs if lab.analyte == analyte]


@pytest.mark.parametrize("text, value", [
    ("Plt 480s", 480.0),
    ("platelets in the 480s", 480.0),
    ("Plt 500s-600s", 500.0),
    ("platelets in the low 500s", 500.0),
    ("Platelets have been in the 600s for a year.", 600.0),
    ("Plt count 500's", 500.0),
    ("platelets in the 480s x10^9/L", 480.0),
])
def test_a_platelet_decade_is_read_as_its_lower_bound(text, value):
    assert _bounds(text) == [(value, ">=")]


@pytest.mark.parametrize("text, state", [
    ("Plt 480s", "present"),        # every count of the 480s is above 450 x10^9/L (表2)
    ("Plt 500s-600s", "present"),
    ("Plt 440s", "unknown"),        # a lower bound under the threshold decides nothing, never absent
    ("Plt 450s", "unknown"),
])
def test_a_platelet_decade_against_the_thrombocytosis_threshold(text, state):
    assert criterion(extract(text), "thrombocytosis_polycythemia") == state


@pytest.mark.parametrize("text, expected", [
    ("Plt 480", [(480.0, None)]),            # a plain value stays a value
    ("Plt 485s", []),                        # not a decade: a word after the value, set aside
    ("Platelets normal in the 1990s", []),   # a year, no value
])
def test_look_alikes_of_a_platelet_decade(text, expected):
    assert _bounds(text) == expected


def test_a_decade_of_another_analyte_is_its_lower_bound_too():
    assert _bounds("Hb 150s", "hemoglobin") == [(150.0, ">=")]


# --- 5. oestradiol raised in a man --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "58 yo man. estradiol 62 pg/mL (H)",
    "52M. Oestradiol 198 pmol/L [ref 40-160 pmol/L]",
    "A 47-year-old man. E2 75 pg/mL ↑",
])
def test_oestradiol_raised_in_a_man_is_a_gonadal_finding(text):
    extraction = extract(text)
    assert [f.status.value for f in extraction.evidence.findings if f.concept == "hyperestrogenism"] == ["present"]
    assert criterion(extraction, "endocrinopathy") == "present"


@pytest.mark.parametrize("text, concept, expected", [
    ("58-year-old woman. estradiol 620 pg/mL (H)", "hyperestrogenism", []),  # a woman's cycle
    ("estradiol 62 pg/mL (H)", "hyperestrogenism", []),                      # sex unknown: nothing
    ("52M. Oestradiol 98 pmol/L [ref 40-160 pmol/L]", "hyperestrogenism", []),  # within its range
    ("He is 60. Estradiol 15 pg/mL (L)", "hypogonadism", ["present"]),      # low, as before
    ("58 yo man. testosterone 1.2 nmol/L (L)", "hyperestrogenism", []),     # another hormone
])
def test_look_alikes_of_raised_oestradiol_in_a_man(text, concept, expected):
    assert statuses(text, concept) == expected


def test_a_woman_with_raised_oestradiol_has_no_endocrine_finding_from_it():
    assert criterion(extract("58-year-old woman. estradiol 620 pg/mL (H)"), "endocrinopathy") == "unknown"


# --- 6. a pleural drain or tap that drained fluid -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("s/p pleural drain for recurrent effusion", ["historical"]),
    ("History of pleurodesis for recurrent effusions in 2021.", ["historical"]),
    ("chest tube placed, 1.2 L drained", ["present"]),
    ("thoracentesis 1.2 L", ["present"]),
    ("thoracentesis 1.2L", ["present"]),
    ("Thoracentesis (800 mL, transudate).", ["present"]),
    ("chest drain inserted and 900 mL of straw-coloured fluid drained", ["present"]),
    ("chest tube drained 1.2 L of serous fluid", ["present"]),
    ("Right chest tube for malignant effusion", ["present"]),
])
def test_a_drain_or_tap_that_drained_fluid_shows_a_pleural_effusion(text, expected):
    assert statuses(text, "pleural_effusion") == expected


@pytest.mark.parametrize("text, expected", [
    ("no effusion on repeat CXR after drain", ["absent"]),
    ("chest drain for pneumothorax", []),
    ("chest tube placed", []),
    ("thoracentesis planned if it enlarges", []),
    ("No thoracentesis was needed.", []),  # a tap not done says nothing of the fluid
])
def test_look_alikes_of_a_pleural_drain(text, expected):
    assert statuses(text, "pleural_effusion") == expected


@pytest.mark.parametrize("text", ["paracentesis 3 L", "large-volume paracentesis of 4 litres last week"])
def test_a_paracentesis_with_its_volume_shows_ascites(text):
    assert statuses(text, "ascites") == ["present"]


def test_a_decade_stated_for_every_count_is_its_lower_bound():
    assert _bounds("Platelets in the 600s on every count this year.") == [(600.0, ">=")]


# --- a checklist row with a bracket before its colon ---------------------------------------------

@pytest.mark.parametrize("text, concept, expected", [
    ("Serum IFE (repeat, Mayo Clinic): negative", "serum_immunofixation", ["absent"]),
    ("Splenomegaly (on CT): no", "splenomegaly", ["absent"]),
    ("Hepatomegaly (US 2024): none", "hepatomegaly", ["absent"]),
    ("Papilledema (dilated fundoscopy): N", "papilledema", ["absent"]),
    ("Papilledema (dilated fundoscopy): N/D", "papilledema", []),
    ("Hepatomegaly (US): unknown", "hepatomegaly", []),
    # look-alikes keep their reading
    ("Splenomegaly (on CT): 16 cm", "splenomegaly", ["present"]),
    ("Papilledema (bilateral) - Y", "papilledema", ["present"]),
    ("Mild oedema (ankles), effusions: none", "peripheral_edema", ["present"]),
])
def test_a_row_with_a_bracket_before_its_answer(text, concept, expected):
    assert statuses(text, concept) == expected


# --- a hormone value restated in another unit before its reference range ------------------------

@pytest.mark.parametrize("text, concept, expected", [
    ("48-year-old man. Testosterone 4.1 nmol/L (118 ng/dL) [ref 8.6–29.0 nmol/L]", "hypogonadism", ["present"]),
    ("48-year-old man. Testosterone 4.1 nmol/L (118 ng/dL) [ref 250–840 ng/dL]", "hypogonadism", ["present"]),
    ("48-year-old man. Prolactin 812 mIU/L (38 ng/mL) [ref 86–324 mIU/L]", "hyperprolactinemia", ["present"]),
    ("48-year-old man. Oestradiol 198 pmol/L (54 pg/mL) [ref 40–160 pmol/L]", "hyperestrogenism", ["present"]),
    # within the range in either unit: the axis stated normal
    ("48-year-old man. Testosterone 14.1 nmol/L (406 ng/dL) [ref 250–840 ng/dL]", "hypogonadism", ["absent"]),
    ("48-year-old man. Testosterone 14.1 nmol/L (406 ng/dL) [ref 8.6–29.0 nmol/L]", "hypogonadism", ["absent"]),
    # a range naming no unit after two units: its scale is not known, the range is not read; the
    # value in a man is read against the men's cut-off (thresholds.yml total_testosterone)
    ("48-year-old man. Testosterone 4.1 nmol/L (118 ng/dL) [ref 8.6–29.0]", "hypogonadism", ["present"]),
    ("48-year-old man. Testosterone 4.1 nmol/L (118 ng/dL)", "hypogonadism", ["present"]),
    ("48-year-old woman. Testosterone 4.1 nmol/L (118 ng/dL) [ref 8.6–29.0]", "hypogonadism", []),
    ("48-year-old man. Prolactin 812 mIU/L (38 ng/mL) [ref 86–324]", "hyperprolactinemia", []),
])
def test_a_hormone_restated_in_another_unit_is_read_against_its_range(text, concept, expected):
    assert statuses(text, concept) == expected
