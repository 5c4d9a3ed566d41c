"""A form row answered after its finding ("Hepatomegaly No / Splenomegaly No", "Edema Yes /
Pleural effusion No", "Hepatomegaly? No.", "水肿？有"): the answer decides the finding's status. ConText reads "No" only before
a finding, so each "No" would negate the next row and leave its own row present."""

from __future__ import annotations

import re

from nlu.rules import TEST_PREFIX


class FormAnswer:
    """implications.yml ``form_answer``: regexes read from a finding's end (``match``)."""

    def __init__(self, data: dict):
        self.no = re.compile(data["answer_no"])
        self.yes = re.compile(data["answer_yes"])
        not_done = data.get("answer_not_done")
        self.not_done = re.compile(not_done) if not_done else None


def form_answers(text: str, targets, statuses, rule: "FormAnswer | None") -> None:
    """Each finding followed by a ``answer_no`` is absent, by a ``answer_yes`` present (a "No"
    of the row before does not reach it), by a ``answer_not_done`` not done ("Papilloedema? Not
    checked": its test, unknown). In place; tests and ignored spans are left alone."""
    if rule is None:
        return
    for ent in targets:
        if ent.label_ == "ignore" or ent.label_.startswith(TEST_PREFIX):
            continue
        if rule.no.match(text, ent.end_char):
            if statuses[ent] in ("present", "uncertain"):
                statuses[ent] = "absent"
        elif rule.yes.match(text, ent.end_char) and statuses[ent] in ("absent", "uncertain"):
            statuses[ent] = "present"  # "Oedema? Yes": the answer, not the question mark
        elif rule.not_done is not None and rule.not_done.match(text, ent.end_char) \
                and statuses[ent] in ("present", "uncertain"):
            statuses[ent] = "not_done"
