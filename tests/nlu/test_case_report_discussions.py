"""What a case report's discussion, learning points or differential diagnosis says of the syndrome, and
other phrasing of published reports and record summaries.

* "The diagnosis of POEMS syndrome requires … (Castleman disease, sclerotic bone lesions, or an elevated VEGF
  level) …; the minor criteria include organomegaly, …", "… form its major criteria", "Thrombocytosis, skin
  changes, organomegaly and papilloedema in a 'CIDP' patient should prompt VEGF measurement", "… should be
  sought systematically", "… are absent in AL", "Both POEMS syndrome and AL amyloidosis can present with …",
  "…should be remembered when …", "POEMS综合征必须有…", "一般无水肿、视乳头水肿及骨硬化": the syndrome's or another
  disease's findings, not this patient's (implications.yml others_sentence).
* "4. 多发性骨髓瘤：多有溶骨性骨质破坏": a numbered differential with a colon opens a disease's general
  statement (general_sentence); "…，但患者无脏器肿大" turns back to the patient.
* "serum immunofixation was requested and was negative", "SPEP/IFE — negative": a test's result after its
  request, after a spaced dash; "no pleural or peritoneal fluid"; "188 ng per deciliter".
* "是否合并Castleman病尚不清楚" (a doubt), "是否需查M蛋白" / "可行骨髓流式检测" / "本院未能开展" (tests not done),
  "由 980 升到 2,340 皮克/毫升" and "回升至126" (a change between values), "不是 PN" (a denial across a space).
"""
from __future__ import annotations

import pytest

import nlu
from conftest import criterion, status_by_concept


PATIENT_EN = ("A 61-year-old man had a demyelinating polyneuropathy. Serum immunofixation showed IgG kappa. "
              "The liver and spleen were not palpable and there was no lymphadenopathy. CT showed no sclerotic "
              "lesions. The skin was normal. ")


@pytest.mark.parametrize("discussion", [
    "The diagnosis of POEMS syndrome requires polyneuropathy and a monoclonal plasma-cell disorder, at least one "
    "other major criterion (Castleman disease, sclerotic bone lesions, or an elevated VEGF level), and one minor "
    "criterion; the minor criteria include organomegaly, skin changes and papilledema.",
    "Osteosclerotic lesions are found in most patients with POEMS syndrome and, with Castleman disease and raised "
    "VEGF, form its major criteria.",
    "Thrombocytosis, skin changes, organomegaly and papilloedema in a 'CIDP' patient should prompt VEGF measurement.",
    "Sclerotic bone lesions and skin changes such as hyperpigmentation or haemangiomas are absent in AL.",
    "Both POEMS syndrome and AL amyloidosis can present with organomegaly, skin changes and sclerotic lesions.",
    "POEMS should be remembered when a paraprotein neuropathy is accompanied by organomegaly, skin changes or "
    "sclerotic bone lesions.",
])
def test_discussion_of_the_syndrome_is_not_the_patient(discussion: str) -> None:
    extraction = nlu.extract(PATIENT_EN + "\nDiscussion\n" + discussion)
    assert criterion(extraction, "sclerotic_bone_lesions") in ("absent", "unknown")
    assert criterion(extraction, "skin_changes") == "absent"
    assert criterion(extraction, "castleman") == "unknown"


def test_the_patient_after_a_discussion_sentence_is_still_read() -> None:
    text = "POEMS syndrome requires at least one of Castleman disease or sclerotic lesions. Our patient had splenomegaly."
    assert status_by_concept(text)["splenomegaly"] == "present"


def test_chinese_general_statements() -> None:
    text = ("患者双下肢凹陷性水肿（++）。\n鉴别诊断：\n3. MGUS相关周围神经病：M蛋白多为IgM型，一般无水肿、视乳头水肿及骨硬化。\n"
            "4. 多发性骨髓瘤：多有溶骨性骨质破坏、贫血。\n讨论：POEMS综合征必须有单克隆浆细胞病。")
    extraction = nlu.extract(text)
    assert criterion(extraction, "extravascular_volume_overload") == "present"
    assert criterion(extraction, "papilledema") == "unknown"
    assert criterion(extraction, "sclerotic_bone_lesions") == "unknown"
    assert criterion(extraction, "monoclonal_plasma_cell_disorder") == "unknown"


def test_differential_turning_back_to_the_patient() -> None:
    statuses = status_by_concept("鉴别诊断：1. POEMS综合征：可有脱髓鞘性周围神经病，但患者无脏器肿大、无水肿。")
    assert statuses["organomegaly"] == statuses["peripheral_edema"] == "absent"
    assert statuses["polyneuropathy"] == "uncertain"


@pytest.mark.parametrize("text", ["Serum immunofixation was requested and was negative; FLC ratio 1.18.",
                                  "SOPD checked SPEP/IFE — negative, FLC κ/λ 1.21"])
def test_result_after_a_request_or_a_dash(text: str) -> None:
    assert status_by_concept(text)["serum_immunofixation"] == "absent"
    assert criterion(nlu.extract(text), "monoclonal_plasma_cell_disorder") == "absent"


def test_request_and_another_result_keep_apart() -> None:
    statuses = status_by_concept("VEGF was sent and the fundi were normal.")
    assert statuses["papilledema"] == "absent"
    assert criterion(nlu.extract("VEGF was sent and the fundi were normal."), "vegf_elevated") == "unknown"


def test_chest_and_abdomen_share_fluid() -> None:
    statuses = status_by_concept("CT showed no sclerotic lesions and no pleural or peritoneal fluid.")
    assert statuses["pleural_effusion"] == statuses["ascites"] == "absent"


def test_testosterone_unit_in_words() -> None:
    text = "The total testosterone level was 188 ng per deciliter (reference range, 240 to 950)."
    assert status_by_concept(text)["hypogonadism"] == "present"


def test_chinese_doubt_and_tests_not_done() -> None:
    assert status_by_concept("是否合并Castleman病尚不清楚。")["castleman_disease"] == "uncertain"
    for text in ("请血液科评估是否需查M蛋白。", "可行骨髓流式检测单克隆浆细胞。", "肌电图、M蛋白等本院未能开展。"):
        assert criterion(nlu.extract(text), "monoclonal_plasma_cell_disorder") == "unknown", text


def test_change_between_two_values_in_chinese() -> None:
    labs = nlu.extract("血清 VEGF 由 980 升到 2,340 皮克/毫升 (ref <600)").evidence.labs
    assert [(lab.value, lab.unit) for lab in labs if lab.analyte == "vegf"] == [(980, "pg/mL"), (2340, "pg/mL")]
    platelets = [lab.value for lab in nlu.extract("PLT回升至126×10^9/L").evidence.labs if lab.analyte == "platelets"]
    assert platelets == [126]


def test_denial_across_a_space_before_an_abbreviation() -> None:
    assert status_by_concept("唔係 PN，冇 HSM。")["polyneuropathy"] == "absent"
