"""nlu/prefilter.py: a large alternation tried only with the alternatives a text can match must
find exactly what the whole regex finds (same spans, same named groups), on the rules it serves
and on the corpus notes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nlu import normalize as normalize_module
from nlu.components.dated_table import DatedTable
from nlu.implications.rules import implication_rules
from nlu.rules import load_yaml
from nlu.normalize import normalize
from nlu.prefilter import PrefilteredPattern, fold, required_words, split_alternatives

try:
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
STRETCH_RULES = ("normal_list", "denied_list", "others_sentence", "general_sentence", "threshold_clause",
                 "criteria_block")


def _found(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("source, parts", [
    ("a|b|c", ["a", "b", "c"]),
    ("a(b|c)|d", ["a(b|c)", "d"]),
    (r"[|]x|y\|z|w", [r"[|]x", r"y\|z", "w"]),
    (r"[]|]a|b", [r"[]|]a", "b"]),
    (r"[^]|]a|(?:b|c)d|e", [r"[^]|]a", "(?:b|c)d", "e"]),
    (r"(?<=[.;])x|\(y|z\)", [r"(?<=[.;])x", r"\(y", r"z\)"]),
])
def test_split_alternatives_keeps_classes_groups_and_escapes_whole(source, parts):
    assert split_alternatives(source) == parts
    assert "|".join(parts) == source


@pytest.mark.parametrize("source, words", [
    (r"\bhas been (?:reported|described) in", {"has been "}),  # the longest run wins
    (r"\b(?:reported|described|published)[ \t]+(?:two|\d+)", {"reported", "described", "published"}),
    (r"(?:ab)+x?", {"ab"}),
    (r"(?:ab)*x?", None),  # zero repeats possible: nothing is required
    (r"文献(?:中)?(?:报道|报告)", {"文献"}),
    (r"(?i:CIDP)\s+is", {"cidp"}),
    (r"Waldenstr[öo]m", {"waldenstr"}),
    (r"Waldenström macro", {"waldenstr"}),  # cut at the cased 'ö': 'waldenstr' and 'm macro'
    (r"\d+%", {"%"}),
    (r"[ \t]*(?:x|[yz]\d)", None),  # a branch with an arm that needs no word
])
def test_required_words(source, words):
    found = required_words(sre_parse.parse(source, re.I).data)
    assert (set(found) if found is not None else None) == words


def test_cased_non_ascii_letters_never_enter_a_word():
    found = required_words(sre_parse.parse("ÄÖÜber", 0).data)
    assert found == frozenset({"ber"})


@pytest.mark.parametrize("text", ["ſee the note", "ıt was seen", "İt was seen", "\u212aappa chain"])
def test_odd_case_folds_of_re_are_folded_alike(text):
    pattern = PrefilteredPattern(r"(?i)\bsee\b|\bit was\b|kappa|zzz")
    assert _found(pattern, text) == _found(re.compile(pattern.pattern), text)
    assert _found(pattern, text), "re itself matches these case-insensitively"


def test_alternatives_whose_words_are_absent_are_not_tried():
    pattern = PrefilteredPattern(r"(?i)\bfoo\b|\bbar\d|baz")
    assert pattern.for_text("nothing here") is None
    assert pattern.for_text("a BAR9 here").pattern == r"\bbar\d"
    assert pattern.for_text("foo bar1 baz").regex is pattern.whole


def test_named_groups_of_dropped_alternatives_read_none():
    pattern = PrefilteredPattern(r"(?P<a>alpha)|(?P<b>beta)")
    match = pattern.search("only beta here")
    assert match.group("b") == "beta" and match.group("a") is None


def test_back_references_keep_the_whole_pattern():
    pattern = PrefilteredPattern(r"(ab)\1|cd")
    assert pattern.for_text("xyz").regex is pattern.whole


def _dev_texts():
    with DEV.open(encoding="utf-8") as handle:
        return [normalize(json.loads(line)["text"]) for line in handle]


def _served_patterns():
    """Every pattern the NLU scans a whole note with through the prefilter."""
    rules = implication_rules(None)
    served = {name: getattr(rules, name).heading for name in STRETCH_RULES if getattr(rules, name) is not None}
    served["corrected_value.cue"] = normalize_module._CORRECTION_CUE
    served["past_heading.sentence_heading"] = rules.past_heading.sentence_heading
    served["dated_table.date_label"] = DatedTable(load_yaml("labs.yml")["dated_table"]).any_label
    return served


def test_every_served_pattern_finds_the_same_on_every_dev_note():
    texts = _dev_texts()
    for name, pattern in _served_patterns().items():
        assert isinstance(pattern, PrefilteredPattern), name
        whole = re.compile(pattern.pattern, pattern.flags)
        differing = [i for i, text in enumerate(texts) if _found(pattern, text) != _found(whole, text)]
        assert not differing, f"{name}: {len(differing)} notes read differently"
        assert any(pattern.for_text(text) is None or pattern.for_text(text).regex is not pattern.whole
                   for text in texts), f"{name}: the prefilter never spares a note"
