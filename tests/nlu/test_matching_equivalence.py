"""The fast MedspacyMatcher call (nlu.components.matching) gives medspaCy's matches."""

import json
import random
from pathlib import Path

import spacy
from medspacy.common.util import prune_overlapping_matches as medspacy_prune
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.matcher import Matcher

from nlu.components.matching import FastMedspacyMatcher, LookaheadMedspacyMatcher, prune_overlapping_matches
from nlu.components.stretches import PatternStretches
from nlu.normalize import normalize
from nlu.pipeline import get_pipeline

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
EDGE = ["x", " ", "无", "HSM", "IFE 阴性 HSM (-)  无 HSM", "脾厚 5 cm，可触及数枚肿大淋巴结",
        "no ascites, mild ankle oedema", "既往水肿，利尿后已消退。", "\n\n", "皮肤 dark 指甲 white"]


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


def test_pruning_over_several_passes_is_medspacys():
    """Dense overlaps need several passes (only the first one sorts), ties of equal spans too."""
    rng = random.Random(11)
    for _ in range(1000):
        matches = []
        for _ in range(rng.randrange(10, 60)):
            start = rng.randrange(0, 30)
            matches.append((rng.randrange(0, 3), start, start + rng.randrange(1, 8)))
        assert prune_overlapping_matches(list(matches)) == medspacy_prune(list(matches))


def test_pruning_of_long_sparse_lists_is_medspacys():
    """Long lists with a few runs of overlapping neighbours, as in a note (pruned run by run)."""
    rng = random.Random(17)
    for _ in range(500):
        matches = []
        for _ in range(rng.randrange(0, 200)):
            start = rng.randrange(0, 1000)
            matches.append((rng.randrange(0, 3), start, start + rng.randrange(1, 9)))
        assert prune_overlapping_matches(list(matches)) == medspacy_prune(list(matches))


def test_matches_are_medspacys():
    texts = _generated(60, 0.0) + _generated(60, 1.0) + _generated(60, 0.5) + EDGE
    with open(DEV, encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    for text in texts:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
        nlp = get_pipeline(lang)
        doc = nlp.make_doc(normalize(text))
        for matcher in (nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher,
                        nlp.get_pipe("poems_context")._ConText__matcher):
            assert isinstance(matcher, FastMedspacyMatcher)
            # medspaCy's call with the lookahead rules' matches trimmed before the pruning (the reference path)
            assert matcher(doc) == LookaheadMedspacyMatcher.__call__(matcher, doc)


_WORDS = ["a", "b", "c", "A", "B", " ", ",", "x", "1", "22"]


def _random_spec(rng):
    kind = rng.randrange(7)
    if kind == 0:
        spec = {"ORTH": rng.choice(_WORDS)}
    elif kind == 1:
        spec = {"LOWER": rng.choice(["a", "b", "c"])}
    elif kind == 2:
        spec = {"TEXT": {"IN": rng.sample(_WORDS, rng.randrange(1, 4))}}
    elif kind == 3:
        spec = {"TEXT": {"NOT_IN": rng.sample(_WORDS, rng.randrange(1, 4))}}
    elif kind == 4:
        spec = {"IS_SPACE": rng.random() < 0.5}
    elif kind == 5:
        spec = {"TEXT": {"REGEX": "^[0-9]+$"}}
    else:
        spec = {"LOWER": {"IN": ["a", "b"]}, "IS_SPACE": False}
    op = rng.choice([None, None, None, "?", "*", "+", "!"])
    if op:
        spec["OP"] = op
    return spec


def test_stretches_hold_every_match():
    """Random patterns and docs: the matches found on the stretches are the whole doc's."""
    rng = random.Random(3)
    nlp = spacy.blank("en")
    for _ in range(300):
        patterns = [[_random_spec(rng) for _ in range(rng.randrange(1, 5))]
                    for _ in range(rng.randrange(1, 5))]
        matcher = Matcher(nlp.vocab)
        for k, pattern in enumerate(patterns):
            matcher.add(f"p{k}", [pattern])
        stretches = PatternStretches(patterns, nlp.vocab.strings)
        active = tuple(range(len(patterns)))
        for _ in range(5):
            words = [rng.choice(_WORDS) for _ in range(rng.randrange(1, 40))]
            doc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=[False] * len(words))
            found = set()
            for a, b in stretches.intervals(doc.to_array([LOWER, ORTH, IS_SPACE]), active):
                found |= {(key, s + a, e + a) for key, s, e in matcher(doc[a:b])}
            assert found == set(matcher(doc)), (patterns, words)


def test_a_lookahead_rules_match_ends_before_the_token_it_looks_at():
    """``lookahead_last`` (context_zh.yml "——不符合" before "；"): the match ends before the clause's
    end, which stays the TERMINATE it is; in both paths."""
    nlp = get_pipeline("zh")
    doc = nlp.make_doc(normalize("脏器肿大——不符合；皮肤改变——待查。"))
    context = nlp.get_pipe("poems_context")._ConText__matcher
    rules = context.rule_map
    texts = {(doc[s:e].text, rules[nlp.vocab.strings[k]].category) for k, s, e in context(doc)}
    assert ("——不符合", "NEGATED_EXISTENCE") in texts
    assert (";", "TERMINATE") in texts
