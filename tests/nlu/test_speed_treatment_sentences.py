"""The treatment component reads the sentences a pre-scan hit touches from the token arrays:
the same (start_char, end_char) as ``doc.sents`` filtered by the overlap test."""

import json
import random
from pathlib import Path

from nlu.components.treatment import _sentences
from nlu.normalize import normalize
from nlu.pipeline import get_pipeline

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"


def _reference(doc, hits):
    return [(s.start_char, s.end_char) for s in doc.sents
            if any(a < s.end_char and max(b, a + 1) > s.start_char for a, b in hits)]


def test_touched_sentences_are_those_of_doc_sents():
    rng = random.Random(59)
    lines = DEV.read_text(encoding="utf-8").splitlines()[:120]
    for line in lines:
        text = normalize(json.loads(line)["text"])
        nlp = get_pipeline("zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en")
        doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
        assert _sentences(doc, None) == [(s.start_char, s.end_char) for s in doc.sents]
        for _ in range(20):
            hits = sorted((a, a + rng.randrange(0, 12))
                          for a in rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randrange(1, 6))))
            assert _sentences(doc, hits) == _reference(doc, hits), hits
