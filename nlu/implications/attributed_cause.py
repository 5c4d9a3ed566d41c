"""The other cause a note gives an oedema or effusion ("ankle oedema on amlodipine", "胸腔积液考虑
心衰所致", "amlodipine-induced oedema"): ``nlu/rules/causes.yml``. The finding keeps its status
(表2 counts it as stated); the cause becomes its attribute ``cause``, which the engine names as a
point against, so the referrer weighs it instead of the assistant deciding it silently. A message
that gives the cause alone ("it's the amlodipine") is ``Evidence.cause``: the session puts it on
the oedema or effusion given before."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Optional

from nlu.rules import load_yaml


# a describing word before the cause: an English word (not a link word: "on examination and
# heart failure" names no cause of the oedema) and its space, or up to four Chinese characters
# ending in 性 or 型 ("酒精性", "扩张型")
_DESCRIBING = re.compile(r"(?!(?:and|or|but|with|on|in|at|of|to|for|the)\b)[A-Za-z]+[ \t-]+|[\u4e00-\u9fff]{1,4}[性型]", re.I)
# one of them closing the words before a cause given alone ("it's from her liver cirrhosis")
_LAST_DESCRIBING = re.compile(rf"(?<![A-Za-z'’])(?:{_DESCRIBING.pattern})$", re.I)


def _leads(lead: str):
    """The words before a cause given alone, then without one and two describing words at their end."""
    yield lead
    for _ in range(2):
        word = _LAST_DESCRIBING.search(lead)
        if word is None:
            return
        lead = lead[:word.start()]
        yield lead


class Causes:
    def __init__(self, data: dict):
        self.concepts: FrozenSet[str] = frozenset(data.get("concepts") or [])
        self.sentence_end = re.compile(data["sentence_end"])
        self.reach_after = int(data.get("reach_after", 40))
        self.reach_before = int(data.get("reach_before", 20))
        self.link_after = re.compile(data["link_after"])
        self.link_before = re.compile(data["link_before"])
        # the copula links ("是…引起的", ", it's the amlodipine"), tried when the link above gives no cause
        self.links_after = [self.link_after] + ([re.compile(data["link_said"])] if data.get("link_said") else [])
        self.denied = re.compile(data["denied"])
        self.denied_after = re.compile(data["denied_after"]) if data.get("denied_after") else None
        self.causes: Dict[str, "re.Pattern"] = {k: re.compile(v) for k, v in (data.get("causes") or {}).items()}
        self._before = {k: re.compile(r"(?:%s)[ \t]*$" % p.pattern.replace("(?i)", ""), re.I)
                        for k, p in self.causes.items()}
        self.bare_within = int(data.get("bare_within") or 0)
        self.bare_words = re.compile(data["bare_words"]) if data.get("bare_words") else None
        self.bare_link = re.compile(data["bare_link"]) if data.get("bare_link") else None

    def bare_cause(self, text: str) -> Optional[str]:
        """The key of the cause a short message gives alone, naming no finding ("it's the
        amlodipine", "是氨氯地平引起的"): the whole message is the cause and ``bare_words``, one of
        them attributing (``bare_link``) and none denying. None for anything else."""
        if self.bare_words is None or self.bare_link is None or len(text) > self.bare_within:
            return None
        for key, pattern in self.causes.items():
            for found in pattern.finditer(text):
                # up to two describing words before the cause ("her liver cirrhosis", "酒精性肝硬化")
                lead = next((lead for lead in _leads(text[:found.start()]) if self.bare_words.fullmatch(lead)), None)
                tail = text[found.end():]
                if lead is None or not self.bare_words.fullmatch(tail):
                    continue
                words = f"{lead} {tail}"
                if self.bare_link.search(words) and not self.denied.search(words):
                    return key
        return None

    def cause_of(self, text: str, start: int, end: int) -> Optional[str]:
        """The key of the cause the finding ``text[start:end]`` is put down to, if any."""
        stop = self.sentence_end.search(text, end)
        window = text[end:min(stop.start() if stop else len(text), end + self.reach_after)]
        for link_after in self.links_after:
            link = link_after.match(window)
            if link and not self.denied.search(window, 0, link.end()):
                rest = window[link.end():]
                # the cause may follow up to two describing words ("alcoholic cirrhosis", "酒精性肝硬化")
                starts = [0]
                for _ in range(2):
                    word = _DESCRIBING.match(rest, starts[-1])
                    if not word:
                        break
                    starts.append(word.end())
                for key, pattern in self.causes.items():
                    found = next((m for m in (pattern.match(rest, at) for at in starts) if m), None)
                    if found is not None:
                        if self._excluded(rest, found):
                            return None
                        return key
        opening = self._clause_start(text, start)
        before = text[max(opening, start - self.reach_before):start]
        link = self.link_before.search(before)
        if link and not self.denied.search(before):
            head = before[:link.start()]
            for key, pattern in self._before.items():
                if pattern.search(head):
                    return key
        return None

    def _excluded(self, rest: str, found: "re.Match") -> bool:
        """Whether the cause ``found`` in ``rest`` is denied before it ("(no DVT)") or excluded
        right after it ("(DVT excluded)"): no cause then."""
        if self.denied.search(rest, 0, found.start()):
            return True
        return bool(self.denied_after and self.denied_after.match(rest[found.end():]))

    def _clause_start(self, text: str, start: int) -> int:
        """Where the sentence holding ``start`` opens (the cause written first is in it)."""
        opening = 0
        for found in self.sentence_end.finditer(text, max(0, start - self.reach_before), start):
            opening = found.end()
        return opening


@lru_cache(maxsize=4)
def causes(directory: Optional[str] = None) -> Causes:
    from pathlib import Path

    return Causes(load_yaml("causes.yml", Path(directory) if directory else None))
