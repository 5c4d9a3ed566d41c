"""Chinese answers and questions written after a finding, and a unit given in the next clause.

"血小板是586，单位写的×10^9/L": the unit is said after the value, in a clause of its own; the
count had been read without a unit. "视盘边界清？", "肝脾未触及？": a question mark closing a
finding stated normal asks whether it is (in doubt), where it had been read absent. "多毛、血管瘤
也没有。": a list answered no after it (only the last item had been absent), and "胸水没查。": a
finding not looked for (unknown), where it had been read present. Look-alikes keep their reading."""

import pytest

from tests.nlu.conftest import lab_tuples, statuses


@pytest.mark.parametrize("text, analyte, expected", [
    ("化验单上血小板是586，单位写的×10^9/L，医生说偏高。", "platelets", (586.0, "10^9/L", None)),
    ("血小板586，单位是10^9/L。", "platelets", (586.0, "10^9/L", None)),
    ("PLT 586, the unit was x10^9/L", "platelets", (586.0, "10^9/L", None)),
    ("血红蛋白 172，单位写的g/L", "hemoglobin", (172.0, "g/L", None)),
    ("VEGF 1850，单位是pg/ml，血浆", "vegf", (1850.0, "pg/mL", "plasma")),
])
def test_a_unit_said_in_the_next_clause_is_the_values(text, analyte, expected):
    found = lab_tuples(text, analyte)
    assert found == [expected]


@pytest.mark.parametrize("text, analyte", [
    ("血小板586，单位看不清", "platelets"),  # no unit named
    ("VEGF 1850，单位是g/L", "vegf"),  # not a unit of VEGF
])
def test_a_unit_that_is_not_the_analytes_is_not_taken(text, analyte):
    assert [unit for _, unit, _ in lab_tuples(text, analyte)] == [None]


@pytest.mark.parametrize("text, concept", [
    ("视盘边界清？", "papilledema"), ("双眼 disc 边界清？", "papilledema"), ("視盤邊界清？", "papilledema"),
    ("肝脾未触及？", "hepatosplenomegaly"), ("水肿无？", "peripheral_edema"), ("双下肢无水肿？", "peripheral_edema"),
    ("腹水未见？", "ascites"), ("no oedema?", "peripheral_edema"),
])
def test_a_normal_finding_queried_is_in_doubt(text, concept):
    assert statuses(text, concept) == ["uncertain"]


@pytest.mark.parametrize("text, concept", [
    ("视盘边界清。", "papilledema"), ("肝脾未触及，这是POEMS吗？", "hepatosplenomegaly"),
    ("无水肿，能诊断POEMS吗？", "peripheral_edema"), ("水肿？无", "peripheral_edema"),
    ("腹水未见", "ascites"), ("水肿无。", "peripheral_edema"), ("色素沉着：无", "hyperpigmentation"),
    ("肝脾：未及", "hepatosplenomegaly"), ("淋巴结：(-)", "lymphadenopathy"),
])
def test_a_normal_finding_not_queried_stays_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("多毛、血管瘤也没有。", "hypertrichosis"), ("多毛、血管瘤都没有。", "hemangioma"),
    ("水肿、腹水均没有。", "peripheral_edema"), ("色素沉着：无，多毛、血管瘤也没有，皮肤其他未见异常。", "hypertrichosis"),
    ("脾大，淋巴结也没有。", "lymphadenopathy"), ("多毛也无，", "hypertrichosis"),
])
def test_a_list_answered_no_after_it_is_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept", [
    ("脾大也没有变化。", "splenomegaly"), ("水肿都没有消退。", "peripheral_edema"),
    ("脾大，淋巴结也没有。", "splenomegaly"), ("脾大没有变化。", "splenomegaly"), ("水肿没有消退。", "peripheral_edema"),
])
def test_a_finding_that_goes_on_stays_present(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("胸水没查。", "pleural_effusion"), ("腹水未见，胸水没查。", "pleural_effusion"), ("心包积液：未查。", "pericardial_effusion"),
])
def test_a_finding_not_looked_for_is_unknown(text, concept):
    assert statuses(text, concept) == []


def test_a_finding_not_looked_for_leaves_the_others():
    assert statuses("腹水未见，胸水没查。", "ascites") == ["absent"]


TABLE = ("随访化验：\n"
         "日期          PLT(×10^9/L)    Hb(g/L)    血清VEGF(pg/mL，参考值0-142)\n"
         "2024-01-10    568             171        3860\n"
         "2025-01-20    312             146        682\n"
         "本次随访：双下肢无水肿。")


def test_a_dated_follow_up_table_is_read_column_by_column_in_row_order():
    """Names and units in the header, one dated row per visit: every value in row order, the
    last row the latest (it had been read as no value at all)."""
    assert lab_tuples(TABLE, "platelets") == [(568.0, "10^9/L", None), (312.0, "10^9/L", None)]
    assert lab_tuples(TABLE, "hemoglobin") == [(171.0, "g/L", None), (146.0, "g/L", None)]
    assert lab_tuples(TABLE, "vegf") == [(3860.0, "pg/mL", "serum"), (682.0, "pg/mL", "serum")]


@pytest.mark.parametrize("text", [
    "Date\tPLT (x10^9/L)\tHb (g/L)\n2024/03/02\t498\t128\n2024/09/15\t402\t131\n",
    "检测日期  血小板(10^9/L)  血红蛋白(g/L)\n2024年3月  498  128\n2024年9月  402  131\n",
])
def test_other_dated_tables(text):
    assert [v for v, _, _ in lab_tuples(text, "platelets")] == [498.0, 402.0]


@pytest.mark.parametrize("text", [
    # not a dated table: a header without a date column, a row with a cell missing
    "项目  PLT(×10^9/L)  Hb(g/L)\n2024-01-10  568  171\n",
    "日期  PLT(×10^9/L)  Hb(g/L)\n2024-01-10  568\n",
])
def test_tables_that_are_not_dated_columns_are_not_read_so(text):
    assert lab_tuples(text, "hemoglobin") == []
