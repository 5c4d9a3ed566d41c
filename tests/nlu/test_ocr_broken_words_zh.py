"""A Chinese record read back from a scan by OCR has single spaces inside its words ("多发性周 围神经病",
"全身皮肤色 素沉着", "双 下肢凹陷性水 肿"): a single space between two CJK characters that lie inside a word of
targets_zh.yml of three characters or more is the trailing space of the token before it (nlu/tokenizer.py), so
the word is read, with the note's own span. A space between two clauses makes no such word and still ends a
scope ("肝脾肋下未及 双下肢水肿(+)"), and two-character words are not joined ("腹水 肿瘤"). Sentences written for
the tests."""
import pytest

from nlu.tokenizer import ocr_broken_spaces
from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text, concept, status", [
    ("外院肌 电图：多发性周 围神经病。", "polyneuropathy", "present"),
    ("查体：全身皮肤色 素沉着。", "hyperpigmentation", "present"),
    ("双 下肢凹陷性水 肿。", "peripheral_edema", "present"),
    ("血清免 疫固定电泳：IgG-λ 型。", "serum_immunofixation", "present"),
    ("双下肢无水 肿。", "peripheral_edema", "absent"),
    ("全身皮肤未见色 素沉着。", "hyperpigmentation", "absent"),
])
def test_a_word_broken_by_an_ocr_space_is_read(text, concept, status):
    assert statuses(text, concept) == [status]


def test_the_span_is_the_notes_own_words():
    import nlu

    text = "查体：全身皮肤色 素沉着。"
    finding = [f for f in nlu.extract(text).evidence.findings if f.concept == "hyperpigmentation"][0]
    assert text[finding.provenance.start:finding.provenance.end].endswith("色 素沉着")


@pytest.mark.parametrize("text", ["肝脾肋下未及 双下肢水肿(+)", "腹水 肿瘤标志物阴性", "脾大 肝大", "无水肿 腹水(-)"])
def test_a_space_between_clauses_is_no_broken_word(text):
    assert ocr_broken_spaces(text) == frozenset()


def test_a_clause_space_still_ends_the_negation():
    assert statuses("肝脾肋下未及 双下肢水肿(+)", "peripheral_edema") == ["present"]


@pytest.mark.parametrize("text, analyte, value", [
    ("血 管内皮生长 因子(VEGF) 2146 pg/ml 0-142 ↑", "vegf", 2146.0),
    ("血清血 管内皮生长 因子 ２３８０ pg/ml（参考 ０-１４２）。", "vegf", 2380.0),
    ("血红 蛋白 98 g/L", "hemoglobin", 98.0),
    ("血小 板计数 512×10^9/L", "platelets", 512.0),
])
def test_a_lab_name_broken_by_an_ocr_space_is_read(text, analyte, value):
    from tests.nlu.conftest import lab_tuples

    assert [v for v, *_ in lab_tuples(text, analyte)] == [value]


def test_a_broken_specimen_header_still_gives_the_sample():
    from tests.nlu.conftest import lab_tuples

    text = "标本 类型：血清 标本号：2611230087\n项 目 结 果 单位 参考区间\n血 管内皮生长 因子(VEGF) 2 146 pg/ml 0-142 ↑"
    assert lab_tuples(text, "vegf") == [(2146.0, "pg/mL", "serum")]


@pytest.mark.parametrize("text, analyte, value", [
    ("游离κ轻 链 56.2 mg/L", "flc_kappa", 56.2),
    ("血清游离κ轻 链 56.2 mg/L，游离λ轻 链 12.1 mg/L", "flc_lambda", 12.1),
    ("血清游离κ轻 链 56.2 mg/L，游离λ轻 链 12.1 mg/L", "flc_kappa", 56.2),
])
def test_a_light_chain_name_broken_by_an_ocr_space_is_read(text, analyte, value):
    """A Greek letter inside the Chinese word (targets_zh.yml ocr_word_marks) does not end it."""
    from tests.nlu.conftest import lab_tuples

    assert [v for v, *_ in lab_tuples(text, analyte)] == [value]


def test_a_light_chain_finding_broken_by_an_ocr_space_is_read():
    assert statuses("游离λ轻 链升高", "abnormal_flc_ratio") == ["present"]


@pytest.mark.parametrize("text", ["游离κ 游离λ均正常", "κ轻链 λ轻链", "IgG-κ 轻度升高"])
def test_a_space_after_a_light_chain_letter_is_no_broken_word(text):
    assert ocr_broken_spaces(text) == frozenset()
