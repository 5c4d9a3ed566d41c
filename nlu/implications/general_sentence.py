"""A clause that opens with a disease's general statement ("POEMS综合征常表现为…", "Castleman病是一种…") makes
the rest of its sentence the disease's: the later clauses of a 讨论 sentence ("…，血清VEGF常明显升高，可见硬化性骨病
变。") are the textbook's too, though the comma ends every ConText scope. A finding read present there is in doubt,
up to the sentence's end or a clause about the patient (本例, 该患者). Rule: ``general_sentence`` in
``nlu/rules/implications.yml``, read on the note's text (the same on every path)."""

from __future__ import annotations


def general_sentences(text: str, targets, statuses, pattern) -> None:
    """Present findings inside a match of ``pattern`` -> uncertain. In place."""
    spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    if not spans:
        return
    for ent in targets:
        if statuses[ent] != "present":
            continue
        if any(start <= ent.start_char and ent.end_char <= end for start, end in spans):
            statuses[ent] = "uncertain"
