"""Memo of the engine's assessments, shared by the sessions of one process: an action asks for
the same evidence state's assessment several times, and weighing it is the costly part."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Optional, Tuple

from bot.engine import Assessment, restate, weigh
from bot.evidence import Facts
from bot.models import Evidence


def snapshot(evidence: Evidence) -> Evidence:
    """The evidence with its own lists: a session appends to its lists and replaces their items
    (``_merge``, ``_set_sample``) but never changes an item in place, so the items are shared
    (a deep copy cost more than the assessment saved)."""
    return evidence.copy(update={"findings": list(evidence.findings), "labs": list(evidence.labs),
                                 "not_done": list(evidence.not_done), "overrides": list(evidence.overrides),
                                 "sex_dependent": list(evidence.sex_dependent)})


_LIST_FIELDS = ("findings", "labs", "not_done", "overrides", "sex_dependent")


def _signature(evidence: Evidence) -> Tuple[Any, ...]:
    """The evidence's items (the objects themselves) and its other fields."""
    return (*(tuple(getattr(evidence, name)) for name in _LIST_FIELDS),
            *(getattr(evidence, name) for name in evidence.__fields__ if name not in _LIST_FIELDS))


def _same(a: Tuple[Any, ...], b: Tuple[Any, ...]) -> bool:
    lists = len(_LIST_FIELDS)
    return (a[lists:] == b[lists:]
            and all(len(x) == len(y) and all(i is j for i, j in zip(x, y)) for x, y in zip(a[:lists], b[:lists])))


class EvidenceText:
    """``evidence.json()`` of the latest evidence states, recognised by their items.

    One action asks for several assessments of an evidence that does not change in between
    (states before and after, the next question, the payload), each on a new shallow copy of
    the session's evidence (``TriageSession.assess``), and the memo's key is the evidence as
    JSON (~0.3 ms for a session of two notes, most of an assessment found in the memo). The
    items are never changed in place (``snapshot``): an evidence holding the very same item
    objects in the same order, and the same other fields, has the same JSON. States are looked
    up by their items' identities and the other fields (least recently used first out); the kept
    signatures hold their items, so no item's identity is reused while it is kept. Sessions
    loaded again from a slot the process wrote share their items (``SessionMemo``), so the
    concurrent conversations' states are kept a few turns (``size``)."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._recent: "OrderedDict[Tuple[Any, ...], Tuple[Tuple[Any, ...], str]]" = OrderedDict()

    def __call__(self, evidence: Evidence) -> str:
        signature = _signature(evidence)
        lists = len(_LIST_FIELDS)
        key = (*(tuple(map(id, items)) for items in signature[:lists]), *signature[lists:])
        kept = self._recent.get(key)
        if kept is not None and _same(signature, kept[0]):
            self._recent.move_to_end(key)
            return kept[1]
        text = evidence.json()
        self._recent[key] = (signature, text)
        while len(self._recent) > self.size:
            self._recent.popitem(last=False)
        return text


class AssessmentMemo:
    """The engine's assessments of the latest evidence states, shared by the sessions of one
    process (least recently used first out). The engine is a pure function of the evidence,
    the language and the excluded tests, so an equal key gives an equal assessment; each is
    computed on a snapshot of the evidence, so later changes to a session's evidence never
    reach an assessment already kept. Callers only read assessments.

    One action asks for an evidence state's assessment with and without the reply's language and
    the asked tests excluded (the changes, the next question, the message, the payload). The
    engine's conclusions read neither (``bot.engine.restate``), so an evidence state is weighed
    once (``bot.engine.weigh``, kept by its JSON) and each language and set of exclusions only
    ranks the next tests again."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._kept: "OrderedDict[Tuple[str, Optional[str], Tuple[str, ...]], Assessment]" = OrderedDict()
        self._weighed: "OrderedDict[str, Tuple[Assessment, Facts]]" = OrderedDict()
        self._lock = threading.Lock()
        self._text = EvidenceText()

    def get(self, evidence: Evidence, language: Optional[str], exclude: Tuple[str, ...]) -> Assessment:
        """``assess`` of ``evidence`` in ``language`` (the evidence's own when None) with the
        tests ``exclude`` left out of the next tests."""
        with self._lock:
            text = self._text(evidence)
            key = (text, language, exclude)
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
                return kept
            weighed = self._weighed.get(text)
            if weighed is not None:
                self._weighed.move_to_end(text)
        if weighed is None:
            weighed = weigh(snapshot(evidence))
            with self._lock:
                self._remember(self._weighed, text, weighed)
        base, facts = weighed
        target = base.evidence if language is None else base.evidence.copy(update={"language": language})
        made = restate(base, facts, target, exclude)
        with self._lock:
            self._remember(self._kept, key, made)
        return made

    def evidence_text(self, evidence: Evidence) -> str:
        """``evidence.json()``, from the texts of the latest evidence states."""
        with self._lock:
            return self._text(evidence)

    def _remember(self, kept: "OrderedDict[Any, Any]", key: Any, value: Any) -> None:
        kept[key] = value
        kept.move_to_end(key)
        while len(kept) > self.size:
            kept.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._weighed.clear()


ASSESSMENTS = AssessmentMemo()
