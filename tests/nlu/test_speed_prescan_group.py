"""One prescan of a note gives each phrase regex exactly its ``finditer`` matches
(nlu.components.prescan), for random phrase sets and for the lab analytes and hormones."""

import json
import random
import re
from pathlib import Path

from nlu.components._text import compile_phrases
from nlu.components.labs import LabValues
from nlu.components.prescan import PrescanGroup

_CHARS = ["a", "b", "A", "B", "K", "k", "\u212a", " ", "-", "–", "\n", "无", "效", "1", "."]
_CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"


def _spans(found):
    return [[m.span() for m in matches] for matches in found]


def test_random_phrase_sets_give_the_finditer_matches():
    rng = random.Random(31)
    for _ in range(300):
        groups = []
        for _ in range(rng.randrange(1, 5)):
            words = ["".join(rng.choice(_CHARS[:12]) for _ in range(rng.randrange(1, 5)))
                     for _ in range(rng.randrange(1, 5))]
            words = [w for w in words if w.strip(" -")] or ["ab"]
            cut = rng.randrange(1, len(words) + 1)  # the rest case-sensitive
            groups.append((compile_phrases(words[:cut], words[cut:]), words))
        prescan = PrescanGroup(groups)
        for _ in range(10):
            text = "".join(rng.choice(_CHARS) for _ in range(rng.randrange(0, 40)))
            expected = [list(regex.finditer(text)) for regex, _ in groups]
            assert _spans(prescan.matches(text)) == _spans(expected), (groups, text)


def test_a_phrase_that_could_match_empty_falls_back_to_finditer():
    groups = [(re.compile(r"(?:[-\s]?)"), ["-"]), (compile_phrases(["ab"]), ["ab"])]
    prescan = PrescanGroup(groups)
    assert prescan.scan is None
    text = "x ab-ab"
    assert _spans(prescan.matches(text)) == _spans([list(r.finditer(text)) for r, _ in groups])


def _lab_texts():
    from benchmarks.notes import generate

    texts = [json.loads(line)["text"] for line in _CORPUS.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    texts += [item["text"] for item in generate(120, seed=41, zh_share=0.5, target=800)]
    texts += ["FT4 low at 5 pmol/L, TSH 8.2 mIU/L (H); free-T4 / fT3; 促甲状腺激素 9.1↑",
              "VEGF1450pg/mL, sVEGF 980, p-VEGF; PLT512; IgA-λ; κ/λ 0.2; 血小板520"]
    return texts


def test_lab_names_are_the_finditer_matches():
    labs = LabValues()
    regexes = [a.alias_re for a in labs.analytes] + [p for _, p, _, _ in labs.hormones]
    for text in _lab_texts():
        expected = [list(regex.finditer(text)) for regex in regexes]
        assert _spans(labs.prescan.matches(text)) == _spans(expected)
        assert labs.prescan.scan is not None
