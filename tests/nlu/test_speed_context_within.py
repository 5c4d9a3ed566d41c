"""ConText matched only in the sentences that hold a target gives the whole doc's matches there.

``FastMedspacyMatcher.matches_within`` matches token ranges alone and says None when a match
may cross a range's end; ``FastConText`` then builds its edges from those matches only (the
graph itself is compared with medspaCy's in test_speed_equivalence.py).
"""

import random

import pytest

from nlu.components.context import sentence_start_array, target_sentences
from nlu.components.target_list import targets
from nlu.normalize import normalize
from nlu.pipeline import get_pipeline


def _notes(n, zh_share, seed):
    from benchmarks.notes import generate

    return [item["text"] for item in generate(n, seed=seed, zh_share=zh_share, target=900)]


NOTES = _notes(12, 1.0, 31) + _notes(8, 0.0, 37)


def _matchers(lang):
    nlp = get_pipeline(lang)
    return nlp, [nlp.get_pipe("poems_context")._ConText__matcher,
                 nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher]


def _inside(matches, ranges):
    return [m for m in matches if any(a <= m[1] and m[2] <= b for a, b in ranges)]


@pytest.mark.parametrize("text", NOTES)
def test_matches_within_sentences_are_the_whole_docs(text):
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    nlp, matchers = _matchers(lang)
    doc = nlp(normalize(text))
    starts = sentence_start_array(doc)
    bounds = [0] + starts.tolist() + [len(doc)]
    sentences = list(zip(bounds[:-1], bounds[1:]))
    rng = random.Random(len(text))
    choices = [target_sentences(targets(doc), starts, len(doc))]
    for _ in range(4):  # other unions of whole sentences
        picked = sorted(rng.sample(sentences, k=max(1, len(sentences) // 3)))
        joined = []
        for a, b in picked:
            if joined and joined[-1][1] == a:
                joined[-1] = (joined[-1][0], b)
            else:
                joined.append((a, b))
        choices.append(joined)
    for matcher in matchers:
        whole = matcher(doc)
        for ranges in choices:
            within = matcher.matches_within(doc, ranges)
            assert within is None or within == _inside(whole, ranges)
    # the targets' own sentences are matched alone in these notes
    assert matchers[0].matches_within(doc, choices[0]) is not None


def test_the_targets_sentences_cover_every_target_token():
    nlp, _ = _matchers("zh")
    doc = nlp(normalize(NOTES[0]))
    starts = sentence_start_array(doc)
    ranges = target_sentences(targets(doc), starts, len(doc))
    assert ranges and all(a < b for a, b in ranges)
    assert all(b < c for (_, b), (c, _) in zip(ranges, ranges[1:]))  # disjoint, not adjacent
    for span in targets(doc):
        assert any(a <= span.start and span.end <= b for a, b in ranges)
    bounds = set([0, len(doc)] + starts.tolist())
    assert all(a in bounds and b in bounds for a, b in ranges)  # whole sentences


@pytest.mark.parametrize("lang,text", [("zh", NOTES[1]), ("en", NOTES[-1])])
def test_a_range_end_inside_a_phrase_match_gives_none(lang, text):
    """Cut inside a phrase match of two or more tokens: the matcher cannot match alone."""
    nlp, matchers = _matchers(lang)
    doc = nlp(normalize(text))
    cm = matchers[0]
    long = [m for m in cm._MedspacyMatcher__phrase_matcher(doc) if m[2] - m[1] >= 2]
    assert long
    _, start, end = long[0]
    assert cm.matches_within(doc, [(0, start + 1)]) is None
    assert cm.matches_within(doc, [(start + 1, len(doc))]) is None


def test_overlapping_keeps_the_stretches_that_meet_a_range():
    from nlu.components.matching import _overlapping

    rng = random.Random(5)
    for _ in range(300):
        cuts = sorted(rng.sample(range(60), 8))
        intervals = list(zip(cuts[::2], cuts[1::2]))
        cuts = sorted(rng.sample(range(60), 6))
        ranges = list(zip(cuts[::2], cuts[1::2]))
        expected = [(a, b) for a, b in intervals if any(c < b and a < d for c, d in ranges)]
        assert _overlapping(intervals, ranges) == expected
