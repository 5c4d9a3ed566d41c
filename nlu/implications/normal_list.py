"""A stretch of text whose findings a pattern settles together, where ConText's modifiers reach
only the first ones or stop at a comma:

- a list introduced by a heading that states it normal ("以下项目未见异常：心电图、…、眼底照相",
  "Normal: ECG, fundoscopy"): every test and finding of the list, up to the sentence's end, is
  normal (implications.yml ``normal_list``);
- a past history denied as a comma-joined list ("否认高血压，心脏病，糖尿病等病史"): the list the
  pattern's group bounds is absent (``denied_list``);
- a sentence about other patients or the literature ("present in 68% of patients with …", "Crow
  reported two patients with …", "are also cited"): its findings are not this patient's
  (``others_sentence``);
- a clause that opens with a disease's general statement ("POEMS综合征常表现为…", "Castleman病是一种…")
  and the rest of its sentence: the textbook's, its present findings in doubt, though a comma ends
  every ConText scope (``general_sentence``, the match itself)."""

from __future__ import annotations

import re
from typing import Optional

from nlu.prefilter import PrefilteredPattern


class NormalList:
    """One of the rules above: ``heading`` finds the stretch (``scope``: "after" the heading to
    the sentence's end, the match's "group", the whole "sentence" around the match, or the
    "match" itself) and its present targets take ``status``."""

    def __init__(self, data: dict):
        # tried only with the alternatives whose words the note holds (nlu/prefilter.py)
        self.heading = PrefilteredPattern(data["heading"])
        self.sentence_end = re.compile(data.get("sentence_end") or r"[。；;\n]")
        self.within = int(data.get("within") or 150)
        self.group = data.get("group")
        self.scope = data.get("scope") or ("group" if self.group else "after")
        self.status = data.get("status") or "absent"
        # the statuses the rule overrides: a stated finding (a list stated normal or denied), or
        # every reading ConText made of a sentence that is not about the patient
        self.overrides = set(data.get("overrides") or ["present"])


def _stretch(text: str, heading: "re.Match[str]", rule: NormalList) -> tuple:
    if rule.scope == "group":  # the first of the named groups that took part in the match
        groups = [rule.group] if isinstance(rule.group, str) else rule.group
        return next(heading.span(g) for g in groups if heading.group(g) is not None)
    if rule.scope == "match":
        return heading.span()
    if rule.scope == "sentence":
        before = [m.end() for m in rule.sentence_end.finditer(text, 0, heading.start())]
        after = rule.sentence_end.search(text, heading.end())
        return (before[-1] if before else 0), (after.start() if after else len(text))
    window = text[heading.end():heading.end() + rule.within]
    stop = rule.sentence_end.search(window)
    return heading.end(), heading.end() + (stop.start() if stop else len(window))


def stretches(text: str, rule: "NormalList | None") -> list:
    """The (start, end) stretches of ``text`` that ``rule`` settles (empty without the rule)."""
    if rule is None:
        return []
    return [_stretch(text, heading, rule) for heading in rule.heading.finditer(text)]


def normal_lists(text: str, targets, statuses, rule: "NormalList | None", spans: Optional[list] = None) -> None:
    """Each target in a stretch of ``rule`` (``spans``: the stretches when already found) whose
    status the rule overrides takes its status. In place."""
    if rule is None:
        return
    for begin, end in stretches(text, rule) if spans is None else spans:
        for ent in targets:
            if ent.label_ != "ignore" and begin <= ent.start_char and ent.end_char <= end \
                    and isinstance(statuses[ent], str) and statuses[ent] in rule.overrides:
                statuses[ent] = rule.status
