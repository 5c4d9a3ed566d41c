"""Evidence models from values the extractor built itself, without pydantic's validation when
the values already are what validation would give.

Why: a note gives a few dozen findings and lab values, and validating each model (and copying
every one again inside ``Evidence``) was a large part of the extractor's time. ``construct()``
stores the same field values in the same order with the same set fields; it is used only when
each value has exactly the type validation would produce (``int``, ``float``, ``str``, the
enums, a ``str -> str`` dict) and the model's own validators would pass (a concept id seen valid
once, an age in 0..120). Anything else goes through the validating constructor, which raises as
before. The extractor validates everything in the reference mode
(:func:`nlu.components._text.reference_mode`), so the equivalence tests compare both.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Set

from bot.models import (
    Evidence,
    Finding,
    FindingStatus,
    LabValue,
    Provenance,
    SampleType,
    SourceKind,
    TestNotDone,
)

_valid_concepts: Set[str] = set()  # concept ids that passed Finding's validator
_new = object.__new__
_set = object.__setattr__


def _plain(cls, names: tuple) -> bool:
    """Whether ``cls.construct(**values)`` with exactly ``names`` as keys (its fields, in their
    order) stores ``__dict__`` = those values in that order and ``__fields_set__`` = the names
    and nothing else (pydantic 1.10's ``construct``: no aliases, no private attributes)."""
    return tuple(cls.__fields__) == names and cls.__private_attributes__ == {} \
        and cls.__new__ is object.__new__ \
        and not any(f.alt_alias for f in cls.__fields__.values())


_PROVENANCE = ("source", "message_index", "start", "end", "text")
_FINDING = ("concept", "status", "attributes", "provenance")
# what construct() does for these models, without its loop over the fields (~3 µs a model,
# ~45 models a note)
_DIRECT = _plain(Provenance, _PROVENANCE) and _plain(Finding, _FINDING)


def _int(value) -> bool:
    return type(value) is int


def _optional_float(value) -> bool:
    return value is None or type(value) is float


def _optional_str(value) -> bool:
    return value is None or type(value) is str


# the comparators LabValue.comparator accepts (a bound, not a value)
_COMPARATORS = frozenset({None, ">", ">=", "<", "<="})


class ModelBuilder:
    """Builds the models of one extraction; ``validate=True`` always validates (reference)."""

    def __init__(self, validate: bool = False):
        self.trust = not validate

    def provenance(self, message_index: int, start: int, end: int, text: str) -> Provenance:
        if self.trust and _int(message_index) and _int(start) and _int(end) \
                and type(text) is str:
            if _DIRECT:
                m = _new(Provenance)
                _set(m, "__dict__", {"source": SourceKind.note, "message_index": message_index,
                                     "start": start, "end": end, "text": text})
                _set(m, "__fields_set__", set(_PROVENANCE))
                return m
            return Provenance.construct(source=SourceKind.note, message_index=message_index,
                                        start=start, end=end, text=text)
        return Provenance(source=SourceKind.note, message_index=message_index, start=start,
                          end=end, text=text)

    def finding(self, concept: str, status: FindingStatus, attributes: Dict[str, str],
                prov: Provenance) -> Finding:
        if self.trust and concept in _valid_concepts and type(status) is FindingStatus and all(
                type(k) is str and type(v) is str for k, v in attributes.items()):
            if _DIRECT:
                m = _new(Finding)
                _set(m, "__dict__", {"concept": concept, "status": status,
                                     "attributes": attributes, "provenance": prov})
                _set(m, "__fields_set__", set(_FINDING))
                return m
            return Finding.construct(concept=concept, status=status, attributes=attributes,
                                     provenance=prov)
        out = Finding(concept=concept, status=status, attributes=attributes, provenance=prov)
        _valid_concepts.add(concept)
        return out

    def test_not_done(self, test: str, reason: str, prov: Provenance) -> TestNotDone:
        if self.trust and type(test) is str and type(reason) is str:
            return TestNotDone.construct(test=test, reason=reason, provenance=prov)
        return TestNotDone(test=test, reason=reason, provenance=prov)

    def lab_value(self, analyte: str, value: float, unit: Optional[str],
                  sample: Optional[SampleType], reference_low: Optional[float],
                  reference_high: Optional[float], flag: Optional[str],
                  prov: Provenance, comparator: Optional[str] = None) -> LabValue:
        kwargs = dict(analyte=analyte, value=value, unit=unit, sample=sample,
                      reference_low=reference_low, reference_high=reference_high, flag=flag,
                      comparator=comparator, provenance=prov)
        if self.trust and type(analyte) is str and type(value) is float and _optional_str(unit) \
                and (sample is None or type(sample) is SampleType) \
                and _optional_float(reference_low) and _optional_float(reference_high) \
                and _optional_str(flag) and comparator in _COMPARATORS:
            return LabValue.construct(**kwargs)
        return LabValue(**kwargs)

    def evidence(self, findings: List[Finding], labs: List[LabValue],
                 not_done: List[TestNotDone], age: Optional[int], sex: Optional[str],
                 language: str) -> Evidence:
        kwargs = dict(findings=findings, labs=labs, not_done=not_done, age=age, sex=sex,
                      language=language)
        if self.trust and (age is None or (_int(age) and 0 <= age <= 120)) \
                and _optional_str(sex) and type(language) is str \
                and all(type(f) is Finding for f in findings) \
                and all(type(lab) is LabValue for lab in labs) \
                and all(type(t) is TestNotDone for t in not_done):
            return Evidence.construct(**kwargs)
        return Evidence(**kwargs)

    def extraction(self, model, evidence: Evidence, warnings: list, language: str, mixed: bool):
        """``model(evidence=..., warnings=..., language=..., mixed=...)`` (the extractor's
        ``Extraction``); its validation would only copy the Evidence just built and check the
        warnings it built, so ``construct()`` when every value already has its field's type."""
        kwargs = dict(evidence=evidence, warnings=warnings, language=language, mixed=mixed)
        warning = model.__fields__["warnings"].type_
        if self.trust and type(evidence) is Evidence and type(language) is str \
                and type(mixed) is bool and all(type(w) is warning for w in warnings):
            return model.construct(**kwargs)
        return model(**kwargs)
