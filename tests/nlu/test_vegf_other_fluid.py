"""A VEGF measured in a body fluid other than blood (dev file 69; sentences written for the tests):
cerebrospinal fluid, vitreous or aqueous humour (taken before an intravitreal anti-VEGF injection), an
effusion. It is not the serum or plasma VEGF the criterion reads: set aside with why (``fluid_sample``),
never read as the patient's blood level (before, "玻璃体液VEGF 900 pg/mL" was read as VEGF 900)."""
import pytest

from conftest import criterion, labs_of


@pytest.mark.parametrize("text, value", [
    ("LP：CSF蛋白 1.2 g/L，脑脊液VEGF 85 pg/mL。", 85),
    ("双眼视盘水肿，玻璃体腔注药前取玻璃体液VEGF 900 pg/mL。", 900),
    ("CSF VEGF 120 pg/mL, CSF protein 1.4 g/L.", 120),
    ("The vitreous VEGF was 1,450 pg/mL before the injection.", 1450),
    ("VEGF in the CSF was 85 pg/mL.", 85),
    ("VEGF (aqueous humour) 640 pg/mL", 640),
    ("房水VEGF 2300 pg/ml", 2300),
    ("Pleural fluid VEGF 3,200 pg/mL.", 3200),
])
def test_another_fluid_is_set_aside(ex, text, value):
    extraction = ex(text)
    assert labs_of(extraction, "vegf") == []
    (warning,) = [w for w in extraction.warnings if w.analyte == "vegf"]
    assert (warning.reason, warning.value) == ("fluid_sample", value)
    assert warning in extraction.set_aside and warning.message and warning.message_zh
    assert criterion(extraction, "vegf_elevated") == "unknown"


@pytest.mark.parametrize("text, value", [
    ("脑脊液VEGF 85 pg/mL。血清VEGF 2380 pg/mL（参考值0-142）。", 2380),
    ("VEGF in the CSF was 85 pg/mL; serum VEGF 1850 pg/mL.", 1850),
    ("Pleural effusion on CT. VEGF 1850 pg/mL (serum).", 1850),
    ("双侧胸腔积液，VEGF 1850 pg/mL。", 1850),
])
def test_the_blood_value_beside_it_is_read(ex, text, value):
    assert [lab.value for lab in labs_of(ex(text), "vegf")] == [value]
