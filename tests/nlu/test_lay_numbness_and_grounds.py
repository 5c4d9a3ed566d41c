"""Readings of follow-up, lay and consult wording.

* "kappa light chains are high, the ratio is 3.9": a relative or a patient names the light chains without
  "free"; the ratio after them is the serum free light chain ratio (labs.yml ``flc.context``), so an
  abnormal ratio shows the monoclonal criterion (二(二)1). An immunohistochemistry "light chain restricted"
  stays the tissue's finding, and its "κ:λ 8:1" the tissue ratio.
* "足麻同前" / "双足麻较前减轻": the feet's numbness restated in a follow-up line without 木 is present
  (targets_zh.yml); 手足麻木 keeps its own phrase, and "足麻已消失" is not a present numbness.
* "The numbness in my feet is worse", "a nerve disease making his legs weak and numb": a patient's or a
  relative's words for both feet or legs are the symmetric distal symptoms of a polyneuropathy.
* "r/o papilledema in pt with suspected POEMS (demyelinating polyneuropathy, IgA lambda M-protein, …)": the
  bracket after the diagnosis held in doubt gives its grounds as facts (context_en.yml GROUNDS_BRACKET);
  a negation still reaches into such a bracket.
"""
from __future__ import annotations

import pytest

import nlu
from conftest import criterion, lab_tuples


@pytest.mark.parametrize("text, ratio", [
    ("Dad has numb feet. His kappa light chains are high, the ratio is 3.9.", 3.9),
    ("Serum kappa light chain 45 mg/L, lambda light chain 12 mg/L, ratio 3.75.", 3.75),
    ("Her lambda light chains came back raised and the ratio was 0.12.", 0.12),
])
def test_ratio_after_light_chains_is_the_flc_ratio(text: str, ratio: float) -> None:
    extraction = nlu.extract(text)
    assert [lab.value for lab in extraction.evidence.labs if lab.analyte == "flc_ratio"] == [ratio]
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") == "present"


def test_tissue_light_chain_restriction_keeps_its_own_ratio() -> None:
    extraction = nlu.extract("IHC showed kappa light chain restricted plasma cells; kappa:lambda ratio 8:1.")
    assert not [lab for lab in extraction.evidence.labs if lab.analyte == "flc_ratio"]


def _numbness(text: str):
    return [f.status.value for f in nlu.extract(text).evidence.findings
            if f.concept == "symmetric_distal_sensory_symptoms"]


@pytest.mark.parametrize("text", [
    "2024-03-12 初诊：四肢麻木无力，肌电图多发性周围神经病。\n2024-06-18 复查：VEGF 1320 pg/ml；足麻同前。",
    "随访：双足麻较前减轻，水肿消退。",
    "复诊：足麻仍明显，行走需扶。",
])
def test_feet_numbness_restated_in_follow_up_is_present(text: str) -> None:
    assert "present" in _numbness(text)


def test_the_follow_up_numbness_keeps_the_neuropathy() -> None:
    text = "2024-03-12 初诊：四肢麻木无力，肌电图多发性周围神经病。\n2024-06-18 复查：VEGF 1320 pg/ml；足麻同前。"
    assert criterion(nlu.extract(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", ["足麻已消失。", "无足麻木。"])
def test_gone_or_denied_feet_numbness_is_not_present(text: str) -> None:
    assert "present" not in _numbness(text)


@pytest.mark.parametrize("text", [
    "The numbness in my feet is worse and now it is in my fingers too, and my legs are weak on the stairs.",
    "His neurologist said he has a nerve disease making his legs weak and numb for a year.",
    "Mum says the tingling in her toes keeps her awake.",
])
def test_lay_words_for_both_feet_show_the_neuropathy(text: str) -> None:
    assert criterion(nlu.extract(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", ["No numbness in his feet.", "She denies tingling in her toes."])
def test_denied_lay_feet_numbness_is_absent(text: str) -> None:
    assert _numbness(text) == ["absent"]


def test_the_grounds_of_a_suspected_diagnosis_are_stated_facts() -> None:
    extraction = nlu.extract("Reason for consult: r/o papilledema in pt with suspected POEMS (demyelinating "
                             "polyneuropathy, IgA lambda M-protein, sclerotic T11 lesion).")
    statuses = {f.concept: f.status.value for f in extraction.evidence.findings}
    assert statuses["polyneuropathy"] == "present"
    assert statuses["papilledema"] == "uncertain"


def test_a_negation_still_reaches_into_the_bracket() -> None:
    extraction = nlu.extract("No features of POEMS syndrome (organomegaly, oedema, skin changes).")
    statuses = {f.concept: f.status.value for f in extraction.evidence.findings}
    assert statuses == {"organomegaly": "absent", "peripheral_edema": "absent", "skin_changes": "absent"}


def test_a_suspected_finding_keeps_its_doubt() -> None:
    statuses = {f.concept: f.status.value for f in nlu.extract("Suspected splenomegaly (14 cm).").evidence.findings}
    assert statuses["splenomegaly"] == "uncertain"
