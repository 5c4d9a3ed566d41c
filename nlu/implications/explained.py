"""A skin sign the writer puts down, in its own sentence, to a skin disease that is not a POEMS
change ("皮肤呈天鹅绒样增厚、色素加深，考虑黑棘皮病", "darkened velvety axillae, in keeping with
acanthosis nigricans") says nothing of the POEMS skin criterion (README 表2 skin changes: only
the listed changes count). So does skin "involvement" the writer gives to another named disease
written before it ("显微镜下多血管炎（肾脏、周围神经及皮肤受累）", "SLE with skin lesions")."""

from __future__ import annotations

import re
from typing import List, Optional

from nlu.components._text import stretch_end, stretch_start


class Explained:
    """One rule of implications.yml ``explained_by``."""

    def __init__(self, data: dict, sentence_end: "re.Pattern", site: Optional["re.Pattern"] = None):
        self.concepts = set(data["concepts"])
        # the body site written right before a sign ("胫前", "on both shins"): the same sign at the
        # same site elsewhere in the note is the same lesion
        self.site = site
        self.cause = _optional(data.get("cause"))
        # the other disease written before the sign, the link to it ending where the sign opens
        self.cause_before = _optional(data.get("cause_before"))
        # what the sign's own words must say (a general "skin involvement", not a named sign)
        self.sign = _optional(data.get("sign"))
        self.sentence_end = sentence_end

    def explains(self, text: str, start: int, end: int) -> bool:
        """Whether the mention ``text[start:end]`` is put down to the other disease in its sentence."""
        if self.sign is not None and not self.sign.search(text, start, end):
            return False
        if self.cause is not None and self.cause.search(
                text, end, stretch_end(text, end, self.sentence_end)):
            return True
        if self.cause_before is None:
            return False
        opening = stretch_start(text, start, self.sentence_end)
        return self.cause_before.search(text[opening:start]) is not None


def _optional(pattern: Optional[str]) -> Optional["re.Pattern"]:
    return re.compile(pattern) if pattern else None


def explained_from(data: dict) -> List[Explained]:
    """implications.yml ``explained_by``: the shared sentence end and the rules."""
    if not data:
        return []
    sentence_end = re.compile(data["sentence_end"])
    site = _optional(data.get("site"))
    return [Explained(entry, sentence_end, site) for entry in data["rules"]]


def _site(text: str, start: int, rule: Explained) -> Optional[str]:
    """The body site written right before a mention (``site`` ending where it opens), if any."""
    if rule.site is None:
        return None
    found = rule.site.search(text[max(0, start - 12):start])
    return found.group("site") if found else None


def _words(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].lower().split())


def explained_by(text: str, targets, statuses, rules: List[Explained],
                 same_words: frozenset = frozenset()) -> None:
    """A present (or doubted) mention of ``concepts`` followed in its sentence by ``cause`` (an attribution
    and the other disease), or with ``cause_before`` ending where it opens, gets the status
    "other"; so does every other present mention of the same concept at the same body site
    ("查体：胫前散在色素沉着斑 … 胫前色素沉着斑考虑糖尿病皮肤病": one lesion, described then
    explained), and, for the general concepts of ``same_words``, every other present mention in
    the same words without a site ("外院因"…水肿及皮肤改变"疑诊POEMS … 皮肤改变为糖尿病皮肤病": the
    skin changes the referral names are the ones explained). In place."""
    for rule in rules:
        sites = set()
        worded = set()
        for ent in targets:
            # (a mention in doubt too: "考虑系统性AL型淀粉样变性皮肤受累" doubts the other disease, whose skin it is)
            if ent.label_ not in rule.concepts or statuses[ent] not in ("present", "uncertain"):
                continue
            if rule.explains(text, ent.start_char, ent.end_char):
                statuses[ent] = "other"
                site = _site(text, ent.start_char, rule)
                if site:
                    sites.add((ent.label_, site))
                elif ent.label_ in same_words:
                    worded.add((ent.label_, _words(text, ent.start_char, ent.end_char)))
        for ent in targets:
            if ent.label_ not in rule.concepts or statuses[ent] != "present":
                continue
            site = _site(text, ent.start_char, rule)
            if (ent.label_, site) in sites or (site is None and (
                    ent.label_, _words(text, ent.start_char, ent.end_char)) in worded):
                statuses[ent] = "other"
