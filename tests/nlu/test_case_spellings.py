"""A phrase spelled both as a case-sensitive abbreviation ("PLT") and case-insensitively ("Plt")
under one concept reaches the phrase matcher under one lower-case key; which rule's spelling
check a match got depended on rule order, so removing an unrelated phrase made "Hb, WCC and plt
normal" unread. The rules keep only the case-insensitive spelling of such a pair."""

import pytest

from nlu import extract
from nlu.rules import _case_key, target_rules


@pytest.mark.parametrize("languages", [("en",), ("en", "zh")])
def test_no_case_sensitive_phrase_is_shadowed_by_a_case_insensitive_one(languages):
    rules = target_rules(languages)
    free = {_case_key(r) for r in rules if r.pattern is None and not (r.attributes or {}).get("poems_case")}
    shadowed = [r.literal for r in rules
                if r.pattern is None and (r.attributes or {}).get("poems_case") and _case_key(r) in free]
    assert not shadowed


@pytest.mark.parametrize("text", ["Hb, WCC and plt normal", "FBC: Hb, WCC and PLT normal", "Hb and Plt normal"])
def test_every_spelling_of_the_platelet_count_is_read(text):
    found = {(f.concept, f.status.value) for f in extract(text).evidence.findings}
    assert ("thrombocytosis", "absent") in found


def test_an_abbreviation_without_a_case_insensitive_twin_keeps_its_spelling():
    """"mm" is a unit, not multiple myeloma (MM)."""
    assert not extract("lesion of 5 mm").evidence.findings
