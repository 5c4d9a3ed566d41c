"""A one-token pattern with a SPACY test ("a comma with no space after it") is read from the
token values, and gives exactly the spaCy Matcher's matches."""

import random

import spacy
from spacy.matcher import Matcher

from nlu.components.matching import _token_array
from nlu.components.stretches import PatternStretches
from nlu.tokenizer import MixedScriptTokenizer

PATTERNS = [
    [{"TEXT": ",", "SPACY": False}],
    [{"TEXT": {"IN": [",", "，"]}, "SPACY": True}],
    [{"LOWER": "no", "SPACY": True}],
    [{"IS_SPACE": True, "SPACY": False}],
]
_PIECES = ["a", "No", "no", ",", "，", " ", "  ", "\n", "中", "无", "1", ".", ", ", "no,", "x y"]


def test_single_token_spacy_patterns_are_the_matcher_matches():
    nlp = spacy.blank("en")
    tokenizer = MixedScriptTokenizer(nlp.vocab)
    stretches = PatternStretches(PATTERNS, nlp.vocab.strings)
    assert all(stretches.single(i) for i in range(len(PATTERNS)))
    rng = random.Random(13)
    found = 0
    for _ in range(400):
        doc = tokenizer("".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 25))))
        arr = _token_array(doc)
        for i, pattern in enumerate(PATTERNS):
            matcher = Matcher(nlp.vocab)
            matcher.add("P", [pattern])
            expected = [start for _, start, _ in matcher(doc)]
            assert stretches.single_matches(arr, i) == expected, (doc.text, pattern)
            found += len(expected)
    assert found > 100


def test_a_spacy_test_with_another_attribute_is_not_single():
    nlp = spacy.blank("en")
    stretches = PatternStretches([[{"TEXT": ",", "SPACY": False, "IS_PUNCT": True}],
                                  [{"TEXT": ",", "SPACY": "no"}]], nlp.vocab.strings)
    assert not stretches.single(0) and not stretches.single(1)
