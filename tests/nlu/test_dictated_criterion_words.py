"""Criterion words as speech recognition types them in a dictated letter sent unchecked (sentences written
for the tests): `sclera tick lesions` / `sclera tic lesions` / `scleral tick foci` for sclerotic lesions,
`papal oedema` / `papal edema` / `papilla oedema` for papilloedema (not peripheral oedema), `hepato megaly`,
`spleno megaly`, `organo megaly`, `immune fixation`, `para protein`, `Castle man disease`, `plural effusions`,
`Veg F` as the VEGF test (requested, pending), `IgG lamb the` as the isotype.
Look-alikes: an eye exam's `sclera anicteric`, a `tick bite`, `a vegetable`, `a pap smear`, `pedal oedema`
stay what they were.
Rules: targets_en.yml (sclerotic_bone_lesion, papilledema, hepatomegaly, splenomegaly, hepatosplenomegaly,
organomegaly, serum_immunofixation, m_protein, castleman_disease, pleural_effusion, tests.serum_vegf),
immunofixation.yml (light_chains_after_heavy)."""
import pytest

from conftest import labs_of, not_done, status_of


@pytest.mark.parametrize("text", [
    "His CT shows multiple sclera tick lesions in the pelvis and spine.",
    "Skeletal survey: several sclera tic lesions in the pelvis.",
    "CT: scleral tick foci in T9 and the left ilium.",
    "There are sclero tic bone lesions in the ribs.",
    "PET-CT showed sclera tick changes in L2.",
])
def test_dictated_sclerotic_lesions_are_read(ex, text):
    assert status_of(ex(text), "sclerotic_bone_lesion") == "present"


def test_dictated_sclerotic_lesions_keep_their_negation(ex):
    assert status_of(ex("No sclera tick lesions on the skeletal survey."), "sclerotic_bone_lesion") == "absent"


@pytest.mark.parametrize("text", [
    "Fundoscopy shows bilateral papal oedema, confirmed by the eye team.",
    "The eye team has confirmed bilateral papal edema.",
    "There is papilla oedema on the right.",
])
def test_dictated_papilloedema_is_papilloedema_not_peripheral_oedema(ex, text):
    e = ex(text)
    assert status_of(e, "papilledema") == "present"
    assert status_of(e, "peripheral_edema") is None


def test_dictated_papilloedema_negated(ex):
    assert status_of(ex("No papal oedema."), "papilledema") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("Ultrasound shows hepato megaly.", "hepatomegaly"),
    ("There is mild spleno megaly.", "splenomegaly"),
    ("CT: hepato spleno megaly.", "hepatosplenomegaly"),
    ("No organo megaly.", "organomegaly"),
    ("Small bilateral plural effusions on the chest film.", "pleural_effusion"),
    ("Serum immune fixation: IgG kappa.", "serum_immunofixation"),
    ("He has a small para protein.", "m_protein"),
])
def test_dictated_words_are_their_concept(ex, text, concept):
    assert status_of(ex(text), concept) is not None


def test_dictated_castleman_not_excluded_is_in_doubt(ex):
    assert status_of(ex("Castle man disease has not been excluded."), "castleman_disease") == "uncertain"


def test_dictated_vegf_requested_is_a_test_not_done(ex):
    assert "serum_vegf" in not_done(ex("Veg F has been requested."))


def test_dictated_lambda_after_the_heavy_chain_is_the_isotype(ex):
    found = [f for f in ex("Serum immunofixation has shown an IgG lamb the paraprotein.").evidence.findings
             if f.concept == "serum_immunofixation"]
    assert found and (found[0].attributes.get("heavy_chain"), found[0].attributes.get("light_chain")) == ("IgG", "lambda")


@pytest.mark.parametrize("text", [
    "Sclera anicteric, conjunctivae pink.",
    "Tick bite last summer, no rash.",
    "Eats a vegetable diet; Veg box delivered weekly.",
    "Pap smear normal.",
])
def test_look_alikes_are_no_finding(ex, text):
    e = ex(text)
    for c in ("sclerotic_bone_lesion", "papilledema", "vegf_elevated"):
        assert status_of(e, c) is None
    assert not labs_of(e, "vegf")


def test_pedal_oedema_stays_peripheral_oedema(ex):
    e = ex("Bilateral pedal oedema to the mid calf.")
    assert status_of(e, "peripheral_edema") == "present" and status_of(e, "papilledema") is None
