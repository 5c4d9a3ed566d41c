"""The spaCy pipelines of the NLU, built once per process (lazy singletons).

* ``en``: ``spacy.blank("en")`` for notes without Chinese characters, English lexicons.
* ``zh``: ``spacy.blank("zh")`` for notes with any Chinese, English + Chinese lexicons (Chinese
  notes are full of English abbreviations: CIDP, IVIG, PLT, IFE, VEGF).

Both use :class:`nlu.tokenizer.MixedScriptTokenizer` (one token per Chinese character, like the
``char`` segmenter), the rule-based ``sentencizer`` plus line breaks, medspaCy's TargetMatcher
and ConText (``poems_context``: medspaCy's ConText with a sweep over overlapping scopes)
with rules loaded from ``nlu/rules/``, and the POEMS components (isotype,
treatment response, lab values, age and sex).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Dict, Optional

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

import medspacy.context  # noqa: E402,F401  (registers medspacy_context)
import medspacy.target_matcher  # noqa: E402,F401  (registers medspacy_target_matcher)

from nlu import components  # noqa: E402,F401  (registers the poems_* factories)
from nlu.components._text import fast  # noqa: E402
from nlu.components.matching import accelerate, lookahead, share_codes  # noqa: E402
from nlu.components.sentencizer import SENTENCE_PUNCT  # noqa: E402  (registers poems_sentencizer)
from nlu.components.target_spans import accelerate_targets  # noqa: E402
from nlu.rules import context_rules, rules_dir, target_rules  # noqa: E402
from nlu.tokenizer import MixedScriptTokenizer  # noqa: E402

SPAN_GROUP = "medspacy_spans"  # the target spans (findings and test names)
LANGUAGES = {"en": ("en",), "zh": ("en", "zh")}

_lock = threading.Lock()
_cache: Dict[tuple, Language] = {}


def build_pipeline(lang: str, directory: Optional[Path] = None) -> Language:
    """Build (not cached) the pipeline for ``lang`` ("en" or "zh") from the rule files."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown pipeline language {lang!r}")
    lexicons = LANGUAGES[lang]
    nlp = spacy.blank(lang)
    nlp.tokenizer = MixedScriptTokenizer(nlp.vocab)
    # spaCy's sentencizer, or in the fast path the same rule on token arrays (same starts)
    nlp.add_pipe("poems_sentencizer" if fast() else "sentencizer", name="sentencizer",
                 config={"punct_chars": SENTENCE_PUNCT})
    nlp.add_pipe("poems_abbreviation_periods")
    nlp.add_pipe("poems_glued_signs")
    nlp.add_pipe("poems_line_breaks")
    nlp.add_pipe("poems_query_marks")
    matcher = nlp.add_pipe(
        "medspacy_target_matcher",
        config={"phrase_matcher_attr": "LOWER", "result_type": "group",
                "span_group_name": SPAN_GROUP},
    )
    matcher.add(target_rules(lexicons, directory))
    nlp.add_pipe("poems_abbreviation_case")
    context = nlp.add_pipe(
        "poems_context",
        config={"phrase_matcher_attr": "LOWER", "prune_on_target_overlap": True,
                "input_span_type": "group", "span_group_name": SPAN_GROUP},
    )
    context.add(context_rules(lexicons, directory))
    if fast():  # same matches, token patterns pre-filtered per doc (nlu.components.matching)
        accelerate(matcher._TargetMatcher__matcher, nlp.vocab)
        accelerate(context._ConText__matcher, nlp.vocab)
        share_codes([matcher._TargetMatcher__matcher, context._ConText__matcher])
        accelerate_targets(matcher)  # same spans, attributes written in one step each
    else:  # the rules whose last token looks ahead (nlu.components.matching.trim_lookahead)
        lookahead(context._ConText__matcher)
    config = {"rules_dir": str(rules_dir(directory))}
    nlp.add_pipe("poems_immunofixation", config=config)
    nlp.add_pipe("poems_treatment_response", config=config)
    nlp.add_pipe("poems_labs", config=config)
    nlp.add_pipe("poems_demographics", config=config)
    return nlp


def get_pipeline(lang: str, directory: Optional[Path] = None) -> Language:
    """The cached pipeline for ``lang`` (built on first use, thread-safe)."""
    key = (lang, str(rules_dir(directory)))
    nlp = _cache.get(key)
    if nlp is None:
        with _lock:
            nlp = _cache.get(key)
            if nlp is None:
                nlp = build_pipeline(lang, directory)
                _cache[key] = nlp
    return nlp


def clear_cache() -> None:
    with _lock:
        _cache.clear()
