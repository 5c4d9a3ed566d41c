"""``poems_sentencizer`` (nlu.components.sentencizer) sets the sentence starts of spaCy's
``sentencizer`` with the pipeline's punctuation."""

import json
import random
from pathlib import Path

import spacy
from spacy.attrs import SENT_START

from nlu.components.sentencizer import ArraySentencizer
from nlu.normalize import normalize
from nlu.pipeline import SENTENCE_PUNCT
from nlu.tokenizer import MixedScriptTokenizer

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
_PIECES = ["a", "Bc", "无", "。", ".", "!", "?", "？", "…", ",", "，", "(", ")", "-", " ", "\n",
           "\n\n", "1", "2.5", "¿", "\u203c", "'", '"', "”", "%", "mg"]


def _pair():
    nlp = spacy.blank("en")
    nlp.tokenizer = MixedScriptTokenizer(nlp.vocab)
    reference = nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    return nlp, reference, ArraySentencizer(nlp, SENTENCE_PUNCT)


def _starts(doc):
    return doc.to_array(SENT_START).tolist(), [t.is_sent_start for t in doc]


def _check(nlp, reference, mine, text, preset=()):
    a, b = nlp.make_doc(text), nlp.make_doc(text)
    for i, value in preset:  # starts set before the sentencizer are kept
        if i < len(a):
            a[i].is_sent_start = b[i].is_sent_start = value
    assert _starts(mine(a)) == _starts(reference(b)), text


def test_random_token_runs_are_spacys():
    nlp, reference, mine = _pair()
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 30)))
        preset = [(rng.randrange(0, 30), rng.random() < 0.5) for _ in range(rng.randrange(0, 3))]
        _check(nlp, reference, mine, text, preset)


def test_notes_are_spacys():
    from benchmarks.notes import generate

    nlp, reference, mine = _pair()
    texts = [item["text"] for item in generate(60, seed=3, zh_share=0.5, target=1000)]
    with open(DEV, encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    for text in texts:
        _check(nlp, reference, mine, normalize(text))
