"""A finding's own bracket is not a list's coordinator: "全身皮肤色素沉着（以面部及四肢为著），浅表淋巴结
未触及肿大" had read the pigmentation absent (the "及" of its sites joined it to the nodes denied
after it). Lists coordinated outside their brackets stay negated as a whole. Sentences written for
the tests."""

import pytest

from tests.nlu.conftest import statuses


@pytest.mark.parametrize("text,concept", [
    ("全身皮肤色素沉着（以面部及四肢为著），浅表淋巴结未触及肿大。", "hyperpigmentation"),
    ("双下肢水肿（踝部及胫前），肝脾未触及。", "peripheral_edema"),
    ("Skin hyperpigmentation (face and hands), lymph nodes not palpable.", "hyperpigmentation"),
])
def test_a_member_s_own_bracket_joins_nothing(text, concept):
    assert statuses(text, concept) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("Hyperpigmentation (face and hands), hypertrichosis and haemangiomas were absent.", "hyperpigmentation"),
    ("色素沉着（面部）、多毛及血管瘤均未见。", "hyperpigmentation"),
])
def test_a_list_coordinated_outside_its_brackets_stays_negated(text, concept):
    assert statuses(text, concept) == ["absent"]
