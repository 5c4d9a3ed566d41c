"""Words of a dictated WeChat message and of a Hong Kong record.

"双下肢有点肿" (lay oedema after 肢), "脾脏b超说稍大" / "肝B超提示轻度肿大" (the report's words between the organ
and its size; a degree word before 大 is needed, so "脾脏超声示大小正常" stays normal), "游离亲链比值也正常"
and "免疫固定店泳阴性" (slips of the input method: 亲链 for 轻链, 店泳 for 电泳), "皮膚外觀正常" (a normal skin
in traditional characters), "IFE 转阴" (turned negative, across the space of a mixed note).
"""
from __future__ import annotations

import pytest

from conftest import statuses


@pytest.mark.parametrize("text, concept, expected", [
    ("他双下肢有点肿脾脏b超说稍大皮肤也比以前黑了", "peripheral_edema", ["present"]),
    ("他双下肢有点肿脾脏b超说稍大皮肤也比以前黑了", "splenomegaly", ["present"]),
    ("肝B超提示轻度肿大。", "hepatomegaly", ["present"]),
    ("脾脏超声示大小正常。", "splenomegaly", ["absent"]),
    ("双下肢不肿。", "peripheral_edema", ["absent"]),
    ("游离亲链比值也正常", "abnormal_flc_ratio", ["absent"]),
    ("免疫固定店泳阴性", "serum_immunofixation", ["absent"]),
    ("皮膚外觀正常。", "skin_changes", ["absent"]),
    ("Follow-up: 治疗后 VEGF 降至 480 pg/ml, IFE 转阴, 水肿消退.", "serum_immunofixation", ["absent"]),
    ("IFE 已转阴。", "serum_immunofixation", ["absent"]),
    ("IFE 阳性", "serum_immunofixation", ["present"]),
])
def test_voice_message_wording(text: str, concept: str, expected: list) -> None:
    assert statuses(text, concept) == expected


def test_then_ends_a_clause_of_an_unpunctuated_message() -> None:
    """"…免疫固定店泳是IgA蓝姆达阳性然后VEGF还没查": 然后 ends the reach of 还没查 back to the immunofixation,
    which has its own result (蓝姆达: λ as voice input types it)."""
    import nlu

    extraction = nlu.extract("我们查了免疫固定店泳是IgA蓝姆达阳性然后VEGF还没查")
    ife = [f for f in extraction.evidence.findings if f.concept == "serum_immunofixation"]
    assert [(f.status.value, f.attributes.get("heavy_chain"), f.attributes.get("light_chain")) for f in ife] == [
        ("present", "IgA", "lambda")]
    assert {t.test: t.reason for t in extraction.evidence.not_done} == {"serum_vegf": "not_done"}
