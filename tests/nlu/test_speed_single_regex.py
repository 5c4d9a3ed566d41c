"""A one-token pattern with a REGEX test is read from the distinct token values
(``stretches.RegexTest``), and gives exactly the spaCy Matcher's matches, on the note's
``TEXT`` and ``LOWER`` values alike, with or without a SPACY test."""

import random

import spacy
from spacy.matcher import Matcher

from nlu.components.matching import _token_array
from nlu.components.stretches import PatternStretches
from nlu.tokenizer import MixedScriptTokenizer

PATTERNS = [
    [{"TEXT": {"REGEX": r"^\d+(?:[.,]\d+)?$"}}],
    [{"LOWER": {"REGEX": "^ig[agm]$"}}],
    [{"TEXT": {"REGEX": "[A-Z]"}, "SPACY": True}],  # search, not fullmatch: anywhere in the token
    [{"ORTH": {"REGEX": "^(半|数|十余|多)$"}}],
]
_PIECES = ["IgA", "iga", "IGM", "igg", "12", "1.5", "3,2", "1.", ".5", " ", "\n", "中", "十余",
           "半", "多", "x", "No", ", ", "٣", "2e5"]


def test_single_token_regex_patterns_are_the_matcher_matches():
    nlp = spacy.blank("zh")
    tokenizer = MixedScriptTokenizer(nlp.vocab)
    stretches = PatternStretches(PATTERNS, nlp.vocab.strings)
    assert all(stretches.single(i) for i in range(len(PATTERNS)))
    rng = random.Random(29)
    found = [0] * len(PATTERNS)
    for _ in range(400):
        doc = tokenizer("".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 25))))
        arr = _token_array(doc)
        for i, pattern in enumerate(PATTERNS):
            matcher = Matcher(nlp.vocab)
            matcher.add("P", [pattern])
            expected = [start for _, start, _ in matcher(doc)]
            assert stretches.single_matches(arr, i) == expected, (doc.text, pattern)
            found[i] += len(expected)
    assert all(n > 20 for n in found), found


def test_a_regex_beside_another_test_is_not_single():
    nlp = spacy.blank("en")
    stretches = PatternStretches([[{"TEXT": {"REGEX": "^a$"}, "IS_PUNCT": True}],
                                  [{"TEXT": {"REGEX": "^a$"}, "OP": "?"}],
                                  [{"TEXT": {"REGEX": "^a$", "IN": ["a"]}}]], nlp.vocab.strings)
    assert not any(stretches.single(i) for i in range(3))
