"""Tendon reflexes that could not be obtained ("Deep tendon reflexes not elicited", "Ankle reflexes unobtainable
bilaterally", "DTRs: not elicited") are absent reflexes, read as the areflexia of a polyneuropathy, never as a
negated finding; a plantar reflex not elicited or reflexes elicited name no loss."""

import pytest

from conftest import criterion


@pytest.mark.parametrize("text", ["Deep tendon reflexes not elicited in the lower limbs.",
                                  "Ankle reflexes unobtainable bilaterally.", "DTRs: not elicited.",
                                  "Knee and ankle reflexes were not elicited.", "双侧跟腱反射未引出。",
                                  # had read the neuropathy absent (the "not" negating the target it stands in)
                                  "Ankle reflexes were not obtainable.", "No oedema. Ankle reflexes were not obtainable."])
def test_reflexes_that_cannot_be_obtained_are_areflexia(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", ["Plantar reflexes not elicited.", "Ankle reflexes were elicited with reinforcement."])
def test_no_reflex_loss_named(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "unknown"
