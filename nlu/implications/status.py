"""A target's status from its ConText modifiers, and the modifier tests the passes share."""

from __future__ import annotations

import re
from typing import Optional

from nlu.components._text import doc_text
from nlu.implications.bracket_subject import speaks_of_bracket_subject
from nlu.implications.categories import (
    FAMILY,
    HISTORICAL,
    LOCALISED,
    NEGATED,
    NOT_DONE,
    OTHER,
    PENDING,
    POSSIBLE,
    RESOLVED,
)
from nlu.implications.rules import implication_rules
from nlu.rules import TEST_PREFIX
from nlu.span_values import span_value


def resolved(span) -> bool:
    return any(m.category == RESOLVED for m in span_value(span, "modifiers"))


def span_status(span) -> Optional[str]:
    """present / absent / uncertain / historical, or not_done / pending / family."""
    fixed = span_value(span, "poems_fixed_status")
    modifiers = span_value(span, "modifiers")
    if fixed:
        if fixed == "absent" and any(m.category == OTHER for m in modifiers):
            return "other"  # "余全身未见肿大淋巴结": the others are excluded, not this one
        if fixed == "absent" and queried(span):
            return "uncertain"  # "视盘边界清？"
        if fixed == "present" and queried_present(span):
            return "uncertain"  # "CXR clear, small effusion?", "淋巴结(+)？"
        return fixed
    categories = {}
    for modifier in modifiers:
        category = modifier_category(span, modifier)
        if category == NEGATED and new_clause(span, modifier):
            continue
        if category in (PENDING, NOT_DONE) and (result_before_clause(span, modifier)
                                                 or result_before_modifier(span, modifier, modifiers)):
            continue
        if category == POSSIBLE and (doubts_named_alternative(span, modifier) or doubts_the_cause(span, modifier)):
            continue
        if category in (NEGATED, POSSIBLE) and speaks_of_bracket_subject(span, modifier, implication_rules(None)):
            continue
        categories.setdefault(category, []).append(modifier)
    if FAMILY in categories:
        return "family"
    if LOCALISED in categories:
        return "other"  # one nerve's sign at an entrapment site, a multiple mononeuropathy's, a named dermatosis's
    if OTHER in categories and NEGATED in categories:
        return "other"  # "no other lymphadenopathy": nothing said about the one mentioned
    if PENDING in categories:
        if NOT_DONE in categories and _own_clause_only(span, categories[NOT_DONE], categories[PENDING]):
            return "not_done"  # "已送检IFE，拟行骨CT，结果待回": the bone CT is planned, the others awaited
        return "pending"
    if NOT_DONE in categories:
        return "not_done"
    if NEGATED in categories:
        return "uncertain" if queried(span) else "absent"  # "肝脾未触及？" asks
    if RESOLVED in categories:
        return "historical"  # with the attribute resolved=true (see resolved)
    if POSSIBLE in categories:
        return "uncertain"
    if HISTORICAL in categories:
        return "historical"
    return "present"


def _own_clause_only(span, own, other) -> bool:
    """Some modifier of ``own`` speaks in the span's clause and none of ``other`` does: those of
    ``other`` come from the clause after a comma ("拟行骨CT，结果待回") or before it, and speak of
    what that clause names."""
    return any(_in_clause(span, m) for m in own) and not any(_in_clause(span, m) for m in other)


def _in_clause(span, modifier) -> bool:
    """No comma or semicolon between the span and the modifier (its first or last token counted)."""
    start, end = modifier.modifier_span
    doc, text = span.doc, doc_text(span.doc)
    if start >= span.end:
        between = text[span.end_char:doc[start].idx + len(doc[start].text)]
    elif end <= span.start:
        between = text[doc[end - 1].idx:span.start_char]
    else:
        return True
    return not _ITEM_BREAK.search(between)


def queried(span) -> bool:
    """A question mark closes the finding stated normal ("视盘边界清？", "肝脾未触及？"): the
    writer asks whether it is normal (``queried_normal`` in implications.yml)."""
    return bool(implication_rules(None).queried_normal.match(doc_text(span.doc), span.end_char))


def queried_present(span) -> bool:
    """A question mark right after a finding whose rule fixes it present ("CXR clear, small
    effusion?", "lymph nodes (+)?"): the writer doubts it, as "small effusion?" alone is read
    (the "?" modifier is not consulted for a fixed status, so it is looked for here)."""
    return bool(_QUESTION_AFTER.match(doc_text(span.doc), span.end_char))


_QUESTION_AFTER = re.compile(r"[ \t]*[?？]")


def queried_negation(span) -> bool:
    """A negation of the mention closed by a question mark ("淋巴结(-)？", "淋巴结：(-)？",
    "淋巴结未触及？", "lymph nodes (-)?"): the writer asks whether the finding is absent, so it is
    in doubt. For an organ named only to be denied (``absent_only``), which otherwise says
    nothing unless it is absent, this doubt is still worth reporting: neither absent nor present,
    the way "淋巴结肿大(+)?" reads."""
    return queried(span) and any(
        modifier_category(span, m) == NEGATED and not new_clause(span, m)
        for m in span_value(span, "modifiers"))


def modifier_category(span, modifier) -> str:
    """The modifier's category for this target. A rule may give tests another one (``on_tests``
    in context_*.yml): "she hasn't had ascites" is absent, "she hasn't had an IFE" not done, and
    one rule must carry both, for two rules on the same words would be pruned to one."""
    on_tests = (modifier.rule.metadata or {}).get("on_tests")
    if on_tests is not None and span.label_ in on_tests[1]:
        return on_tests[0]
    return modifier.category


def new_clause(span, modifier) -> bool:
    """"no ascites, mild ankle oedema": after a comma, a finding that opens with a degree or
    a side (``new_clause_words`` in implications.yml), or is given its own positive state right
    after it ("no splenomegaly, oedema present", ``new_clause_after``), starts a new, positive
    clause. A negation after the span starts one when the span is an asserted object and the
    negation has its own subject ("she has a small paraprotein and anti-MAG was negative")."""
    start, end = modifier.modifier_span
    if end > span.start:
        return start >= span.end and _asserted_object(span, start)
    text = doc_text(span.doc)
    between = text[span.doc[end].idx:span.start_char]
    rules = implication_rules(None)
    # "no hilar lymphadenopathy, and a sclerotic lesion in T9 was noted": after "and", an article opens
    # a subject whose own singular verb of finding follows it (a list the negation covers takes "were")
    if rules.new_subject_before.search(between) and rules.new_subject_verb.match(text, span.end_char):
        return True
    items = _ITEM_BREAK.split(between)
    if len(items) < 2:
        return False
    # an item between the negation and the span that opens a new clause ("no splenomegaly,
    # bilateral pitting oedema, hyperpigmentation") or is given its own positive state ("no
    # ascites, oedema present, clubbing") ends the negated list: what follows it is positive too
    if any(_opens_clause(item, rules) or _stated_positive(item, rules) for item in items[1:-1]):
        return True
    if _opens_clause(items[-1] + " " + span.text, rules):
        return True
    return bool(rules.new_clause_after.match(text, span.end_char))


_ITEM_BREAK = re.compile(r"[,，;]")


def _asserted_object(span, modifier_start: int) -> bool:
    """"She has a small IgM paraprotein and anti-MAG antibodies were negative": the finding is
    the object of an asserting verb with an article, and the negation after it has a subject of
    its own after "and" (``asserted_object`` in implications.yml)."""
    if not asserted_object(span):
        return False
    text = doc_text(span.doc)
    return bool(implication_rules(None).asserted_after.match(text[span.end_char:span.doc[modifier_start].idx]))


def asserted_object(span) -> bool:
    """The finding is the object of an asserting verb with an article in its clause ("she has a
    small IgM paraprotein", "there was a lambda band"): stated present."""
    text = doc_text(span.doc)
    return bool(implication_rules(None).asserted_before.search(text[max(0, span.start_char - 120):span.start_char]))


def doubts_named_alternative(span, modifier) -> bool:
    """"成骨性病变：成骨性转移瘤？", "Sclerotic lesion: metastasis?": a question after another diagnosis
    named after the finding's colon (``named_alternative`` in implications.yml, read on the words
    between the finding and the doubt) doubts that diagnosis, not the finding the heading names.
    Needed because ConText's backward "?" reaches over the colon and the alternative is often no
    target of its own ("硬化性骨病变？", "Sclerotic lesion: ?" stay in doubt)."""
    start, _ = modifier.modifier_span
    pattern = implication_rules(None).named_alternative
    if pattern is None or start < span.end:
        return False
    return pattern.fullmatch(doc_text(span.doc), span.end_char, span.doc[start].idx) is not None


def doubts_the_cause(span, modifier) -> bool:
    """"I wonder if the oedema is from amlodipine", "is the effusion from heart failure?": the finding
    is given a cause with a copula right after it (``cause_after`` in implications.yml), and the doubt
    (before the finding, or after that cause) asks about the cause; the finding is stated."""
    pattern = implication_rules(None).cause_after
    if pattern is None:
        return False
    cause = pattern.match(doc_text(span.doc)[span.end_char:span.end_char + 80])
    if cause is None:
        return False
    start, end = modifier.modifier_span
    return end <= span.start or span.doc[start].idx >= span.end_char + cause.end()


def result_before_modifier(span, modifier, modifiers) -> bool:
    """"免疫固定电泳查了说阴性😂 VEGF没查": a test given its own result after its name (a negation
    between the name and a later "not done") has been done; the "not done" after that result is
    another test's, whatever stands between them (an emoji is no clause break)."""
    start = modifier.modifier_span[0]
    if start < span.end:
        return False
    return any(m is not modifier and m.category == NEGATED and span.end <= m.modifier_span[0]
               and m.modifier_span[1] <= start for m in modifiers)


def result_before_clause(span, modifier) -> bool:
    """"SPEP: small band in gamma region, IFE pending": a result stated in its own clause (a
    finding, not a test's name: ``list_members`` in implications.yml) is not what a "pending" or
    "not done" after the comma speaks of; a test named there is ("SPEP, IFE pending")."""
    start, _ = modifier.modifier_span
    if start < span.end or span.label_.startswith(TEST_PREFIX):
        return False
    if span.label_ in implication_rules(None).list_members:
        return False
    return bool(_ITEM_BREAK.search(doc_text(span.doc), span.end_char, span.doc[start].idx))


def _opens_clause(item: str, rules) -> bool:
    """The item's first word is a degree, a side or a grade ("mild", "bilateral", "2+")."""
    first = _FIRST_WORD.match(item.strip().lower())
    return bool(first and first.group() in rules.new_clause_words)


_FIRST_WORD = re.compile(r"[a-z\-]+|\+?\d\+?(?![\d.])")


def _stated_positive(item: str, rules) -> bool:
    """The list item ends in its own positive state ("oedema present", "LAD (+)")."""
    return bool(rules.new_clause_tail.search(item))


def forward_negation(span, findings_ends=()) -> bool:
    """A negation before the span ("no NCS"); one that negates a finding named between it and
    the span ("no evidence of papilloedema on fundoscopy", "No bony lesions on skeletal survey",
    where the finding's words take the "no" in) belongs to that finding. ``findings_ends``:
    where those findings end (token index). A test called normal before its name ("a normal FLC
    ratio", ``normal_before_test``) was done: that is its result, not a negation of the test; so
    was a test given its own result after its name ("no motor symptoms, and nerve conduction
    studies were normal": the "no" reaches the test across the comma, "were normal" is its result)."""
    called_normal = implication_rules(None).normal_before_test
    doc = span.doc
    modifiers = span_value(span, "modifiers")
    if any(m.category == NEGATED and m.direction.upper() == "BACKWARD"
           and m.modifier_span[0] >= span.end for m in modifiers):
        return False
    return any(
        m.category == NEGATED and m.direction.upper() in ("FORWARD", "BIDIRECTIONAL")
        and m.modifier_span[1] <= span.start
        and not any(m.modifier_span[0] < e <= span.start for e in findings_ends)
        and not called_normal.fullmatch(doc[m.modifier_span[0]:m.modifier_span[1]].text)
        for m in modifiers
    )
