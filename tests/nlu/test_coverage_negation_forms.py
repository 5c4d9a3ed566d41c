"""Coverage (sentences written for the tests, not taken from the corpus): a checklist heading of
several findings joined by commas answered none (`Hepatomegaly, splenomegaly, lymphadenopathy:
none`), a list negated after a dash or colon (`..., white nails - all absent`), a result within the
reference range (`FLC ratio within the reference range`), and a test called normal before its name
(`with a normal FLC ratio`, `a normal full blood count`): the test was done and is normal, unlike
`no NCS` (not done)."""
import pytest

from conftest import not_done, status_of


@pytest.mark.parametrize("text,concept,expect", [
    ("Hepatomegaly, splenomegaly, lymphadenopathy: none.", "splenomegaly", "absent"),
    ("Oedema, ascites, pleural and pericardial effusions: none.", "peripheral_edema", "absent"),
    ("Mild oedema, ascites: none.", "peripheral_edema", "present"),
    ("Hyperpigmentation, hypertrichosis, haemangiomas, white nails - all absent.", "hyperpigmentation", "absent"),
    ("Oedema, ascites: all absent.", "peripheral_edema", "absent"),
    ("Mild oedema, ascites absent.", "peripheral_edema", "present"),
    ("FLC ratio within the reference range.", "abnormal_flc_ratio", "absent"),
    ("FLC ratio within the normal range.", "abnormal_flc_ratio", "absent"),
    ("IFE negative with a normal FLC ratio.", "abnormal_flc_ratio", "absent"),
    ("He had a normal full blood count.", "thrombocytosis", "absent"),
    ("An unremarkable skeletal survey.", "sclerotic_bone_lesion", "absent"),
    ("A normal liver, spleen 15 cm.", "splenomegaly", "present"),
])
def test_status(ex, text, concept, expect):
    assert status_of(ex(text), concept) == expect


def test_a_normal_test_is_done_and_no_test_is_not():
    import nlu

    assert "serum_free_light_chains" not in not_done(nlu.extract("IFE negative with a normal FLC ratio."))
    assert not_done(nlu.extract("No NCS yet.")).get("nerve_conduction_study") == "not_done"


@pytest.mark.parametrize("text,concept,expect", [
    ("None of hepatomegaly, splenomegaly or lymphadenopathy was present.", "splenomegaly", "absent"),
    ("The liver and spleen could not be palpated.", "hepatosplenomegaly", "absent"),
    ("脾大，肝 not palpable。", "hepatomegaly", "absent"),
    ("脾大，肝 not palpable。", "splenomegaly", "present"),
    ("超声未探及胸腔积液。", "pleural_effusion", "absent"),
    ("IFE（血+尿）均阴性。", "serum_immunofixation", "absent"),
    ("IFE (serum + urine) negative.", "serum_immunofixation", "absent"),
])
def test_more_forms(ex, text, concept, expect):
    assert status_of(ex(text), concept) == expect
