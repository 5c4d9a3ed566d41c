"""FastTargetMatcher (nlu.components.target_spans) gives medspaCy's spans with the same extension
values, and the abbreviation filter keeps the same spans."""

import json
from pathlib import Path

from medspacy.target_matcher import TargetMatcher
from spacy.tokens import Span

from nlu.components.target_spans import FastTargetMatcher
from nlu.normalize import normalize
from nlu.pipeline import get_pipeline

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
_EXTENSIONS = ("target_rule", "poems_case", "poems_fixed_status", "poems_attributes")


def _texts():
    from benchmarks.notes import generate

    texts = [item["text"] for item in generate(60, seed=83, zh_share=0.5, target=1000)]
    with open(DEV, encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    return texts + ["HSM on exam; mm of effusion", "hsm, PE 2 cm, pe"]


def _view(doc):
    return [(s.start, s.end, s.label_, tuple(id(getattr(s._, n)) if n == "target_rule"
                                             else getattr(s._, n) for n in _EXTENSIONS))
            for s in doc.spans["medspacy_spans"]]


def _until(nlp, text, last):
    doc = nlp.make_doc(normalize(text))
    for name, pipe in nlp.pipeline:
        if name == last:
            return doc, pipe
        doc = pipe(doc)
    raise AssertionError(last)


def test_spans_and_attributes_are_medspacys():
    spans = 0
    for text in _texts():
        nlp = get_pipeline("zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en")
        fast_doc, matcher = _until(nlp, text, "medspacy_target_matcher")
        assert isinstance(matcher, FastTargetMatcher)
        reference_doc, _ = _until(nlp, text, "medspacy_target_matcher")
        matcher(fast_doc)
        TargetMatcher.__call__(matcher, reference_doc)
        assert _view(fast_doc) == _view(reference_doc), text
        spans += len(fast_doc.spans["medspacy_spans"])
    assert spans > 1000


def test_abbreviation_filter_keeps_the_reference_spans():
    from nlu.components._text import reference_mode

    dropped = 0
    for text in _texts():
        nlp = get_pipeline("zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en")
        doc, case = _until(nlp, text, "poems_abbreviation_case")
        before = len(doc.spans["medspacy_spans"]) if "medspacy_spans" in doc.spans else 0
        reference_doc, _ = _until(nlp, text, "poems_abbreviation_case")
        case(doc)
        with reference_mode():
            case(reference_doc)
        if "medspacy_spans" in doc.spans:
            assert _view(doc) == _view(reference_doc), text
            dropped += before - len(doc.spans["medspacy_spans"])
    assert dropped > 0  # the filter does drop spans ("mm", "pe")
