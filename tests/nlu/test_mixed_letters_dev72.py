"""Readings of Hong Kong / Singapore letters and Chinese notes with English abbreviations (dev file 72;
sentences written for the tests).

- a test's Chinese name in brackets after its English one ("Platelet (血小板) 508 x10^9/L") stands between
  the name and its value (labs.yml filler); a bracket saying the test was not done, another fluid, a time or
  a reference does not;
- "LN 也没有。": a list answered no after it also across the space after a Latin abbreviation
  (context_zh.yml);
- "EMG/NCV：未见周围神经病变" concludes the study against a neuropathy, as "no evidence of peripheral
  neuropathy" does, so symptoms of another cause (numbness after walking in lumbar stenosis) do not make the
  criterion present (implications.yml ruled_out); a neuropathy named elsewhere keeps it present.
"""
import pytest

from conftest import criterion, lab_tuples, status_of


@pytest.mark.parametrize("text, analyte, value", [
    ("Platelet (血小板) 508 x10^9/L", "platelets", 508),
    ("- Platelets (血小板計數): 612 x10^9/L", "platelets", 612),
    ("VEGF (血管內皮生長因子), serum: 2,640 pg/mL (ref 0-142)", "vegf", 2640),
    ("Serum VEGF (血管内皮生长因子) 1850 pg/ml", "vegf", 1850),
    ("Hb (血紅蛋白) 17.4 g/dL", "hemoglobin", 17.4),
    ("血小板（血常规）512×10^9/L", "platelets", 512),
])
def test_chinese_name_in_brackets_before_the_value(text, analyte, value):
    assert [v for v, _, _ in lab_tuples(text, analyte)] == [value]


@pytest.mark.parametrize("text", [
    "VEGF（未查）1200 pg/ml",
    "VEGF（脑脊液）85 pg/mL",
    "VEGF（待复查）1500 pg/ml",
    "VEGF（参考值）0-142 pg/ml",
])
def test_a_bracket_of_not_done_fluid_or_reference_is_no_gloss(text):
    assert lab_tuples(text, "vegf") == []


@pytest.mark.parametrize("text", [
    "肝脾没摸到大，LN 也没有。",
    "HSM(-)，LN 也没有，",
    "肝脾未触及，LNs 都没有。",
])
def test_abbreviation_answered_no_after_a_space(ex, text):
    assert criterion(ex(text), "organomegaly") == "absent"


@pytest.mark.parametrize("text", [
    "脾大 也没有变化。",
    "LN 也没有变化，仍肿大。",
])
def test_no_change_is_not_a_denial(ex, text):
    assert criterion(ex(text), "organomegaly") != "absent"


@pytest.mark.parametrize("text", [
    "c/o 行走后双下肢麻木、乏力，休息后缓解 x 1y。\nEMG/NCV：未见周围神经病变，L5 根性损害可能。\nMRI：L4/5 椎管狭窄。",
    "行走后双足发麻，休息可缓解。肌电图：未见明显周围神经病变。考虑腰椎管狭窄。",
    "双下肢行走后麻木。NCV：未见多发性周围神经病。",
])
def test_study_concluding_against_neuropathy(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "absent"


@pytest.mark.parametrize("text", [
    "双足麻木1年，肌电图示多发性周围神经病。上肢未见周围神经病变。",
    "双足麻木1年。肌电图：未见异常。",
    "四肢远端麻木，袜套样感觉减退，NCV示脱髓鞘性周围神经病。",
])
def test_neuropathy_kept_when_named_or_study_merely_normal(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"
