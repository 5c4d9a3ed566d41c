"""Coverage (sentences written for the tests, not taken from the corpus): an organ with two states
denied after it (`liver and spleen were neither palpable nor enlarged`, mixed `肝脾 neither palpable
nor enlarged`), lymph nodes named and then found swollen (`lymph nodes were swollen`, `swollen
cervical lymph nodes`), a skin stated normal with an intensifier (`her skin is entirely normal`),
livedo reticularis (网状青斑), which is not a POEMS skin sign, and a section heading `【其他】` /
`其他：` that labels a section instead of excluding "the others"."""
import pytest

from conftest import status_of


@pytest.mark.parametrize("text,concept,expect", [
    ("Liver and spleen were neither palpable nor enlarged.", "hepatosplenomegaly", "absent"),
    ("The spleen was neither enlarged nor tender.", "splenomegaly", "absent"),
    ("肝脾 neither palpable nor enlarged on CT。", "hepatosplenomegaly", "absent"),
    ("Superficial lymph nodes were swollen in both groins.", "lymphadenopathy", "present"),
    ("Swollen cervical lymph nodes on both sides.", "lymphadenopathy", "present"),
    ("No lymph nodes were swollen.", "lymphadenopathy", "absent"),
    ("Her skin is entirely normal.", "skin_changes", "absent"),
    ("Skin was completely normal.", "skin_changes", "absent"),
    ("【其他】血清免疫固定电泳阴性。", "serum_immunofixation", "absent"),
    ("其他：血清免疫固定电泳阴性。", "serum_immunofixation", "absent"),
])
def test_status(ex, text, concept, expect):
    assert status_of(ex(text), concept) == expect


@pytest.mark.parametrize("text", ["双下肢网状青斑。", "Livedo reticularis on both thighs."])
def test_livedo_is_not_acrocyanosis(ex, text):
    assert status_of(ex(text), "acrocyanosis") is None
    assert status_of(ex(text), "skin_changes") is None


def test_other_still_excludes_the_rest(ex):
    # 其他部位 after a finding: only the others are negated
    assert status_of(ex("腹股沟淋巴结肿大，其他部位未见肿大。"), "lymphadenopathy") == "present"
