"""A kidney (or other tissue) biopsy "without monoclonal immunoglobulin deposition" says nothing of the serum
M-protein (targets_en.yml ignore): the paraprotein the note reports elsewhere stays, and such a sentence alone
leaves the M-protein unknown. A serum test that found no monoclonal immunoglobulin is still a negative result.
Sentences written for the tests."""

import pytest

from tests.nlu.conftest import criterion, statuses


@pytest.mark.parametrize("text", [
    "Known IgA lambda paraprotein. DIAGNOSIS: glomerular microangiopathy, without monoclonal immunoglobulin deposition.",
    "IgG lambda M-protein on IFE. Renal biopsy: no monoclonal immunoglobulin deposits.",
    "Paraprotein IgA lambda 4 g/L; kidney biopsy negative for monoclonal immunoglobulin deposition disease.",
])
def test_tissue_deposits_denied_leave_the_paraprotein(ex, text):
    assert criterion(ex(text), "monoclonal_plasma_cell_disorder") == "present"


@pytest.mark.parametrize("text", [
    "Renal biopsy: microangiopathy without monoclonal immunoglobulin deposition.",
    "EM: no monoclonal immunoglobulin deposits.",
])
def test_tissue_deposits_alone_say_nothing(text):
    assert "absent" not in statuses(text, "m_protein")


@pytest.mark.parametrize("text", [
    "Serum immunofixation: no monoclonal immunoglobulin detected.",
    "No monoclonal immunoglobulin was found in serum or urine.",
])
def test_a_serum_result_stays_negative(text):
    assert "absent" in statuses(text, "m_protein")
