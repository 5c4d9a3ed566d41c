"""A finding answered after it, the clause ending there ("肺动脉高压没有", "胸水：没有。",
"脾大否认", "pulmonary hypertension - no"), is absent: before, each was read present, and the
risk-score interview scored pulmonary hypertension for "肺动脉高压没有". A 没有 that goes on
("脾大没有变化", "水肿没有消退": unchanged, not resolved) leaves the finding present."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept", [
    ("肺动脉高压没有", "pulmonary_hypertension"), ("胸水：没有。", "pleural_effusion"),
    ("脾大:没有", "splenomegaly"), ("肺动脉高压否认", "pulmonary_hypertension"),
    ("肺动脉高压没有，胸水有", "pulmonary_hypertension"), ("腹水没消退，脾大没有", "splenomegaly"),
    ("pulmonary hypertension - no", "pulmonary_hypertension"), ("edema - none, ascites - present", "peripheral_edema"),
    # looked for and not found ("胸水没查" is not looked for: unknown)
    ("胸水没查出来", "pleural_effusion"), ("腹水没发现，水肿有", "ascites"), ("心包积液没检出。", "pericardial_effusion"),
])
def test_a_finding_answered_no_after_it_is_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("水肿没有消退", "peripheral_edema"), ("腹水没消退，脾大没有", "ascites"), ("脾大没有变化", "splenomegaly"),
    ("肺动脉高压没有，胸水有", "pleural_effusion"), ("患者有水肿没有腹水", "peripheral_edema"),
    ("edema - none, ascites - present", "ascites"), ("胸水还没有吸收", "pleural_effusion"),
    ("胸水没查出来原因", "pleural_effusion"), ("腹水没发现，水肿有", "peripheral_edema"),
])
def test_a_finding_that_goes_on_or_is_not_answered_stays_present(text, concept):
    assert statuses(text, concept) == ["present"]
