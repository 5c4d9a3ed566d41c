"""Chinese readings of doubt, resolution, tests not done or awaited and a doubted result.

1. An oedema not ruled out under the fundus ("眼底：不除外水肿") is the disc's, in doubt
   (README 表2 papilloedema); ruled out after the finding ("脾大已除外") is absent, and
   "待除外脾大" (still to be ruled out) is in doubt, not present.
2. Swelling gone down after the comma ("双下肢水肿，利尿后已消") is resolved, as "腿肿已消" was.
3. The bones not yet imaged ("骨头还没拍") are the bone imaging not done: sclerotic lesions unknown.
4. VEGF sent out, its result awaited in the next clause ("VEGF外送，结果未归"): pending.
5. A doubted result ("M蛋白，阴性？", "免疫固定电泳：阴性（？）") is uncertain, never present or absent;
   "M蛋白，阴性" is absent (it had read present: the mandatory monoclonal criterion met by a negative).
"""

import pytest

from tests.nlu.conftest import criterion, not_done, statuses


# 1. not ruled out ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "眼底：不除外水肿", "眼底：不能除外水肿", "眼底检查：不排除水肿", "眼底：难以除外水肿",
    "不除外视乳头水肿", "视乳头水肿不能除外", "不排除视盘水肿", "眼底：水肿不除外",
    "眼底：可能水肿", "眼底：待除外水肿", "Fundi: ?oedema", "眼底检查示不排除水肿", "fundoscopy: cannot exclude oedema",
])
def test_disc_oedema_not_ruled_out_is_in_doubt(text):
    assert statuses(text, "papilledema") == ["uncertain"]
    assert statuses(text, "peripheral_edema") == []


@pytest.mark.parametrize("text, concept", [
    ("不除外脾大", "splenomegaly"), ("脾大不能除外", "splenomegaly"), ("尚不能除外脾大", "splenomegaly"),
    ("待除外脾大", "splenomegaly"), ("脾大待除外", "splenomegaly"),
    ("不排除胸腔积液", "pleural_effusion"), ("胸腔积液不除外", "pleural_effusion"),
    ("不除外少量胸腔积液", "pleural_effusion"),
])
def test_other_findings_not_ruled_out_are_in_doubt(text, concept):
    assert statuses(text, concept) == ["uncertain"]


@pytest.mark.parametrize("text, concept", [
    ("眼底：除外水肿", "papilledema"), ("眼底：水肿已除外", "papilledema"), ("视盘水肿已除外", "papilledema"),
    ("视盘水肿已经除外，双下肢水肿", "papilledema"), ("脾大已除外", "splenomegaly"),
    ("脾大已除外。", "splenomegaly"), ("脾大均已排除", "splenomegaly"), ("已除外脾大", "splenomegaly"),
    ("眼底：无水肿", "papilledema"), ("fundi show no papill edema", "papilledema"),
])
def test_ruled_out_is_absent(text, concept):
    assert statuses(text, concept) == ["absent"]


@pytest.mark.parametrize("text, concept, expected", [
    # the leg oedema of the next clause keeps its own reading
    ("视盘水肿已经除外，双下肢水肿", "peripheral_edema", ["present"]),
    ("脾大已除外，腹水", "ascites", ["present"]),
    ("待除外脾大，双下肢水肿", "peripheral_edema", ["present"]),
    # a cause ruled out is no oedema ruled out
    ("双下肢水肿，已除外心源性", "peripheral_edema", ["present"]),
    ("双下肢水肿已除外心源性。", "peripheral_edema", ["present"]),
    # the fundus after a comma may be one item of an examination list: the legs' oedema
    ("眼底未见异常，双下肢不除外水肿", "peripheral_edema", ["uncertain"]),
    ("眼底：不除外双下肢水肿", "peripheral_edema", ["uncertain"]),
    ("眼底正常 双下肢水肿", "peripheral_edema", ["present"]),
    ("眼底(-) 水肿(+)", "peripheral_edema", ["present"]),
    ("眼底（-） 水肿（+）", "papilledema", ["absent"]),
    ("眼底正常 水肿(+)", "papilledema", ["absent"]),
    ("眼底正常 水肿(+)", "peripheral_edema", ["present"]),
    ("fundi normal oedema +", "peripheral_edema", ["present"]),
    ("眼底未见异常 无水肿", "peripheral_edema", ["absent"]),
    ("不除外水肿", "peripheral_edema", ["uncertain"]),
    ("眼底：水肿", "papilledema", ["present"]),
    ("眼底：双侧视盘水肿", "papilledema", ["present"]),
])
def test_doubt_and_ruling_out_look_alikes(text, concept, expected):
    assert statuses(text, concept) == expected


# 2. gone down after the comma ----------------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("双下肢水肿，利尿后已消", "peripheral_edema"), ("双下肢水肿，利尿后已消。", "peripheral_edema"),
    ("双下肢水肿，已经消了", "peripheral_edema"), ("双下肢水肿，现已消肿", "peripheral_edema"),
    ("双下肢水肿，都消了", "peripheral_edema"), ("双下肢水肿，经利尿治疗后已消", "peripheral_edema"), ("水肿经利尿后消退", "peripheral_edema"),
    ("腿肿已消", "peripheral_edema"), ("既往水肿，利尿后已消退", "peripheral_edema"),
    ("腹水已吸收", "ascites"), ("腹水，利尿后已吸收", "ascites"),
])
def test_swelling_gone_down_is_resolved(text, concept):
    assert statuses(text, concept) == ["historical"]


@pytest.mark.parametrize("text, concept, expected", [
    ("利尿后水肿仍明显", "peripheral_edema", ["present"]),
    ("双下肢水肿，利尿后仍未消", "peripheral_edema", ["present"]),
    ("双下肢水肿，利尿后还没消", "peripheral_edema", ["present"]),
    ("双下肢水肿，近期已消瘦", "peripheral_edema", ["present"]),     # weight loss, not the swelling
    ("双下肢水肿，已消瘦10kg", "weight_loss", ["present"]),
    ("双下肢水肿，食物已消化", "peripheral_edema", ["present"]),
    ("双下肢水肿，经利尿治疗后已消瘦", "peripheral_edema", ["present"]),
    ("双下肢水肿，利尿后已消，腹水仍有", "ascites", ["present"]),
    ("双下肢水肿，麻木已消", "peripheral_edema", ["present"]),
])
def test_not_gone_down_stays_present(text, concept, expected):
    assert statuses(text, concept) == expected


# 3. bones not yet imaged ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "骨头还没拍", "骨骼还没查", "骨头也没做", "骨骼未查", "骨头没拍", "骨骼还没有查",
    "还没做骨扫描", "骨CT未做", "骨头CT还没做",
])
def test_bones_not_imaged_is_bone_imaging_not_done(ex, text):
    e = ex(text)
    assert not_done(e).get("bone_imaging") == "not_done"
    assert [f for f in e.evidence.findings if f.concept == "sclerotic_bone_lesion"] == []
    assert criterion(e, "sclerotic_bone_lesions") == "unknown"


@pytest.mark.parametrize("text, test, concept, expected", [
    ("骨骼未见异常", None, "sclerotic_bone_lesion", ["absent"]),   # a normal study
    ("骨髓还没做", "bone_marrow", None, None),                       # the marrow, not the bones
    ("骨头疼", None, "sclerotic_bone_lesion", []),
    ("骨CT没拍到骨盆。", None, None, None),                         # done, a region not covered
])
def test_bone_look_alikes(ex, text, test, concept, expected):
    e = ex(text)
    if test:
        assert set(not_done(e)) == {test}
    else:
        assert "bone_imaging" not in not_done(e)
    if concept:
        assert statuses(text, concept) == expected


# 4. VEGF awaited -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "VEGF外送，结果未归", "VEGF已送外院，结果未回", "血管内皮生长因子送检中", "VEGF外送。",
    "VEGF已查，结果未回", "血清VEGF，结果待回报", "VEGF已送检，结果还没出来",
    "VEGF：外送。", "VEGF 外送中", "VEGF外送检测中。",
])
def test_vegf_sent_and_awaited_is_pending(ex, text):
    e = ex(text)
    assert not_done(e).get("serum_vegf") == "pending"
    assert [lab for lab in e.evidence.labs if lab.analyte == "vegf"] == []
    assert criterion(e, "vegf_elevated") == "unknown"


@pytest.mark.parametrize("text, expected", [
    ("VEGF 未送检（外送需 2 周）。", "not_done"),   # not sent; the send-out is what it would take
    ("VEGF未送外院", "not_done"),
    ("VEGF没送外院检测", "not_done"),
    ("VEGF未外送", "not_done"),
    ("VEGF送外院", "pending"),   # sent out: awaited
    ("已送检血清免疫固定电泳，拟行全身骨CT，结果待回。", None),  # the bone CT planned: below
])
def test_not_sent_stays_not_done(ex, text, expected):
    assert not_done(ex(text)).get("serum_vegf") == expected


def test_a_test_planned_in_its_own_clause_is_not_done_not_awaited(ex):
    tests = not_done(ex("已送检血清免疫固定电泳，拟行全身骨CT，结果待回。"))
    assert tests["bone_imaging"] == "not_done" and tests["serum_immunofixation"] == "pending"


def test_a_value_before_the_comma_is_the_result(ex):
    e = ex("VEGF 1200 pg/ml，结果未回")
    assert "serum_vegf" not in not_done(e)
    assert [lab.value for lab in e.evidence.labs if lab.analyte == "vegf"] == [1200.0]


def test_a_finding_is_not_awaited():
    assert statuses("脾大，结果未回", "splenomegaly") == ["present"]


# 5. a doubted result -------------------------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("M蛋白，阴性？", "m_protein"), ("M蛋白，阴性?", "m_protein"), ("查了M蛋白，阴性？", "m_protein"),
    ("M蛋白：阴性？", "m_protein"), ("M蛋白，阳性？", "m_protein"), ("M蛋白，阴性(?)", "m_protein"),
    ("IFE阴性?", "serum_immunofixation"), ("免疫固定电泳：阴性（？）", "serum_immunofixation"),
    ("免疫固定电泳，阴性？", "serum_immunofixation"), ("IFE阴性(?)", "serum_immunofixation"),
    ("IFE，阴性？", "serum_immunofixation"), ("免疫固定电泳阴性（？）", "serum_immunofixation"),
])
def test_a_doubted_result_is_uncertain(ex, text, concept):
    e = ex(text)
    assert statuses(text, concept) == ["uncertain"]
    assert criterion(e, "monoclonal_plasma_cell_disorder") != "met"


@pytest.mark.parametrize("text, concept, expected", [
    ("M蛋白，阴性", "m_protein", ["absent"]), ("M蛋白，阴性。", "m_protein", ["absent"]),
    ("M带，阴性", "m_spike", ["absent"]), ("免疫固定电泳：阴性", "serum_immunofixation", ["absent"]),
    ("M蛋白，阳性", "m_protein", ["present"]), ("查了M蛋白，阳性。", "m_protein", ["present"]),
    ("脾大，阴性？", "splenomegaly", ["present"]),   # no test, no check word: no answer
    ("脾大，没有变化。", "splenomegaly", ["present"]),
])
def test_undoubted_results_keep_their_reading(text, concept, expected):
    assert statuses(text, concept) == expected


# in a note: only the reading changes -----------------------------------------------------------

NOTE_CASES = [
    ("男，52岁。双下肢麻木无力1年，肌电图示脱髓鞘性周围神经病。\n查体：皮肤色素沉着，脾肋下2cm，双下肢轻度水肿。\n"
     "眼底：不除外水肿，建议眼科会诊。\nPLT 520×10^9/L。",
     {"papilledema": ["uncertain"], "peripheral_edema": ["present"], "splenomegaly": ["present"],
      "hyperpigmentation": ["present"], "polyneuropathy": ["present"]}, {}),
    ("男，60岁。周围神经病1年余。\n双下肢水肿，利尿后已消。腹水已吸收。\n目前皮肤变黑，肝脾不大。\n血清免疫固定电泳IgG-λ阳性。",
     {"peripheral_edema": ["historical"], "ascites": ["historical"], "hyperpigmentation": ["present"],
      "hepatosplenomegaly": ["absent"], "serum_immunofixation": ["present"]}, {}),
    ("女，50岁，下肢无力。\n骨头还没拍，骨髓还没做。\nIFE阳性，λ轻链。\n皮肤血管瘤，双下肢水肿。",
     {"serum_immunofixation": ["present"], "hemangioma": ["present"], "peripheral_edema": ["present"],
      "sclerotic_bone_lesion": []}, {"bone_imaging": "not_done", "bone_marrow": "not_done"}),
    ("男，47岁。多发性周围神经病。\n骨骼还没查。VEGF外送，结果未归。\n查体：肝脾肿大，双下肢凹陷性水肿。\nPLT 480。",
     {"hepatosplenomegaly": ["present"], "peripheral_edema": ["present"], "polyneuropathy": ["present"]},
     {"bone_imaging": "not_done", "serum_vegf": "pending"}),
    ("男，63岁，CIDP治疗无效。\nVEGF已送外院，结果未回。M蛋白，阴性？\n脾大，皮肤色素沉着。\n眼底未见异常。",
     {"m_protein": ["uncertain"], "splenomegaly": ["present"], "hyperpigmentation": ["present"],
      "papilledema": ["absent"]}, {"serum_vegf": "pending"}),
    ("女，58岁。\n血管内皮生长因子送检中。免疫固定电泳：阴性（？）\n双下肢水肿，腹水。\n肌电图：轴索损害。",
     {"serum_immunofixation": ["uncertain"], "peripheral_edema": ["present"], "ascites": ["present"],
      "axonal_neuropathy": ["present"]}, {"serum_vegf": "pending"}),
]


@pytest.mark.parametrize("text, findings, tests", NOTE_CASES)
def test_in_a_referral_the_rest_of_the_note_reads_as_before(ex, text, findings, tests):
    e = ex(text)
    for concept, expected in findings.items():
        assert [f.status.value for f in e.evidence.findings if f.concept == concept] == expected, concept
    assert not_done(e) == tests
