"""The details of a value given before, set by later messages of a triage conversation: its
sample type, its reference range, a corrected value or a unit ("plasma", "ref < 400", "sorry,
680 not 860", "血小板单位是10^9/L"). A mixin of ``bot.session.TriageSession``, whose evidence,
state diff and question state it uses; every change is recorded as an Override."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from bot.dialogue.answers import late_correction, late_detail, late_unit, normalised, questions, reading, samples_named
from bot.dialogue.numbers import AnswerRefused, reference_in, refusal
from bot.evidence import bare_reference
from bot.models import Evidence, LabValue, Override, SampleType
from bot.number_text import number_text
from bot.session_outcomes import AnswerOutcome, Detail


class LabDetails:
    """Sample type, reference range, value and unit set on values the session holds."""

    def _set_sample(self, spec: Dict[str, Any], norm: str) -> bool:
        """An answer naming the sample type sets it on the latest value of ``sample_of``."""
        analyte = spec["sample_of"]
        named = samples_named(norm, spec["samples"])
        if len(named) > 1:  # "血清和血浆都测了": which one is the value's is not said
            raise AnswerRefused(refusal(reading(), "samples"))
        index = self._latest(analyte)
        if not named or index is None:
            return False
        self._put_sample(index, named[0])
        return True

    def _set_reference(self, analyte: str, norm: str) -> bool:
        """A reference range in the answer ("ref < 100", "参考值0-142") sets the range of the
        latest value of ``analyte`` when the note gave none: > 2 × ULN is read against it (二(二)4)."""
        _, low, high = reference_in(norm)
        index = self._latest(analyte) if high is not None else None
        if index is None or self.evidence.labs[index].reference_high is not None:
            return False
        self._put_reference(index, low, high)
        return True

    def _put_sample(self, index: int, sample: str) -> LabValue:
        """Set ``sample`` on the lab at ``index``, recorded as an override; the lab as it was."""
        lab = self.evidence.labs[index]
        old = lab.sample.value if lab.sample else "unknown"
        self.evidence.labs[index] = lab.copy(update={"sample": SampleType(sample)})
        self.evidence.overrides.append(Override(key=f"{lab.analyte}.sample", old=old, new=sample))
        return lab

    def _put_reference(self, index: int, low: Optional[float], high: float) -> Tuple[LabValue, float]:
        """Set the range ``low``-``high`` (read in the value's unit: ``bare_reference``) on the lab
        at ``index``, which has none, recorded as an override; the lab as it was and the limit set."""
        lab = self.evidence.labs[index]
        low, high = bare_reference(lab, low, high)
        self.evidence.labs[index] = lab.copy(update={"reference_low": low, "reference_high": high})
        self.evidence.overrides.append(Override(key=f"{lab.analyte}.reference", old="unknown", new=number_text(high)))
        return lab, high

    def _latest(self, analyte: str, lacking: Optional[str] = None) -> Optional[int]:
        """The index of the latest value of ``analyte`` in the evidence (with ``lacking``: the
        latest whose field of that name is unset), or None."""
        return next((i for i in range(len(self.evidence.labs) - 1, -1, -1)
                     if self.evidence.labs[i].analyte == analyte
                     and (lacking is None or getattr(self.evidence.labs[i], lacking) is None)), None)

    def apply_detail(self, text: str, extracted: Optional[Evidence] = None) -> Optional[AnswerOutcome]:
        """A message that gives only the sample type and / or the reference range ("plasma",
        "it was serum", "ref < 400", "血浆, 参考上限 150") after the value's question closed: set
        on the latest value of a sample-aware analyte (questions.yml ``sample_of``) that lacks
        it, and re-assessed (二(二)4: the cut-off depends on the sample, > 2 × ULN on the range).
        None (nothing changed) when the message says anything else, the NLU read anything in it
        (a note or an answer as before), or no value lacks what it gives."""
        extracted = extracted or Evidence()
        if extracted.findings or extracted.labs or extracted.not_done:
            return None
        norm = normalised(text or "")
        before = self.states()
        for key, spec in questions()["items"].items():
            detail = late_detail(norm, spec["samples"]) if spec.get("sample_of") else None
            details = self._attach(spec["sample_of"], *detail) if detail else []
            if details:
                self.messages += 1
                return AnswerOutcome(kind="detail", item=key, changes=self._diff(before), details=details)
        corrected = late_correction(norm, reading())
        if corrected is not None:  # "sorry, 680 not 860": the value given before, corrected
            details = self._put_value(*corrected)
            if details:
                self.messages += 1
                return AnswerOutcome(kind="detail", item=self.current or "", changes=self._diff(before),
                                     details=details)
        unit = late_unit(norm)
        if unit is not None:
            details = self._put_unit(*unit)
            if details:
                self.messages += 1
                return AnswerOutcome(kind="detail", item=self.current or "", changes=self._diff(before),
                                     details=details)
        return None

    def _put_value(self, new: float, old: float) -> List[Detail]:
        """"sorry, 680 not 860" with no test named: the one value of ``old`` the session holds
        takes ``new`` (its unit, sample and range kept), recorded as an override; the engine's check
        runs first (LabRefused: nothing changes). [] when no value, or more than one test's, is ``old``."""
        from bot.evidence import refuse_lab

        held = [i for i, lab in enumerate(self.evidence.labs) if lab.value == old]
        if not held or len({self.evidence.labs[i].analyte for i in held}) != 1:
            return []
        index = held[-1]
        lab = self.evidence.labs[index]
        changed = lab.copy(update={"value": new})
        refuse_lab(changed)  # "sorry, 86000 not 860": refused with why, nothing set
        self.evidence.labs[index] = changed
        self.evidence.overrides.append(Override(key=f"{lab.analyte}.value", old=number_text(old), new=number_text(new)))
        return [Detail(analyte=lab.analyte, value=old, unit=lab.unit, field="value", new=number_text(new))]

    def _put_unit(self, analyte: Optional[str], unit: str) -> List[Detail]:
        """"血小板单位是10^9/L": ``unit`` set on the latest value of ``analyte`` (none named: the
        latest value whose analyte is measured in that kind of unit), recorded as an override;
        the engine's check runs first (LabRefused: nothing changes). [] when no value fits; the
        value unchanged when it already has that unit."""
        from bot.concepts import catalogue
        from bot.evidence import refuse_lab
        from bot.units import UnitError, convert

        def fits(lab: LabValue) -> bool:
            known = catalogue().analytes.get(lab.analyte)
            try:
                return known is not None and convert(1.0, unit, known.unit) is not None
            except UnitError:
                return False

        labs = self.evidence.labs
        index = self._latest(analyte) if analyte else next(
            (i for i in range(len(labs) - 1, -1, -1) if fits(labs[i])), None)
        if index is None or (analyte and not fits(labs[index])):
            return []
        lab = labs[index]
        if lab.unit != unit:  # the same unit again: acknowledged, nothing changes
            changed = lab.copy(update={"unit": unit})
            refuse_lab(changed)  # "VEGF 1.5" in g/L: refused with why, nothing set
            labs[index] = changed
            self.evidence.overrides.append(Override(key=f"{lab.analyte}.unit", old=lab.unit or "unknown",
                                                    new=unit))
        return [Detail(analyte=lab.analyte, value=lab.value, unit=lab.unit, field="unit", new=unit)]

    def _attach(self, analyte: str, sample: Optional[str], low: Optional[float],
                high: Optional[float]) -> List[Detail]:
        """Set ``sample`` and the range ``low``-``high`` on the latest values of ``analyte``
        that lack them; what was set."""
        out: List[Detail] = []
        index = self._latest(analyte, lacking="sample") if sample else None
        if index is not None:
            lab = self._put_sample(index, sample)
            out.append(Detail(analyte=analyte, value=lab.value, unit=lab.unit, field="sample", new=sample))
        index = self._latest(analyte, lacking="reference_high") if high is not None else None
        if index is not None:
            lab, limit = self._put_reference(index, low, high)
            out.append(Detail(analyte=analyte, value=lab.value, unit=lab.unit, field="reference", new=number_text(limit)))
        return out
