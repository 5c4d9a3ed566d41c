"""The syndrome's criteria pasted as a list under their heading ("主要标准(至少满足1条):" then "- 脏器肿大:…"
lines, "Minor criteria:" then bullets) describe the syndrome, not the patient (implications.yml
``criteria_block``): before, such a paste met the criteria with every member read present."""

from bot.engine import assess
from nlu import extract

PASTED = """诊断标准
强制标准(必须满足):
- 多发性周围神经病变:表现为对称性、进行性加重的感觉和运动神经功能障碍。
- 单克隆浆细胞增殖:血清/尿免疫固定电泳检测到M蛋白,或骨髓活检发现浆细胞克隆。
主要标准(至少满足1条):
- 硬化性骨病变:X线或CT显示骨硬化病灶。
- Castleman病:病理学证实。
次要标准(至少满足1条):
- 脏器肿大:肝、脾或淋巴结肿大。
- 皮肤改变:色素沉着、多毛、血管瘤等。
- 血管外体液容量增加:周围性水肿、胸腔/腹腔积液。
- 血小板增多/红细胞增多。
"""


def present(text):
    return {f.concept for f in extract(text).evidence.findings if f.status.value == "present"}


def test_a_pasted_criteria_list_reads_no_finding_of_a_patient():
    found = present(PASTED)
    assert not found & {"polyneuropathy", "castleman_disease", "sclerotic_bone_lesion", "hyperpigmentation",
                        "peripheral_edema", "thrombocytosis", "hepatomegaly", "splenomegaly", "organomegaly"}
    assert assess(extract(PASTED).evidence).verdict.value not in ("meets_criteria", "suspected")


def test_the_patients_own_lines_after_the_list_are_read():
    text = "Minor criteria (at least one):\n- organomegaly\n- papilledema\n\nPatient: 55M, splenomegaly, ankle oedema."
    assert {"splenomegaly", "peripheral_edema"} <= present(text) and "papilledema" not in present(text)
    text = "次要标准：\n1. 脏器肿大\n2. 水肿\n查体：脾大，双下肢水肿。"
    assert {"splenomegaly", "peripheral_edema"} <= present(text)


def test_the_criteria_the_patient_meets_are_the_patients():
    assert {"splenomegaly", "peripheral_edema"} <= present("符合次要标准：\n- 脾大\n- 水肿")


def test_criteria_listed_inline_after_their_heading_are_the_syndromes():
    text = ("Diagnostic criteria include the following:\n"
            "Mandatory criteria: (1) polyneuropathy and (2) monoclonal plasma cell proliferative disorder\n"
            "Major criteria: (1) Castleman disease, (2) sclerotic bone lesions, and (3) elevated VEGF levels\n"
            "Minor criteria: (1) organomegaly, (2) extravascular volume overload, (3) endocrinopathy, (4) skin changes "
            "such as hyperpigmentation and hypertrichosis, (5) papilledema, and (6) thrombocytosis.")
    assert not present(text) & {"thrombocytosis", "castleman_disease", "papilledema", "hypertrichosis"}
    states = assess(extract(text).evidence).states()
    assert all(state.value == "unknown" for state in states.values())
