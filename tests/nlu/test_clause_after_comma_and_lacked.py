"""A negation does not cross into a clause with its own subject after a comma; "lacked" denies.

"No oedema, the CT shows splenomegaly", "Without papilledema or organomegaly, the picture fits CIDP",
"No oedema, the liver is enlarged" had read the finding of the second clause absent: after a comma, an
article or possessive, its noun and a singular verb open a clause of their own (TERMINATE). "He lacked any
skin changes, organomegaly or papilloedema" had read all three present ("lacks" and "lacking" were
there, "lacked" was not). "Spleen: palpable 3 cm" is splenomegaly.
"""
from __future__ import annotations

import pytest

from conftest import statuses


@pytest.mark.parametrize("text, concept, expected", [
    ("No oedema, the CT shows splenomegaly.", "splenomegaly", ["present"]),
    ("No oedema, the CT shows splenomegaly.", "peripheral_edema", ["absent"]),
    ("Without papilledema or organomegaly, the picture fits CIDP.", "cidp_diagnosis", ["present"]),
    ("Without papilledema or organomegaly, the picture fits CIDP.", "organomegaly", ["absent"]),
    ("No oedema, the liver is enlarged.", "hepatomegaly", ["present"]),
    ("He lacked any skin changes, organomegaly or papilloedema.", "papilledema", ["absent"]),
    ("He lacked any skin changes, organomegaly or papilloedema.", "skin_changes", ["absent"]),
    ("Spleen: palpable 3 cm.", "splenomegaly", ["present"]),
    ("Spleen: not palpable.", "splenomegaly", ["absent"]),
])
def test_clause_and_negation(text: str, concept: str, expected: list) -> None:
    assert statuses(text, concept) == expected


@pytest.mark.parametrize("text, concept", [
    ("No oedema, the spleen is not palpable.", "splenomegaly"),
    ("No oedema, the ascites and effusions were absent.", "ascites"),
    ("no hepatomegaly, the spleen, nodes or skin", "splenomegaly"),
])
def test_lists_and_own_negations_stay_absent(text: str, concept: str) -> None:
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text", ["no further effusions.", "No further bone lesions on the CT."])
def test_no_further_findings_say_nothing_of_those_known(text: str) -> None:
    """"no further effusions" had read the effusions present ("no further" was a PSEUDO phrase that
    kept "no" from negating): at a follow-up it says nothing of the ones known (OTHER), as "no other"."""
    import nlu

    found = {f.concept: f.status.value for f in nlu.extract(text).evidence.findings}
    assert "present" not in found.values()


@pytest.mark.parametrize("text", ["No further work-up yet. ?POEMS", "No further POEMS work-up is needed."])
def test_no_further_work_up_is_no_finding(text: str) -> None:
    import nlu

    extraction = nlu.extract(text)
    assert extraction.evidence.findings == [] and extraction.evidence.not_done == []


@pytest.mark.parametrize("text, concept, expected", [
    ("His skin has not got darker; no new hair growth.", "hypertrichosis", ["absent"]),
    ("Skin abnormal: darker skin on the hands, new body hair on the chest.", "hypertrichosis", ["present"]),
    ("new ankle oedema", "peripheral_edema", ["present"]),
    ("No oedema, new skin darkening.", "hyperpigmentation", ["present"]),
])
def test_new_as_a_word_of_the_finding(text: str, concept: str, expected: list) -> None:
    """"no new" was a negation phrase; "new" is now a word of "other" ones ("no new skin changes" at a follow-up
    says nothing of the changes known), and "new hair growth" / "new body hair" are hypertrichosis."""
    assert statuses(text, concept) == expected


def test_no_new_lesions_say_nothing_of_those_known() -> None:
    import nlu

    found = [f for f in nlu.extract("Sclerotic lesion in L2, unchanged. No new bone lesions.").evidence.findings
             if f.concept == "sclerotic_bone_lesion"]
    assert [f.status.value for f in found] == ["present"]
