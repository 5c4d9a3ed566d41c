"""A value-based finding that has come back to normal is present once, not now.

"Platelets were raised two years ago but have since normalised", "血小板曾升高，现已正常",
"2年前血小板升高（560），近期复查正常": the finding was read present or historical, so the blood-count
criterion counted it; the resolution ("normalised", "back to normal", "，现已正常", "，复查正常") now marks
it resolved, which the engine sets aside like a doubt (bot/evidence.py). 曾 / 一度 inside the words
("血小板曾升高", "VEGF一度升高") make the finding one of the past, and the lab reader passes them to the
value ("VEGF曾升高（1800 pg/ml）"). A test named right before 复查正常 ("血常规复查正常") is a normal test,
and the periods named before "normalised" still end an amenorrhoea.
"""
from __future__ import annotations

import pytest

import nlu
from conftest import criterion, lab_tuples


def _findings(text: str, concept: str):
    return [(f.status.value, f.attributes.get("resolved")) for f in nlu.extract(text).evidence.findings
            if f.concept == concept]


@pytest.mark.parametrize("text, concept", [
    ("Platelets were raised two years ago but have since normalised.", "thrombocytosis"),
    ("Thrombocytosis, since normalised.", "thrombocytosis"),
    ("Thrombocytosis in 2023, which has since returned to normal.", "thrombocytosis"),
    ("Polycythaemia on presentation, now back to normal after venesection.", "polycythemia"),
    ("血小板曾升高，现已正常。", "thrombocytosis"),
    ("2年前外院查血小板升高，近期复查正常。", "thrombocytosis"),
    ("血红蛋白曾偏高，放血后已恢复正常。", "polycythemia"),
    ("VEGF曾升高，治疗后已降至正常。", "vegf_elevated"),
    ("双下肢水肿，现已正常。", "peripheral_edema"),
])
def test_a_finding_back_to_normal_is_resolved(text: str, concept: str) -> None:
    assert _findings(text, concept) == [("historical", "true")]


@pytest.mark.parametrize("text", [
    "Platelets were raised two years ago but have since normalised.",
    "血小板曾升高，现已正常。",
])
def test_the_criterion_is_left_unknown(text: str) -> None:
    assert criterion(nlu.extract(text), "thrombocytosis_polycythemia") == "unknown"


@pytest.mark.parametrize("text, concept", [
    ("血小板曾升高。", "thrombocytosis"),
    ("VEGF一度升高。", "vegf_elevated"),
])
def test_a_past_rise_inside_the_words_is_historical(text: str, concept: str) -> None:
    assert _findings(text, concept) == [("historical", None)]


def test_a_past_word_passes_to_the_value() -> None:
    assert lab_tuples("VEGF曾升高（1800 pg/ml）。", "vegf") == [(1800.0, "pg/mL", None)]


@pytest.mark.parametrize("text, concept, status", [
    ("血常规复查正常。", "thrombocytosis", "absent"),
    ("血小板升高，复查正常，血红蛋白正常。", "polycythemia", "absent"),
    ("Thrombocytosis (Plt 612).", "thrombocytosis", "present"),
    ("血小板升高，白细胞正常。", "thrombocytosis", "present"),
])
def test_look_alikes_keep_their_reading(text: str, concept: str, status: str) -> None:
    """A test stated normal, another value normal, no resolution at all."""
    assert [s for s, _ in _findings(text, concept)] == [status]


@pytest.mark.parametrize("text", [
    "Secondary amenorrhoea in 2023, but periods have since normalised.",
    "Amenorrhoea for a year, since normalised.",
])
def test_amenorrhoea_still_ends(text: str) -> None:
    assert _findings(text, "amenorrhea") == [("historical", "true")]
