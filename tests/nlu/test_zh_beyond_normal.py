"""A value stated beyond the normal range in words (睾酮低于正常, TSH高于正常上限): its 正常 is no
normal result (表2 endocrinopathy); and myelin and axons both involved (髓鞘及轴索均受累) is both kinds
of neuropathy."""

import pytest

from nlu import extract_evidence


def findings(text: str):
    return sorted((f.concept, f.status.value) for f in extract_evidence(text).findings)


@pytest.mark.parametrize("text, concept", [("睾酮低于正常", "hypogonadism"), ("睾酮低于正常范围", "hypogonadism"),
                                           ("TSH高于正常", "hypothyroidism"), ("TSH高于正常上限", "hypothyroidism"),
                                           ("泌乳素高于正常上限", "hyperprolactinemia"),
                                           ("皮质醇低于正常下限", "adrenal_insufficiency")])
def test_beyond_the_normal_range_is_abnormal(text, concept):
    assert findings(text) == [(concept, "present")]


@pytest.mark.parametrize("text, concept", [("睾酮正常", "hypogonadism"), ("TSH正常", "hypothyroidism"),
                                           ("泌乳素正常", "hyperprolactinemia")])
def test_normal_stays_normal(text, concept):
    assert findings(text) == [(concept, "absent")]


@pytest.mark.parametrize("text, status", [("肌电图：髓鞘及轴索均受累", "present"),
                                          ("运动、感觉均受累，髓鞘及轴索均损害", "present"),
                                          ("未见髓鞘及轴索损害", "absent")])
def test_myelin_and_axons(text, status):
    got = dict(findings(text))
    assert got["demyelinating_neuropathy"] == status and got["axonal_neuropathy"] == status


def test_myelin_alone():
    assert ("demyelinating_neuropathy", "present") in findings("髓鞘受累为主")
