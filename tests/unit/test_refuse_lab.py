"""``refuse_lab`` gives ``check_lab``'s verdict (the same error, or none) without the model."""

import pytest

from bot.errors import EvidenceError
from bot.evidence import check_lab, refuse_lab
from bot.models import LabValue, Provenance, SampleType, SourceKind

PROV = Provenance(source=SourceKind.note, message_index=0, start=0, end=4, text="x")

LABS = [
    dict(analyte="vegf", value=1200.0, unit="pg/mL"),
    dict(analyte="vegf", value=1200.0, unit=None),
    dict(analyte="platelets", value=520.0, unit="10^9/L"),
    dict(analyte="platelets", value=9_000_000.0, unit="10^9/L"),  # impossible
    dict(analyte="platelets", value=-1.0, unit="10^9/L"),
    dict(analyte="hemoglobin", value=172.0, unit="g/L", reference_low=130.0, reference_high=175.0),
    dict(analyte="hemoglobin", value=172.0, unit="g/L", reference_low=175.0, reference_high=130.0),
    dict(analyte="hemoglobin", value=17.2, unit=None),
    dict(analyte="vegf", value=1200.0, unit="pg/mL", sample=SampleType.urine),
    dict(analyte="no_such_analyte", value=1.0, unit="g/L"),
]


def _verdict(fn, lab):
    try:
        fn(lab)
    except EvidenceError as error:
        return type(error).__name__, str(error), getattr(error, "reason", None)
    return None


@pytest.mark.parametrize("values", LABS)
def test_refuse_lab_raises_what_check_lab_raises(values):
    lab = LabValue.construct(**{"sample": None, "reference_low": None, "reference_high": None,
                                "flag": None, "provenance": PROV, **values})
    assert _verdict(refuse_lab, lab) == _verdict(check_lab, lab)


def test_both_verdicts_occur():
    verdicts = [_verdict(check_lab, LabValue.construct(**{
        "sample": None, "reference_low": None, "reference_high": None, "flag": None,
        "provenance": PROV, **values})) for values in LABS]
    assert None in verdicts and any(v is not None for v in verdicts)
