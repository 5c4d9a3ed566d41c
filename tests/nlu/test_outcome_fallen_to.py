"""A case report's values after treatment written "had fallen to" or "came down to" are the outcome of treatment, as
"fell to" was: written after the presentation's values in the narrative, they do not undo them (before, "Serum VEGF
had fallen to 520 pg/mL and platelets were 286 × 10^9/L" was taken for today's values: VEGF and thrombocytosis
absent in a patient whose presentation had both). A follow-up that dates its baseline keeps today's value."""

import pytest

from bot.engine import assess
from nlu import extract

PRESENTATION = ("Case presentation: a 52-year-old man with a demyelinating polyneuropathy and an IgA lambda "
                "paraprotein. Serum VEGF was 2,870 pg/mL (reference 0-600) and platelets 534 × 10^9/L. "
                "He received lenalidomide and dexamethasone, then autologous transplantation. ")


@pytest.mark.parametrize("outcome", [
    "Outcome: by March 2024 serum VEGF had fallen to 410 pg/mL and platelets were 262 × 10^9/L.",
    "Outcome: a year later serum VEGF had come down to 410 pg/mL and platelets were 262 × 10^9/L.",
    "Outcome: serum VEGF has since fallen to 410 pg/mL, and platelets came down to 262 × 10^9/L.",
])
def test_values_after_treatment_do_not_undo_the_presentation(outcome):
    criteria = assess(extract(PRESENTATION + outcome).evidence).criteria
    assert criteria["vegf_elevated"].state.value == "present"
    assert criteria["thrombocytosis_polycythemia"].state.value == "present"


def test_a_dated_baseline_keeps_todays_value():
    text = ("Follow-up. Baseline (2022): serum VEGF 2,870 pg/mL. Now: serum VEGF has fallen to 410 pg/mL "
            "(reference 0-600).")
    assert assess(extract(text).evidence).criteria["vegf_elevated"].state.value == "absent"
