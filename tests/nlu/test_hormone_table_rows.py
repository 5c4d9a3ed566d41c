"""A hormone's reference range written as a bare table column after its value and unit
("睾酮 3.8 nmol/L 8.4-28.7", "| 3.8 | nmol/L | 8.4-28.7 |") is that value's range: a value below
or above it is a finding of its endocrine axis, as a flagged one is, and a value inside it states
the axis normal (表2 endocrinopathy; labs.yml ``hormones``). A range that may be another thing's
(a date, a dose's duration, a second value, a range on the next line) is not read."""
import pytest

from conftest import status_of


@pytest.mark.parametrize("text, concept", [
    ("睾酮 3.8 nmol/L 8.4-28.7", "hypogonadism"),
    ("Testosterone 3.8 nmol/L 8.64-29.0", "hypogonadism"),
    ("TSH 12.5 mIU/L 0.27-4.2", "hypothyroidism"),
    ("皮质醇 45 nmol/L 133-537", "adrenal_insufficiency"),
    ("泌乳素 45.2 ng/mL 4.0-15.2", "hyperprolactinemia"),
    ("睾酮\t3.8\tnmol/L\t8.4-28.7", "hypogonadism"),
    ("Testosterone   3.8   nmol/L   8.64 - 29.0", "hypogonadism"),
    ("TSH  12.5  0.27-4.2", "hypothyroidism"),
    ("| 睾酮 | 3.8 | nmol/L | 8.4-28.7 |", "hypogonadism"),
    ("| Prolactin | 45.2 | ng/mL | 4.0-15.2 |\n| TSH | 1.2 | mIU/L | 0.27-4.2 |", "hyperprolactinemia"),
])
def test_a_value_outside_its_range_column_is_a_finding(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


def test_a_report_table_row_states_low_testosterone(ex):
    note = ("辅助检查：\n项目 结果 单位 参考范围\n血红蛋白 142 g/L 130-175\n"
            "睾酮 3.8 nmol/L 8.4-28.7\n血清免疫固定电泳：IgA λ型M蛋白。")
    assert status_of(ex(note), "hypogonadism") == "present"


@pytest.mark.parametrize("text, concept", [
    ("睾酮 15.2 nmol/L 8.4-28.7", "hypogonadism"),
    ("TSH\t2.1\tmIU/L\t0.27-4.2", "hypothyroidism"),
    ("| 皮质醇 | 310 | nmol/L | 133-537 |", "adrenal_insufficiency"),
])
def test_a_value_inside_its_range_column_states_the_axis_normal(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text", [
    "睾酮 3.8 nmol/L 2019-2021",            # years
    "睾酮 3.8 nmol/L 2024-03",              # a month
    "睾酮 3.8 nmol/L 2024-03-05",           # a date
    "皮质醇 30 mg 1-2周",                   # a dose and how long
    "睾酮 3.8 nmol/L 1-2周后复查",           # when to repeat it
    "睾酮  3.8  12.5  nmol/L  8.4-28.7",    # two values of one analyte
    "睾酮 3.8 → 12.5 nmol/L 8.4-28.7",      # a value and the later one
    "睾酮 3.8 nmol/L\nLH 1.7-8.6",          # another analyte's range on the next line
    "睾酮 3.8 nmol/L\n8.4-28.7",            # a range on the next line
])
def test_a_range_that_may_be_another_things_is_not_read(ex, text):
    extraction = ex(text)
    assert status_of(extraction, "hypogonadism") is None
    assert status_of(extraction, "hypothyroidism") is None
    assert status_of(extraction, "adrenal_insufficiency") is None


def test_a_tsh_range_without_unit_or_column_gap_is_not_read(ex):
    # no unit and no column gap: the range is not read; the value is read against TSH's usual
    # range (labs.yml default_range), inside which 4.3 lies
    assert status_of(ex("TSH 4.3 0.27-4.2"), "hypothyroidism") == "absent"
