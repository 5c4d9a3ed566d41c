"""The "what I understood" list speaks the conversation's language throughout: the sample, the
reference limit, the age and the sex of a Chinese conversation are Chinese words, never the
English enum values ("(plasma, 参考上限150)" was shown)."""
import pytest

from bot.dialogue.render import understood
from bot.evidence import evidence_of
from bot.models import Evidence, Finding, FindingStatus

EVIDENCE = dict(labs=[{"analyte": "vegf", "value": 1100, "unit": "pg/mL", "sample": "plasma",
                       "reference_high": 150}], age=47, sex="male")


@pytest.mark.parametrize("language, words, foreign", [
    ("zh", ["血浆", "参考上限150", "47岁", "男"], ["plasma", "male", "ref"]),
    ("en", ["plasma", "ref ≤ 150", "47y", "male"], ["血浆", "参考", "男"]),
])
def test_sample_reference_age_and_sex_are_worded_in_the_language(language, words, foreign):
    text = understood(evidence_of(**EVIDENCE), language)
    for word in words:
        assert word in text
    for word in foreign:
        assert word not in text


def test_a_serum_sample_in_chinese():
    evidence = evidence_of(labs=[{"analyte": "vegf", "value": 1800, "unit": "pg/mL", "sample": "serum"}])
    assert "(血清)" in understood(evidence, "zh")


@pytest.mark.parametrize("concept, en, zh", [
    ("serum_immunofixation", "serum immunofixation negative", "血清免疫固定电泳阴性"),
    ("urine_immunofixation", "urine immunofixation negative", "尿免疫固定电泳阴性"),
    ("abnormal_flc_ratio", "normal free light chain ratio", "游离轻链比值正常"),
])
def test_a_negative_test_result_is_said_as_a_result_not_as_no_test(concept, en, zh):
    """"no serum immunofixation" would read as a test not done."""
    evidence = Evidence(findings=[Finding(concept=concept, status=FindingStatus.absent),
                                  Finding(concept="hepatosplenomegaly", status=FindingStatus.absent)])
    said_en, said_zh = understood(evidence, "en"), understood(evidence, "zh")
    assert en in said_en and zh in said_zh
    assert "no serum immunofixation" not in said_en and "无血清免疫固定电泳" not in said_zh
    assert "no hepatosplenomegaly" in said_en and "无肝脾大" in said_zh  # other findings: "no …"
