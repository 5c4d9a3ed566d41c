"""What the discussion of a disease says, and shorthand answers of US and messaging notes.

* General statements are not the patient's findings: "it is often misdiagnosed as CIDP and typically brings
  thrombocytosis, papilloedema, hyperpigmentation and organomegaly" (the habit adverb after "and"),
  "POEMS患者多有血小板增多、皮肤色素沉着、视乳头水肿…" (the whole list up to the clause's comma), and an alternative
  in a bracket, "raises POEMS syndrome (or Castleman disease)", is weighed, not made.
* "the lack of response to IVIG, the presence of lambda light chain restricted plasma cells": "(the) presence of"
  opens a finding that is there, ending the negation's list; "lack of response" / "对丙球缺乏反应" is no response.
* Shorthand answers: "Fundi nl", "CBC nl", "Skin nl" are normal results; "Ext: ∅ edema" denies the oedema;
  "Gynecomastia n/a" says nothing (not applicable, never present).
* Erectile dysfunction or amenorrhoea with the hormones given normal ("testosterone normal") is not counted as
  an endocrinopathy (bot/data/criteria.yml ``hormones_normal``, 二(二)3).
"""
from __future__ import annotations

import pytest

import nlu
from bot.engine import assess
from conftest import criterion, status_by_concept


def test_what_a_disease_typically_brings_is_no_finding() -> None:
    statuses = status_by_concept("POEMS syndrome was considered, because it is often misdiagnosed as CIDP and typically "
                         "brings thrombocytosis, papilloedema, hyperpigmentation and organomegaly; the absence of a "
                         "paraprotein made it very unlikely.")
    for concept in ("thrombocytosis", "papilledema", "hyperpigmentation", "organomegaly"):
        assert statuses[concept] == "uncertain"


def test_what_such_patients_have_is_no_finding_zh() -> None:
    statuses = status_by_concept("讨论：二者鉴别要点包括：POEMS患者多有血小板增多、皮肤色素沉着、视乳头水肿及VEGF显著升高，"
                         "且对丙球治疗无反应；本例均不符合。")
    for concept in ("thrombocytosis", "hyperpigmentation", "papilledema", "vegf_elevated"):
        assert statuses[concept] == "uncertain"


def test_the_patients_own_finding_after_the_comma_stays() -> None:
    statuses = status_by_concept("POEMS患者多有皮肤色素沉着，本例患者双下肢水肿明显。")
    assert statuses == {"hyperpigmentation": "uncertain", "peripheral_edema": "present"}


def test_an_alternative_in_a_bracket_is_weighed() -> None:
    extraction = nlu.extract("Pulmonary hypertension with serous effusions and a neuropathy raises POEMS "
                             "syndrome (or Castleman disease).")
    assert criterion(extraction, "castleman") == "unknown"
    assert criterion(extraction, "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Not typical for CIDP given the lack of response to IVIG, the presence of lambda light chain restricted "
    "plasma cells on marrow, and the new thrombocytosis.",
    "No oedema and presence of a lambda light chain restricted plasma cell infiltrate.",
])
def test_presence_of_ends_the_negated_list(text: str) -> None:
    assert status_by_concept(text)["clonal_plasma_cells_ihc"] == "present"


@pytest.mark.parametrize("text", ["Lack of response to IVIG.", "对丙球缺乏反应。",
                                  "Poor outcome given the absence of response to steroids."])
def test_lack_of_response_is_no_response(text: str) -> None:
    statuses = status_by_concept(text)
    assert statuses.get("treatment_nonresponse") == "present"
    assert "treatment_response" not in statuses


@pytest.mark.parametrize("text, name", [
    ("Fundi nl.", "papilledema"),
    ("CBC nl.", "thrombocytosis_polycythemia"),
    ("Skin nl.", "skin_changes"),
    ("Ext: ∅ edema, ∅ ascites, ∅ effusions.", "extravascular_volume_overload"),
])
def test_shorthand_normal_answers(text: str, name: str) -> None:
    assert criterion(nlu.extract(text), name) == "absent"


@pytest.mark.parametrize("text", ["Edema: ∅", "Edema ∅, splenomegaly present."])
def test_the_empty_set_after_a_finding_still_denies_it(text: str) -> None:
    assert status_by_concept(text)["peripheral_edema"] == "absent"


@pytest.mark.parametrize("text", ["Gynecomastia n/a.", "Hypertrichosis n/a, skin otherwise not examined."])
def test_not_applicable_says_nothing(text: str) -> None:
    assert all(status != "present" for status in status_by_concept(text).values())


@pytest.mark.parametrize("text", [
    "He reports erectile dysfunction. Testosterone 14.8 nmol/L (nl).",
    "Erectile dysfunction; testosterone normal.",
    "勃起功能障碍，睾酮正常。",
    "38岁女性，闭经8个月，性激素正常。",
])
def test_a_sign_with_its_hormones_normal_is_not_counted(text: str) -> None:
    result = assess(nlu.extract(text).evidence).criteria["endocrinopathy"]
    assert result.state.value == "unknown"
    assert any(reason.key == "endo.hormones_normal" for reason in result.reasons)


@pytest.mark.parametrize("text", ["Erectile dysfunction, testosterone low.",
                                  "Erectile dysfunction; testosterone normal; gynaecomastia."])
def test_the_axis_shown_otherwise_still_counts(text: str) -> None:
    assert criterion(nlu.extract(text), "endocrinopathy") == "present"


@pytest.mark.parametrize("text, expected", [
    ("Fundus was normal.", "absent"), ("Fundus: disc swelling bilaterally.", "present"),
    ("Fundus not examined.", "unknown")])
def test_the_fundus_named_in_the_singular(text: str, expected: str) -> None:
    assert criterion(nlu.extract(text), "papilledema") == expected
