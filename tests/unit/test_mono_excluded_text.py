"""The reason that no M-protein is shown (二(二)1: serum immunofixation negative, FLC ratio normal),
with the urine immunofixation named when it is negative too: one bilingual text whose English,
Chinese and recorded parameters all say the same thing."""

import pytest

from bot.engine import assess
from bot.evidence import evidence_of
from bot.texts import msg

MONO = "monoclonal_plasma_cell_disorder"
FLC = [{"analyte": "flc_ratio", "value": 1.0}]


def excluded(statuses):
    result = assess(evidence_of(statuses, FLC)).criteria[MONO]
    assert result.state.value == "absent"
    return next(r for r in result.reasons if r.key == "mono.excluded")


def test_a_negative_urine_immunofixation_is_named_in_both_languages_and_recorded():
    text = excluded({"serum_immunofixation": "absent", "urine_immunofixation": "absent"})
    urine = msg("mono.urine_negative")
    assert urine.en in text.en and urine.zh in text.zh
    assert urine.zh not in text.en and urine.en not in text.zh
    assert text.params == {"urine": urine.en}


@pytest.mark.parametrize("statuses", [{"serum_immunofixation": "absent"}])
def test_without_a_urine_result_nothing_of_it_is_named(statuses):
    text = excluded(statuses)
    urine = msg("mono.urine_negative")
    assert urine.en not in text.en and urine.zh not in text.zh
    assert text.params == {"urine": ""}
    assert (text.en, text.zh) == (msg("mono.excluded", urine="").en, msg("mono.excluded", urine="").zh)
