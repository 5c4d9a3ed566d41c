"""A message that gives only the unit of a value the conversation already has ("血小板单位是10^9/L",
"the platelets were x10^9/L", "VEGF单位是pg/ml") sets that unit on the value, re-assesses and says
so; the digits of the unit are never read as a value (before, "x10^9/L" answering the FLC question
was stored as an FLC ratio of 9 and met the monoclonal criterion)."""

import pytest

from bot.dialogue.answers import late_unit, normalised
from bot.dialogue.render import details
from bot.evidence import LabRefused
from bot.models import Evidence, Finding, LabValue
from bot.session import TriageSession


def session(*labs: LabValue) -> TriageSession:
    s = TriageSession()
    s.apply_note(Evidence(findings=[Finding(concept="polyneuropathy"), Finding(concept="peripheral_edema")],
                          labs=list(labs)))
    s.ask("serum_free_light_chains")
    return s


@pytest.mark.parametrize("text, expected", [
    ("血小板单位是10^9/L", ("platelets", "10^9/L")), ("the platelets were x10^9/L", ("platelets", "10^9/L")),
    ("VEGF in ng/ml", ("vegf", "ng/mL")), ("unit: g/dL", (None, "g/dL")), ("单位是 10^9/L", (None, "10^9/L")),
])
def test_a_message_that_is_only_a_unit(text, expected):
    assert late_unit(normalised(text)) == expected


@pytest.mark.parametrize("text", ["Hb 160 g/L", "plasma", "ok", "血小板 10^9/L，血红蛋白 g/L", "FLC ratio 0.12",
                                  "ratio", "units"])
def test_anything_else_is_no_late_unit(text):
    assert late_unit(normalised(text)) is None


def test_the_unit_is_set_on_the_value_without_one_and_no_number_is_read():
    s = session(LabValue(analyte="platelets", value=520))
    outcome = s.apply_answer("serum_free_light_chains", "血小板单位是10^9/L")
    assert outcome.kind == "detail"
    assert [(lab.analyte, lab.value, lab.unit) for lab in s.evidence.labs] == [("platelets", 520, "10^9/L")]
    assert details(outcome.details, "en") == [
        "Noted: the platelet count value 520 is in 10^9/L (was no unit); reassessed."]
    assert s.evidence.overrides[-1].key == "platelets.unit"


def test_a_unit_the_value_already_has_changes_nothing_and_reads_no_ratio():
    s = session(LabValue(analyte="platelets", value=520, unit="10^9/L"))
    outcome = s.apply_answer("serum_free_light_chains", "the platelets were x10^9/L")
    assert outcome.kind == "detail" and outcome.changes == []
    assert [lab.analyte for lab in s.evidence.labs] == ["platelets"]


def test_a_unit_no_value_can_be_in_is_not_an_answer():
    s = session(LabValue(analyte="platelets", value=520, unit="10^9/L"))
    assert s.apply_answer("serum_free_light_chains", "unit: g/dL").kind == "unrecognised"
    assert [lab.analyte for lab in s.evidence.labs] == ["platelets"]


def test_a_unit_correction_changes_the_reading():
    s = session(LabValue(analyte="vegf", value=1.5, unit="ng/mL", sample="serum"))
    assert s.states()["vegf_elevated"] == "present"
    outcome = s.apply_detail("VEGF单位是pg/ml")
    assert [lab.unit for lab in s.evidence.labs] == ["pg/mL"]
    assert s.states()["vegf_elevated"] == "absent" and outcome.changes


def test_an_impossible_unit_is_refused_and_nothing_changes():
    s = session(LabValue(analyte="vegf", value=1.5, unit="ng/mL", sample="serum"))
    with pytest.raises(LabRefused):
        s.apply_detail("VEGF单位是g/L")
    assert [lab.unit for lab in s.evidence.labs] == ["ng/mL"]
