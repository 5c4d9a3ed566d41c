"""A criterion left unknown although some of its components were reported absent says which
were absent and which are not known yet (the reasoning shows what is still unknown), instead
of "No information yet"; the unknown part is never taken as absent."""

from bot.engine import assess
from bot.evidence import evidence_of


def result(criterion, statuses):
    return assess(evidence_of(statuses)).criteria[criterion]


def test_organs_denied_with_the_nodes_not_mentioned():
    r = result("organomegaly", {"hepatosplenomegaly": "absent"})
    assert r.state.value == "unknown"
    keys = [x.key for x in r.reasons]
    assert keys == ["finding.absent", "criterion.components_unknown"]
    assert r.reasons[1].en == "Not yet known: lymphadenopathy"
    assert r.reasons[1].zh == "尚不明确:淋巴结肿大"


def test_oedema_denied_with_the_effusions_not_mentioned():
    r = result("extravascular_volume_overload", {"peripheral_edema": "absent"})
    assert r.state.value == "unknown"
    assert r.reasons[-1].en == "Not yet known: ascites, pleural effusion"


def test_nothing_reported_is_still_no_information():
    r = result("organomegaly", {"peripheral_edema": "present"})
    assert [x.key for x in r.reasons] == ["criterion.no_evidence"]


def test_every_component_absent_is_absent():
    r = result("organomegaly", {"hepatosplenomegaly": "absent", "lymphadenopathy": "absent"})
    assert r.state.value == "absent"
    assert "criterion.components_unknown" not in [x.key for x in r.reasons]
