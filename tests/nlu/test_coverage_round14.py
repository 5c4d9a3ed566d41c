"""Round-14 coverage (sentences written for the tests, not taken from the corpus): English
examination notation as neurologists and case reports write it — a sensory level after a colon
heading, vibration lost at the MTP joints, a loss named in both feet, a length-dependent loss of
modalities, ankle jerks lost under a reflexes heading, reflexes absent throughout, a stocking
pattern, a stepping gait, feet like blocks of wood; single named nerves that are not a
polyneuropathy; stony dullness and one-sided costophrenic blunting as pleural fluid, fluid called
physiological after a comma; node size written before the node and shotty lymphadenopathy; body
hair described darker and thicker on the limbs, and a tan without sun exposure."""
import pytest

from conftest import criterion, status_of


@pytest.mark.parametrize("text", [
    "Sensory: pinprick - reduced to the knees on both sides.",
    "Vibration sense: lost to the ankles bilaterally.",
    "Vibration was absent at the first MTP joints and reduced at the malleoli.",
    "Vibration lost at both halluces.",
    "Loss of pinprick sensation to the mid-calves.",
])
def test_sensory_level_in_exam_notation_is_symmetric_distal_loss(ex, text):
    assert status_of(ex(text), "symmetric_distal_sensory_symptoms") == "present"
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Impaired joint position sense in both great toes.",
    "Reduced pinprick and temperature sensation over both feet.",
    "Light touch diminished in both feet.",
    "Loss of vibration in both legs below the knee.",
])
def test_loss_named_in_both_feet_is_symmetric(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


def test_loss_in_one_foot_is_not_symmetric(ex):
    assert criterion(ex("Reduced sensation over the lateral border of the right foot."), "polyneuropathy") != "present"


@pytest.mark.parametrize("text", [
    "There is a length-dependent loss of vibration sense.",
    "A length dependent loss of pinprick in the legs.",
])
def test_length_dependent_loss_of_a_modality(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Reflexes: ankle jerks absent, biceps 2+.",
    "DTRs - ankles 0, knees 2.",
    "Jerks: achilles lost bilaterally.",
])
def test_ankle_jerks_lost_under_a_reflexes_heading(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


def test_ankles_present_under_a_reflexes_heading_is_not_areflexia(ex):
    assert criterion(ex("Reflexes: ankles present with reinforcement."), "polyneuropathy") != "present"


@pytest.mark.parametrize("text", [
    "Deep tendon reflexes were absent throughout.",
    "Her jerks absent throughout, with flexor plantar responses.",
    "DTRs absent throughout.",
])
def test_reflexes_absent_throughout_is_areflexia(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Pinprick impaired to the ankles in a glove-and-stocking pattern.",
    "Sensory loss followed a stocking-type pattern.",
])
def test_stocking_pattern_is_polyneuropathy(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "He has a stepping gait and cannot walk on his heels.",
    "Bilateral steppage gait on walking.",
    "She says both feet feel like wooden blocks.",
])
def test_stepping_gait_and_wooden_feet(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Right peroneal neuropathy at the knee from crossing his legs.",
    "Post-injection sciatic neuropathy on the left.",
    "Femoral neuropathy after a retroperitoneal haematoma.",
    "Left radial neuropathy at the spiral groove.",
    "Isolated lateral femoral cutaneous neuropathy.",
])
def test_a_single_named_nerve_is_not_a_polyneuropathy(ex, text):
    assert criterion(ex(text), "polyneuropathy") != "present"


@pytest.mark.parametrize("text", [
    "Stony dull percussion note at the right base.",
    "Percussion: stony dullness at the left base.",
    "CXR: blunting of the right costophrenic angle.",
    "Chest film showed blunting of both CP angles.",
])
def test_stony_dullness_and_blunted_angles_are_pleural_fluid(ex, text):
    assert status_of(ex(text), "pleural_effusion") == "present"
    assert criterion(ex(text), "extravascular_volume_overload") == "present"


@pytest.mark.parametrize("text", [
    "Minimal pelvic free fluid - physiological.",
    "Thin rim of pericardial fluid (physiological).",
    "Trace pericardial effusion, felt to be physiological.",
])
def test_fluid_called_physiological_after_the_finding(ex, text):
    assert criterion(ex(text), "extravascular_volume_overload") != "present"


def test_physiological_does_not_reach_a_later_clause(ex):
    assert criterion(ex("Physiological pelvic fluid; moderate ascites in the flanks."), "extravascular_volume_overload") == "present"


@pytest.mark.parametrize("text", [
    "A 2.5 cm firm left supraclavicular node.",
    "Two 1.5 x 1.2 cm mediastinal lymph nodes on CT.",
    "Matted 3 cm inguinal nodes.",
])
def test_node_size_before_the_node_at_least_1_cm(ex, text):
    assert status_of(ex(text), "lymphadenopathy") == "present"


@pytest.mark.parametrize("text", [
    "A few 5 mm reactive cervical nodes.",
    "Several 6 mm mesenteric lymph nodes.",
])
def test_node_size_before_the_node_below_1_cm(ex, text):
    assert status_of(ex(text), "lymphadenopathy") == "absent"
    assert criterion(ex(text), "organomegaly") != "present"


@pytest.mark.parametrize("text", [
    "Shotty inguinal adenopathy only.",
    "A few shotty axillary lymphadenopathy, non-tender.",
])
def test_shotty_lymphadenopathy_is_not_enlarged(ex, text):
    assert criterion(ex(text), "organomegaly") != "present"


@pytest.mark.parametrize("text", [
    "Coarse, dark hairs over the forearms.",
    "Thicker black hair on both shins than before.",
])
def test_darker_thicker_body_hair_is_hypertrichosis(ex, text):
    assert status_of(ex(text), "hypertrichosis") == "present"
    assert criterion(ex(text), "skin_changes") == "present"


def test_tanning_without_sun_exposure_is_hyperpigmentation(ex):
    assert criterion(ex("She had noticed tanning without sun exposure."), "skin_changes") == "present"


@pytest.mark.parametrize("text, concept", [
    ("A prominent, non-enlarged spleen on ultrasound.", "splenomegaly"),
    ("CT: non-enlarged liver with fatty change.", "hepatomegaly"),
    ("Several non-enlarged axillary lymph nodes.", "lymphadenopathy"),
])
def test_non_enlarged_organ_is_normal_size(ex, text, concept):
    assert status_of(ex(text), concept) == "absent"


@pytest.mark.parametrize("text", [
    "Liver edge palpable 0.5 cm below the right costal margin on inspiration.",
    "The liver was just palpable 1 cm below the costal margin with deep inspiration.",
])
def test_liver_edge_within_1_cm_on_inspiration_is_normal(ex, text):
    assert status_of(ex(text), "hepatomegaly") == "absent"


def test_liver_edge_centimetres_below_on_inspiration_stays_hepatomegaly(ex):
    assert status_of(ex("Liver edge 4 cm below the costal margin on deep inspiration."), "hepatomegaly") == "present"


@pytest.mark.parametrize("text, concept", [
    ("The liver is moderately enlarged.", "hepatomegaly"),
    ("Spleen was markedly enlarged, reaching the pelvis.", "splenomegaly"),
])
def test_organ_enlarged_with_a_degree(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


@pytest.mark.parametrize("text", [
    "The liver was not enlarged on palpation.",
    "Liver edge was not palpable.",
])
def test_liver_not_enlarged_in_a_sentence(ex, text):
    assert status_of(ex(text), "hepatomegaly") == "absent"


@pytest.mark.parametrize("text", [
    "CT showed bowel wall oedema in the ileum.",
    "Peritumoral oedema around the mass.",
    "MRI: perilesional oedema only.",
    "Oedema of the gallbladder wall on ultrasound.",
])
def test_oedema_of_an_organ_wall_or_the_brain_is_not_peripheral(ex, text):
    assert criterion(ex(text), "extravascular_volume_overload") != "present"


def test_terry_type_nails_are_white_nails(ex):
    assert criterion(ex("Bilateral Terry-type nails on all digits."), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Progressive symmetrical sensory disturbance over a year.",
    "A symmetric, distal-predominant sensorimotor deficit.",
])
def test_symmetric_sensorimotor_deficit(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Tingling and numbness in the distal legs.",
    "Distal hypoaesthesia in all 4 limbs.",
    "Distal motor weakness of all four extremities.",
])
def test_distal_loss_in_both_legs_or_all_limbs(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


def test_distal_strength_graded_in_both_legs(ex):
    assert criterion(ex("Distal power: 3/5 in both legs."), "polyneuropathy") == "present"


@pytest.mark.parametrize("text", [
    "Pallanaesthesia at both malleoli.",
    "Hypopallesthesia in the feet and ankles.",
])
def test_vibration_loss_named_in_both_legs(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


def test_pallhypaesthesia_alone_is_a_sign_not_symmetry(ex):
    assert status_of(ex("Pallhypaesthesia."), "distal_numbness_weakness") == "present"


@pytest.mark.parametrize("text", [
    "Cannot walk without bilateral AFOs.",
    "She is unable to walk without bilateral ankle foot orthoses.",
])
def test_walking_only_with_orthoses_is_not_a_negation(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


def test_ankle_reflexes_abolished(ex):
    assert criterion(ex("Ankle reflexes were abolished on both sides."), "polyneuropathy") == "present"


def test_sensation_decreased_distally_in_both_feet(ex):
    assert criterion(ex("Light touch decreased distally in both feet."), "polyneuropathy") == "present"


def test_melanodermia_is_hyperpigmentation(ex):
    assert criterion(ex("Melanodermia of the face and hands."), "skin_changes") == "present"


def test_normal_neurological_examination_written_first(ex):
    assert criterion(ex("Unremarkable neurological exam on admission."), "polyneuropathy") == "absent"


def test_normal_neurological_examination_does_not_outweigh_a_sign(ex):
    text = "Normal neuro exam except for absent ankle jerks and reduced pinprick to the knees."
    assert criterion(ex(text), "polyneuropathy") == "present"


@pytest.mark.parametrize("text, concept", [
    ("Abdomen: liver edge 3 fingerbreadths, smooth.", "hepatomegaly"),
    ("Spleen tip 2 FB, firm.", "splenomegaly"),
])
def test_organ_edge_in_fingerbreadths(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


def test_liver_one_fingerbreadth_is_not_read_enlarged(ex):
    assert status_of(ex("Liver 1 FB, soft."), "hepatomegaly") != "present"


@pytest.mark.parametrize("text", [
    "Right cervical node 3 x 2 cm, rubbery.",
    "Left axillary lymph node 1.4 cm on ultrasound.",
])
def test_node_then_its_size(ex, text):
    assert status_of(ex(text), "lymphadenopathy") == "present"


def test_node_then_a_size_below_1_cm(ex):
    assert status_of(ex("Submandibular node 6 mm, mobile."), "lymphadenopathy") == "absent"


@pytest.mark.parametrize("text", [
    "Sensory: LT reduced to the ankles bilaterally.",
    "Reduced PP and LT to the mid-calves.",
    "JPS - lost at the great toes.",
])
def test_shorthand_modalities_with_a_level(ex, text):
    assert criterion(ex(text), "polyneuropathy") == "present"


def test_coarsening_of_body_hair_is_hypertrichosis(ex):
    assert criterion(ex("He reported coarsening of the body hair on his legs."), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Tightness of the skin over both forearms.",
    "Marked skin tightness of the fingers.",
])
def test_skin_tightness_is_skin_thickening(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


def test_pigmented_palmar_creases_are_hyperpigmentation(ex):
    assert criterion(ex("Hyperpigmented palmar creases and buccal mucosa."), "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "Numerous tiny raised ruby lesions across the abdomen.",
    "A few small raised purple spots on his trunk.",
])
def test_raised_red_lesions_on_the_trunk_are_angiomas(ex, text):
    assert criterion(ex(text), "skin_changes") == "present"


def test_flat_red_lesions_on_the_trunk_are_not_read(ex):
    assert criterion(ex("Multiple flat red lesions on the trunk after the new antibiotic."), "skin_changes") != "present"
