"""The code stretches (nlu.components.code_stretches) hold every match of spaCy's Matcher, and the
matcher path that uses them gives medspaCy's matches."""

import json
import random
import sys
from pathlib import Path

import pytest
import spacy
from medspacy.common.medspacy_matcher import MedspacyMatcher
from spacy.attrs import IS_SPACE, LOWER, ORTH, SPACY
from spacy.matcher import Matcher

from nlu.components.code_stretches import CodeStretches, own_lower_case
from nlu.components.matching import FastMedspacyMatcher, prune_overlapping_matches
from nlu.normalize import normalize
from nlu.pipeline import get_pipeline

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"

# cased and caseless words, whitespace tokens, a Chinese character, punctuation
_WORDS = ["a", "b", "A", "B", "Ab", "ab", "AB", " ", "  ", "\n", ",", "x", "1", "22", "无", "。",
          "İ", "i̇"]
_VALUES = ["a", "b", "A", "ab", "Ab", "AB", " ", ",", "无", "x", "İ", "i̇", "zz"]


def _random_spec(rng):
    kind = rng.randrange(9)
    key = rng.choice(["LOWER", "TEXT", "ORTH"])
    if kind == 0:
        spec = {key: rng.choice(_VALUES)}
    elif kind == 1:
        spec = {key: {"IN": rng.sample(_VALUES, rng.randrange(1, 4))}}
    elif kind == 2:
        spec = {key: {"NOT_IN": rng.sample(_VALUES, rng.randrange(1, 5))}}
    elif kind == 3:
        spec = {"IS_SPACE": rng.random() < 0.5}
    elif kind == 4:
        spec = {"TEXT": {"REGEX": "^[0-9]+$"}}
    elif kind == 5:
        spec = {"LOWER": {"IN": ["a", "b"]}, "IS_SPACE": False}
    elif kind == 6:
        spec = {"IS_SPACE": True, "TEXT": rng.choice([" ", "\n", "a"])}
    elif kind == 7:
        spec = {"LIKE_NUM": True}
    else:
        spec = {}
    op = rng.choice([None, None, None, "?", "*", "+", "!"])
    if op:
        spec["OP"] = op
    return spec


def test_code_stretches_hold_every_match():
    """Random patterns and docs: each match lies in one stretch, and the matcher run on the
    stretches finds the whole doc's matches."""
    rng = random.Random(19)
    nlp = spacy.blank("en")
    checked = 0
    for _ in range(400):
        patterns = [[_random_spec(rng) for _ in range(rng.randrange(1, 6))]
                    for _ in range(rng.randrange(1, 5))]
        matcher = Matcher(nlp.vocab)
        for k, pattern in enumerate(patterns):
            matcher.add(f"p{k}", [pattern])
        # a table of its own, or one shared with other patterns' values
        shared = rng.sample(_VALUES + ["q", "\t", "无无"], rng.randrange(0, 5))
        codes = CodeStretches(patterns, nlp.vocab.strings, shared if rng.random() < 0.5 else ())
        for _ in range(6):
            words = [rng.choice(_WORDS) for _ in range(rng.randrange(1, 40))]
            doc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=[False] * len(words))
            arr = doc.to_array([LOWER, ORTH, IS_SPACE])
            text, present = codes.codes(arr[:, 0], arr[:, 2] != 0)
            assert len(text) == len(doc)
            active = codes.possible(range(len(patterns)), present)
            intervals, used = codes.intervals(text, active)
            expected = set(matcher(doc))
            for key, start, end in expected:
                assert any(a <= start and end <= b for a, b in intervals), (patterns, words)
                assert int(nlp.vocab.strings[key][1:]) in used, (patterns, words)
            found = set()
            for a, b in intervals:
                found |= {(key, s + a, e + a) for key, s, e in matcher(doc[a:b])}
            assert found == expected, (patterns, words)
            checked += bool(expected)
    assert checked > 300  # the random patterns do match


def test_own_lower_case_is_unicodes():
    """A character kept as its own lower case is the lower case of no other character."""
    targets = {}
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        lower = ch.lower()
        if lower != ch:
            for t in lower:
                targets[t] = ch
    wrong = [hex(ord(t)) for t in targets if own_lower_case(t)]
    assert wrong == []
    assert own_lower_case("，。无 \n") and not own_lower_case("no")


def _texts():
    from benchmarks.notes import generate

    texts = [item["text"] for share in (0.0, 0.5, 1.0)
             for item in generate(50, seed=57, zh_share=share, target=1000)]
    with open(DEV, encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    return texts


@pytest.fixture(scope="module")
def texts():
    return _texts()


def test_code_path_gives_medspacys_matches(texts):
    """The matches of the code path itself (no fallback), for the target matcher and ConText
    of both pipelines, over the dev corpus and generated notes."""
    used = 0
    for text in texts:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
        nlp = get_pipeline(lang)
        doc = nlp.make_doc(normalize(text))
        for matcher in (nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher,
                        nlp.get_pipe("poems_context")._ConText__matcher):
            assert isinstance(matcher, FastMedspacyMatcher) and matcher._poems_by_codes
            token_matches = matcher._poems_by_code_stretches(
                doc, doc.to_array([LOWER, ORTH, IS_SPACE, SPACY]))
            if token_matches is None:
                continue
            used += 1
            reference = MedspacyMatcher.__call__(matcher, doc)
            mine = token_matches + matcher._MedspacyMatcher__phrase_matcher(doc) \
                + matcher._MedspacyMatcher__regex_matcher(doc)
            assert prune_overlapping_matches(mine) == reference
    assert used >= 2 * len(texts) * 0.9


def test_unbounded_window_ends_with_its_longest_sequence():
    """A spec that accepts any token (a REGEX test) after a ``*`` run keeps the window to the
    longest sequence of the specs' classes from its start, not to the end of the note."""
    nlp = spacy.blank("en")
    pattern = [{"LOWER": "far"}, {"LOWER": {"IN": ["is", ":"]}, "OP": "*"},
               {"TEXT": {"REGEX": "^[0-4]$"}}, {"LOWER": {"IN": ["grade", "+"]}}]
    words = ["far", ":", "is", "3", "grade", "x", "far", "y", "z", "far", "4", "+"] + ["w"] * 30
    doc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=[True] * len(words))
    codes = CodeStretches([pattern], nlp.vocab.strings)
    arr = doc.to_array([LOWER, ORTH, IS_SPACE])
    text, _ = codes.codes(arr[:, 0], arr[:, 2] != 0)
    assert codes.windows(text, 0) == [(0, 5), (9, 12)]


def test_possible_is_every_need_met_pattern_by_pattern():
    """``possible`` tests all patterns at once: the patterns each of whose needs (the codes a
    required spec accepts) has a code the doc holds, in the given order."""
    import numpy

    nlp = get_pipeline("zh")
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    codes = matcher._poems_codes
    needs = codes._needs
    usable = [i for i in range(len(needs)) if needs[i] is not None]
    rng = random.Random(3)
    for trial in range(40):
        present = numpy.zeros(codes._size, dtype=bool)
        present[rng.sample(range(codes._size), rng.randrange(0, codes._size))] = True
        indices = rng.sample(usable, rng.randrange(0, len(usable) + 1))
        expected = [i for i in indices
                    if all(any(present[c] for c in range(need.bit_length()) if need >> c & 1)
                           for need in needs[i])]
        assert codes.possible(indices, present) == expected
        if trial == 0:
            assert codes.possible(indices, numpy.ones(codes._size, dtype=bool)) == [
                i for i in indices if all(needs[i])]


def test_posix_windows_start_where_re_finds_the_first_sequence():
    """The overlapped POSIX scan started at ``re``'s first match of the same sequence gives the
    windows of the scan from the note's start (random unbounded patterns and docs)."""
    rng = random.Random(53)
    nlp = spacy.blank("en")
    checked = 0
    for _ in range(300):
        pattern = [_random_spec(rng) for _ in range(rng.randrange(1, 5))]
        codes = CodeStretches([pattern], nlp.vocab.strings)
        if 0 not in codes._prechecks:
            continue
        regex = codes._regexes[0]
        for _ in range(8):
            words = [rng.choice(_WORDS) for _ in range(rng.randrange(1, 30))]
            doc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=[False] * len(words))
            arr = doc.to_array([LOWER, ORTH, IS_SPACE])
            text, _ = codes.codes(arr[:, 0], arr[:, 2] != 0)
            expected = [m.span() for m in regex.finditer(text, overlapped=True)]
            assert codes.windows(text, 0) == expected, (pattern, words)
            checked += 1
    assert checked > 200
