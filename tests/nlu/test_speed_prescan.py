"""The trie prescan (nlu.components._text.trie_alternation) matches at the same positions as the
flat alternation of the phrase bodies, and the treatment component reads the same findings."""

import random
import re

from nlu.components._text import first_char_guard, phrase_body, reference_mode, trie_alternation

_CHARS = ["a", "b", "A", "B", " ", "-", "–", "\n", "无", "效", "1", "."]


def _flat(phrases):
    phrases = sorted(set(phrases), key=len, reverse=True)
    return re.compile("(?:" + "|".join(phrase_body(p) for p in phrases) + ")", re.I)


def _starts(regex, text):
    return [p for p in range(len(text) + 1) if regex.match(text, p)]


def test_trie_matches_where_the_flat_alternation_does():
    rng = random.Random(29)
    for _ in range(500):
        phrases = ["".join(rng.choice(_CHARS[:10]) for _ in range(rng.randrange(1, 6)))
                   for _ in range(rng.randrange(1, 8))]
        phrases = [p for p in phrases if p.strip(" -")] or ["ab"]
        flat, trie = _flat(phrases), re.compile(trie_alternation(phrases), re.I)
        for _ in range(10):
            text = "".join(rng.choice(_CHARS) for _ in range(rng.randrange(0, 25)))
            assert _starts(trie, text) == _starts(flat, text), (phrases, text)
            # and the strings each one matches at a position are the same set of ends
            for p in _starts(flat, text):
                ends = {m for m in range(p, len(text) + 1)
                        if re.compile(f"(?:{flat.pattern})\\Z", re.I).match(text[:m], p)}
                ends_trie = {m for m in range(p, len(text) + 1)
                             if re.compile(f"(?:{trie.pattern})\\Z", re.I).match(text[:m], p)}
                assert ends == ends_trie, (phrases, text)


def test_prescan_is_the_trie_only_in_the_fast_path():
    from nlu.components._text import compile_prescan

    phrases = ["IVIG", "IV Ig", "steroid", "steroids", "plasma exchange", "丙球"]
    assert "(?:" in compile_prescan(phrases).pattern
    with reference_mode():
        reference = compile_prescan(phrases).pattern
    assert reference == first_char_guard([]) + "(?:" + "|".join(
        phrase_body(p) for p in sorted(set(phrases), key=len, reverse=True)) + ")"


def test_treatment_findings_are_the_reference():
    from benchmarks.notes import generate

    from nlu.components.treatment import TreatmentResponse
    from nlu.normalize import normalize
    from nlu.pipeline import get_pipeline

    fast = TreatmentResponse()
    with reference_mode():
        reference = TreatmentResponse()
    texts = [item["text"] for item in generate(120, seed=71, zh_share=0.4, target=1000)]
    texts += ["IVIG x3 failed; steroids helped.", "丙球无效，激素有效。", "PE: no response",
              "Tried IV-Ig. No improvement after plasma exchange.\nPrednisolone: responded.",
              "ivig.IVIG-IV ig;IVIg PE pe PLEX Plex steroidsteroids 激素冲击激素"]
    import json
    from pathlib import Path

    with open(Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl",
              encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    found = 0
    for text in texts:
        nlp = get_pipeline("zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en")
        doc = nlp(normalize(text))
        doc._.poems_extra_findings = None
        a = fast(doc)._.poems_extra_findings
        doc._.poems_extra_findings = None
        with reference_mode():
            b = reference(doc)._.poems_extra_findings
        assert a == b, text
        found += bool(a)
    assert found > 40
