"""A sign that shows a finding when present says nothing of it when denied (targets labels
``present_only.<concept>``): "no temporal dispersion", "未见异常波形离散" are typical of the uniform
slowing of POEMS and deny no demyelination; they had been read as "no demyelinating neuropathy".
Chinese "传导速度均匀减慢" is the uniform slowing (二(三)1) it had not been read as."""

import pytest

import nlu


def _findings(text):
    return {(f.concept, f.status.value) for f in nlu.extract(text).evidence.findings}


@pytest.mark.parametrize("text", [
    "NCS: uniform slowing, no temporal dispersion.",
    "without significant temporal dispersion or conduction block",
    "肌电图：传导速度均匀减慢，未见波形离散及传导阻滞",
    "未见传导阻滞及异常波形离散",
])
def test_a_denied_dispersion_denies_no_demyelination(text):
    assert ("demyelinating_neuropathy", "absent") not in _findings(text)


@pytest.mark.parametrize("text", [
    "NCS showed temporal dispersion and conduction block",
    "神经传导：多发运动传导阻滞及时间离散",
    "肌电图：多灶性运动传导阻滞，异常波形离散",
])
def test_a_dispersion_found_is_demyelination(text):
    assert ("demyelinating_neuropathy", "present") in _findings(text)


def test_a_doubted_dispersion_stays_in_doubt():
    assert ("demyelinating_neuropathy", "uncertain") in _findings("?temporal dispersion")


@pytest.mark.parametrize("text", ["肌电图：传导速度均匀减慢", "神经传导速度均匀减慢，无传导阻滞", "运动神经传导速度均一性减慢"])
def test_uniform_slowing_in_chinese(text):
    assert ("uniform_slowing", "present") in _findings(text)


def test_no_demyelination_is_still_read():
    assert ("demyelinating_neuropathy", "absent") in _findings("NCS: no demyelinating features.")
