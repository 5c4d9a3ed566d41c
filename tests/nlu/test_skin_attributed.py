"""Skin "involvement" the writer gives to another named disease (a vasculitis, lupus, Sjögren's,
scleroderma, dermatomyositis: "显微镜下多血管炎（肾脏、周围神经及皮肤受累）", "SLE with skin lesions")
is that disease's, not a POEMS skin change (README 表2 skin changes: only the listed changes
count; implications.yml ``explained_by``). A named sign, a POEMS note, or the other disease in
another sentence or negated keeps the skin reading."""
import pytest

from conftest import status_of

SKIN = ("skin_changes", "hyperpigmentation", "hemangioma", "white_nails", "skin_thickening")


def _skin(extraction):
    return {concept: status_of(extraction, concept) for concept in SKIN
            if status_of(extraction, concept) is not None}


@pytest.mark.parametrize("text", [
    "会诊意见：显微镜下多血管炎（肾脏、周围神经及皮肤受累），血管炎性多发性单神经炎。",
    "诊断：系统性红斑狼疮（肾脏、皮肤受累）。",
    "干燥综合征伴皮肤受累。",
    "狼疮皮肤损害。",
    "皮肌炎的皮肤表现明显。",
    "皮肤受累，考虑血管炎。",
    "皮肤损害（血管炎）。",
    "SLE with skin lesions.",
    "Vasculitic skin lesions on both legs.",
    "Skin lesions due to vasculitis.",
    "Cutaneous manifestations of dermatomyositis.",
])
def test_skin_involvement_of_another_disease_is_not_a_poems_skin_change(ex, text):
    assert _skin(ex(text)) == {}


@pytest.mark.parametrize("text", [
    "系统性红斑狼疮累及皮肤、肾脏。",
    "Cutaneous vasculitis.",
    "皮肤血管炎。",
])
def test_a_disease_of_the_skin_is_not_a_skin_change(ex, text):
    assert _skin(ex(text)) == {}


@pytest.mark.parametrize("text, concept", [
    # a POEMS note that names a vasculitis in another sentence
    ("查体：皮肤变黑，血管瘤。既往疑诊血管炎，已排除。", "hyperpigmentation"),
    ("查体：皮肤变黑，血管瘤。既往疑诊血管炎，已排除。", "hemangioma"),
    # a named sign after a vasculitis in the same sentence
    ("血管炎病史，查体皮肤变黑。", "hyperpigmentation"),
    # skin involvement of POEMS itself
    ("POEMS综合征（周围神经、皮肤受累）。", "skin_changes"),
    # the other disease negated, not the cause
    ("无血管炎，皮肤受累。", "skin_changes"),
    ("Skin lesions, no signs of vasculitis.", "skin_changes"),
    # scleroderma-like skin is a POEMS change
    ("Scleroderma-like skin changes of the hands.", "skin_changes"),
])
def test_look_alikes_keep_the_skin_reading(ex, text, concept):
    assert status_of(ex(text), concept) == "present"
