"""A value in the bracket after "within normal limits" / "正常" is read when the bracket goes on
with its reference ("(410 pg/mL; reference 62–707)"); a bracket that opens with the reference
is no value."""
import nlu
from tests.nlu.conftest import lab_tuples


def _vegf(text):
    return [(lab.value, lab.reference_low, lab.reference_high)
            for lab in nlu.extract(text).evidence.labs if lab.analyte == "vegf"]


def test_value_then_reference():
    assert _vegf("Serum VEGF was within normal limits (410 pg/mL; reference 62–707).") == [(410.0, 62.0, 707.0)]
    assert _vegf("VEGF正常（380 pg/mL，参考值0-142）") == [(380.0, 0.0, 142.0)]


def test_reference_only_is_no_value():
    assert lab_tuples("VEGF within normal limits (ref 62-707 pg/mL)", "vegf") == []
    assert lab_tuples("VEGF normal (62–707 pg/mL)", "vegf") == []
