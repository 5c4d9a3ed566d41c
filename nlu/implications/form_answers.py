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
        asked = data.get("test_asked") or {}
        self.test_answer = re.compile(asked["answer"]) if asked else None
        self.test_asked_before = re.compile(asked["asked_before"]) if asked else None


def _test_answered_not_done(text: str, ent, rule: FormAnswer) -> bool:
    """"Bone CT done? No.", "骨CT做了吗？没有做", "did they do a bone CT? no": a test asked about and
    answered not done. A bare "no" needs the question to be about doing the test (a done word
    after the name or a question verb before it); "VEGF? no" alone could deny a result."""
    found = rule.test_answer.match(text, ent.end_char)
    if found is None:
        return False
    if found.group("not_done") or found.group("done"):
        return True
    line_start = max(text.rfind(stop, 0, ent.start_char) for stop in "\n.。;；?？!！") + 1
    return rule.test_asked_before.search(text, line_start, ent.start_char) is not None


def form_answers(text: str, targets, statuses, rule: "FormAnswer | None") -> None:
    """Each finding followed by a ``answer_no`` is absent, by a ``answer_yes`` present (a "No"
    of the row before does not reach it), by a ``answer_not_done`` not done ("Papilloedema? Not
    checked": its test, unknown); a test asked about and answered not done (``test_asked``) is
    not done. In place; ignored spans are left alone."""
    if rule is None:
        return
    for ent in targets:
        if ent.label_.startswith(TEST_PREFIX):
            if rule.test_answer is not None and statuses[ent] in ("present", "absent", "uncertain") \
                    and _test_answered_not_done(text, ent, rule):
                statuses[ent] = "not_done"
            continue
        if ent.label_ == "ignore":
            continue
        if rule.no.match(text, ent.end_char):
            if statuses[ent] in ("present", "uncertain"):
                statuses[ent] = "absent"
        elif rule.yes.match(text, ent.end_char) and statuses[ent] in ("absent", "uncertain"):
            statuses[ent] = "present"  # "Oedema? Yes": the answer, not the question mark
        elif rule.not_done is not None and rule.not_done.match(text, ent.end_char) \
                and statuses[ent] in ("present", "uncertain"):
            statuses[ent] = "not_done"
