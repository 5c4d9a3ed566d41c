"""Normal statements of hormones and of the optic discs, echo pulmonary pressures, and
questions that list findings.

- A hormone or panel called normal before its name is normal (implications.yml
  ``normal_scan.normal_before_tests``), glands named together before one "function" each
  (``normal_hormone_shared``); "abnormal", "inappropriately normal" and a normal partner after
  another hormone's value are not.
"""
from __future__ import annotations

from typing import Dict

import pytest

from nlu.extractor import extract


def _states(text: str) -> Dict[str, str]:
    return {f.concept: f.status.value for f in extract(text).evidence.findings}


@pytest.mark.parametrize("text, absent", [
    ("Labs showed normal thyroid function and a normal cortisol",
     {"hypothyroidism", "adrenal_insufficiency"}),
    ("normal TFTs, normal testosterone, normal prolactin",
     {"hypothyroidism", "hypogonadism", "hyperprolactinemia"}),
    ("Endocrine: normal thyroid function, normal cortisol.", {"hypothyroidism", "adrenal_insufficiency"}),
    ("unremarkable thyroid and adrenal function", {"hypothyroidism", "adrenal_insufficiency"}),
    ("Thyroid, adrenal and gonadal function were normal.",
     {"hypothyroidism", "adrenal_insufficiency", "hypogonadism"}),
    ("TFTs and cortisol were unremarkable", {"hypothyroidism", "adrenal_insufficiency"}),
    ("Normal TSH; normal 9am cortisol.", {"hypothyroidism", "adrenal_insufficiency"}),
    ("TFTs normal, 9am cortisol normal", {"hypothyroidism", "adrenal_insufficiency"}),
    ("甲状腺功能正常，皮质醇节律正常", {"hypothyroidism", "adrenal_insufficiency"}),
])
def test_a_hormone_called_normal_is_its_axis_absent(text: str, absent: set) -> None:
    states = _states(text)
    assert {c for c in absent if states.get(c) == "absent"} == absent


def test_a_normal_hormone_beside_a_low_one() -> None:
    states = _states("normal thyroid function but low testosterone")
    assert states.get("hypogonadism") == "present"
    assert states.get("hypothyroidism") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("abnormal thyroid function", "hypothyroidism"),
    ("abnormal thyroid and adrenal function", "adrenal_insufficiency"),
    ("low estradiol and inappropriately normal FSH and LH", "hypogonadism"),
    ("TSH 5.9 with normal fT4", "hypothyroidism"),
])
def test_look_alikes_are_not_stated_normal(text: str, concept: str) -> None:
    assert _states(text).get(concept) != "absent"


def test_no_panel_named_jointly_is_not_done() -> None:
    extraction = extract("no thyroid and adrenal function tests")
    assert [t.test for t in extraction.evidence.not_done] == ["endocrine_panel"]
    assert not extraction.evidence.findings


@pytest.mark.parametrize("text", [
    "Optic discs: sharp margins OU.", "Discs were flat with crisp margins", "discs sharp OU",
    "sharp disc margins bilaterally", "optic discs pink and sharp",
    "Optic discs were pink and sharp bilaterally.", "discs flat and crisp",
])
def test_sharp_discs_are_no_papilledema(text: str) -> None:
    assert _states(text).get("papilledema") == "absent"


@pytest.mark.parametrize("text", [
    "blurred disc margins", "Optic discs: blurred margins OU.", "discs with indistinct margins",
])
def test_blurred_disc_margins_are_papilledema(text: str) -> None:
    assert _states(text).get("papilledema") == "present"


@pytest.mark.parametrize("text", ["optic discs pale and sharp", "optic discs pink and swollen"])
def test_other_disc_descriptions_are_not_read_sharp(text: str) -> None:
    assert _states(text).get("papilledema") != "absent"


@pytest.mark.parametrize("text, status", [
    ("Echo: PA pressure 52 mmHg", "present"), ("PA systolic pressure 52 mmHg", "present"),
    ("估测肺动脉压约52mmHg", "present"), ("肺动脉压 52 mmHg", "present"),
    ("estimated pulmonary artery pressure 45 mmHg", "present"), ("PASP 48 mmHg", "present"),
    ("肺动脉压力 30 mmHg", "absent"), ("PA pressure 30 mmHg", "absent"),
])
def test_an_echo_pa_pressure_is_read_with_the_pasp_cut_offs(text: str, status: str) -> None:
    assert _states(text).get("pulmonary_hypertension") == status


@pytest.mark.parametrize("text", [
    "PA pressure 38 mmHg", "mean PA pressure 30 mmHg", "mean pulmonary artery pressure 50 mmHg",
    "平均肺动脉压 30 mmHg",
])
def test_a_borderline_or_mean_pa_pressure_reads_nothing(text: str) -> None:
    assert "pulmonary_hypertension" not in _states(text)


@pytest.mark.parametrize("text, concepts", [
    ("Can POEMS present with ascites and pleural effusion?", ["ascites", "pleural_effusion"]),
    ("Does POEMS cause oedema and skin darkening?", ["peripheral_edema", "hyperpigmentation"]),
    ("Does POEMS cause ascites, oedema or pleural effusion?", ["ascites", "peripheral_edema", "pleural_effusion"]),
    ("Is there ascites and pleural effusion?", ["ascites", "pleural_effusion"]),
    ("Can POEMS present with ascites?", ["ascites"]),
])
def test_a_question_doubts_its_whole_list(text: str, concepts: list) -> None:
    states = _states(text)
    assert [states.get(c) for c in concepts] == ["uncertain"] * len(concepts)


@pytest.mark.parametrize("text", [
    "He has ascites and pleural effusion. Can POEMS cause this?",
    "Could this be POEMS? He has ascites and pleural effusion.",
    "Ascites and pleural effusion present.",
])
def test_findings_stated_beside_a_question_stay_present(text: str) -> None:
    states = _states(text)
    assert (states.get("ascites"), states.get("pleural_effusion")) == ("present", "present")


@pytest.mark.parametrize("text", ["病程中性功能减退（阳痿）半年，未查性激素。", "男，47岁，性功能减退1年。", "性功能障碍2年"])
def test_reduced_sexual_function_is_the_sign_not_hypogonadism(text: str) -> None:
    """性功能减退 is the symptom (like 阳痿): a gonadal sign the hormones confirm
    (bot/data/criteria.yml awaiting_hormones), not a hormone-proven hypogonadism."""
    states = _states(text)
    assert states.get("erectile_dysfunction") == "present"
    assert "hypogonadism" not in states


def test_reduced_sexual_function_beside_a_low_testosterone() -> None:
    states = _states("性功能减退，睾酮 2.8 nmol/L↓")
    assert states.get("hypogonadism") == "present"
    assert states.get("erectile_dysfunction") == "present"


@pytest.mark.parametrize("text", ["性腺功能减退", "性腺功能减退症，睾酮低"])
def test_gonadal_hypofunction_stays_hypogonadism(text: str) -> None:
    assert _states(text).get("hypogonadism") == "present"
