"""Amenorrhoea at the age of the menopause (bot/data/criteria.yml ``menopause_age``: 45, NICE NG23)
is not counted alone as a gonadal endocrinopathy; a hormone result that shows the axis is. Before,
"a 49-year-old woman … her periods stopped a year ago" met the endocrine criterion. The hormone
statements such notes carry are read: "low estradiol", "E2 低", "FSH/LH 低", "卵巢功能早衰",
"estradiol 48 pmol/L (both low)"."""

import pytest

from bot.engine import assess
from nlu import extract


def endocrine(text):
    return assess(extract(text).evidence).criteria["endocrinopathy"]


@pytest.mark.parametrize("text", [
    "49-year-old woman, numb feet; her periods stopped a year ago.",
    "52岁女性，双下肢麻木，闭经1年。",
    "Female, 47. Amenorrhoea for 8 months. No other endocrine history.",
    "患者女，55岁，绝经后，停经5年。",
])
def test_amenorrhoea_from_45_alone_is_not_counted(text):
    result = endocrine(text)
    assert result.state.value == "unknown"
    assert any(r.key == "endo.menopause_age" for r in result.reasons)


@pytest.mark.parametrize("text", [
    "38-year-old woman, numb feet; her periods stopped a year ago.",
    "患者女，32岁，闭经8个月。",
])
def test_amenorrhoea_before_45_counts(text):
    assert endocrine(text).state.value == "present"


@pytest.mark.parametrize("text", [
    "49-year-old woman with amenorrhoea for 6 months, low estradiol and inappropriately normal gonadotrophins.",
    "女，50岁。停经10月，FSH/LH 低，E2 低。",
    "47-year-old woman: amenorrhoea for 8 months, FSH 3.1 IU/L and estradiol 48 pmol/L (both low).",
    "患者女，49岁，闭经1年。FSH 68.2 IU/L，LH 41.5 IU/L，E2 <18 pg/ml，提示卵巢功能早衰。",
    "Woman aged 51, periods stopped, prolactin 88 ng/mL (high).",
])
def test_a_hormone_result_that_shows_an_axis_counts_at_any_age(text):
    assert endocrine(text).state.value == "present"


@pytest.mark.parametrize("text, concept", [
    ("low estradiol", "hypogonadism"), ("reduced oestradiol", "hypogonadism"), ("E2 低", "hypogonadism"),
    ("FSH/LH 低", "hypogonadism"), ("LH、FSH降低", "hypogonadism"), ("卵巢功能早衰", "hypogonadism"),
    ("促性腺激素降低", "hypogonadism"),
])
def test_the_hormone_statements_are_read(text, concept):
    assert any(f.concept == concept and f.status.value == "present" for f in extract(text).evidence.findings)


@pytest.mark.parametrize("text", ["no estrogen deficiency", "雌二醇 120 pg/ml（均正常）", "E2 正常"])
def test_a_denied_or_normal_hormone_is_no_finding(text):
    assert not any(f.concept == "hypogonadism" and f.status.value == "present" for f in extract(text).evidence.findings)


def test_both_low_after_two_values_flags_the_value_before_it():
    findings = extract("FSH 3.1 IU/L and estradiol 48 pmol/L (both low)").evidence.findings
    assert any(f.concept == "hypogonadism" and f.status.value == "present" for f in findings)
