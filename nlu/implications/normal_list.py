"""A list introduced by a heading that states it normal ("以下项目未见异常：心电图、…、眼底照相",
"Normal: ECG, fundoscopy"): every test and finding of the list, up to the sentence's end, is
normal. ConText's negation reaches only the first members of a long list."""

from __future__ import annotations

import re


class NormalList:
    """implications.yml ``normal_list``."""

    def __init__(self, data: dict):
        self.heading = re.compile(data["heading"])
        self.sentence_end = re.compile(data["sentence_end"])
        self.within = int(data.get("within") or 150)


def normal_lists(text: str, targets, statuses, rule: "NormalList | None") -> None:
    """Each target after a ``heading`` match, before the sentence ends (``sentence_end``) and
    within ``within`` characters, is absent (a test: normal). In place."""
    if rule is None:
        return
    for heading in rule.heading.finditer(text):
        window = text[heading.end():heading.end() + rule.within]
        stop = rule.sentence_end.search(window)
        end = heading.end() + (stop.start() if stop else len(window))
        for ent in targets:
            if ent.label_ != "ignore" and heading.end() <= ent.start_char and ent.end_char <= end \
                    and statuses[ent] == "present":
                statuses[ent] = "absent"
