"""A bracket after a finding that names a finding of its own keeps its negation or doubt inside.

"Spleen enlarged (liver normal)", "脾大（肝脏正常）", "VEGF raised (platelets normal)": ConText's
backward "normal" reaches over the opening bracket to the finding before it, which the writer
states present. The words in the bracket speak of the finding named there. They still speak of
the finding before the bracket when the one named is part of it ("HSM (liver and spleen not
palpable)", "Organomegaly (spleen not palpable)": an umbrella's group members, and
``bracket_parts`` in implications.yml) or the test that looks for it ("Papilloedema (fundi
normal)": tests.yml ``concept_tests``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet

from nlu.components._text import doc_text
from nlu.components.target_list import targets
from nlu.rules import TEST_PREFIX, concept_tests

_OPENING = "(（["
_CLOSING = ")）]"


def speaks_of_bracket_subject(span, modifier, rules) -> bool:
    """The modifier (after ``span``) stands inside a bracket opened after the span, after a
    target there that is neither the span's concept, one of its parts, nor its test."""
    start = modifier.modifier_span[0]
    if start < span.end or span.label_.startswith(TEST_PREFIX):
        return False
    doc = span.doc
    cue = doc[start].idx
    between = doc_text(doc)[span.end_char:cue]
    opened = max(between.rfind(c) for c in _OPENING)
    if opened < 0 or any(c in between[opened:] for c in _CLOSING):
        return False
    bracket = span.end_char + opened
    own = _elaborating(span.label_, rules)
    return any(bracket < t.start_char < cue and not _concepts(t.label_, rules) & own
               for t in targets(doc) if t is not span)


def _concepts(label: str, rules) -> FrozenSet[str]:
    """The concepts (or ``test.`` keys) a target label names."""
    for prefix in (rules.absent_only, rules.present_only):
        if label.startswith(prefix):
            label = label[len(prefix):]
    return frozenset(rules.expand.get(label, [label]))


@lru_cache(maxsize=512)
def _elaborating(label: str, rules) -> FrozenSet[str]:
    """What a bracket may name and still speak of the finding ``label``: its concepts, their
    parts, and the tests that look for them."""
    from bot.concepts import group_members  # the catalogue's groups: an umbrella's members

    own = set()
    tests = concept_tests()
    for concept in _concepts(label, rules):
        own |= {concept, *group_members(concept), *rules.bracket_parts.get(concept, ())}
    own |= {TEST_PREFIX + tests[c] for c in list(own) if c in tests}
    return frozenset(own)
