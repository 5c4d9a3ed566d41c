"""The fast MedspacyMatcher call (nlu.components.matching) gives medspaCy's matches."""

import random

from medspacy.common.medspacy_matcher import MedspacyMatcher
from medspacy.common.util import prune_overlapping_matches as medspacy_prune

from nlu.components.matching import FastMedspacyMatcher, prune_overlapping_matches
from nlu.normalize import normalize
from nlu.pipeline import get_pipeline


def _generated(n, share):
    from benchmarks.notes import generate

    return [item["text"] for item in generate(n, seed=41, zh_share=share, target=1000)]


def test_pruning_is_medspacys():
    rng = random.Random(7)
    for _ in range(2000):
        matches = []
        for _ in range(rng.randrange(0, 12)):
            start = rng.randrange(0, 20)
            matches.append((rng.randrange(0, 4), start, start + rng.randrange(1, 6)))
        assert prune_overlapping_matches(list(matches)) == medspacy_prune(list(matches))


def test_matches_are_medspacys():
    texts = _generated(60, 0.0) + _generated(60, 1.0) + _generated(60, 0.5)
    for text in texts:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
        nlp = get_pipeline(lang)
        doc = nlp.make_doc(normalize(text))
        for matcher in (nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher,
                        nlp.get_pipe("poems_context")._ConText__matcher):
            assert isinstance(matcher, FastMedspacyMatcher)
            assert matcher(doc) == MedspacyMatcher.__call__(matcher, doc)
