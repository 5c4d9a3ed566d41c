"""Round-6 coverage (sentences written for the tests, in the styles of published case reports,
hospital notes and telegraphic lab lists): a finding in doubt against a normal variant, a query
mark glued after a full stop, Chinese findings whose words are split by a comma, an oedema word
that belongs to the optic disc, immunofixation results stated through the monoclonal protein,
monoclonal protein studies negative as a group, and blood counts written without a unit."""
import pytest

from bot.engine import assess
from conftest import labs_of, not_done, spans_of, status_of


def criterion(extraction, cid):
    state = assess(extraction.evidence).criteria[cid].state
    return getattr(state, "value", state)


# ---------------------------------------------------------------- doubt
@pytest.mark.parametrize("text", [
    "US abdomen: splenomegaly versus normal variant.",
    "Mild splenomegaly vs. normal anatomical variant; clinical correlation advised.",
    "? splenomegaly vs accessory spleen",
    "CT: splenomegaly versus splenunculus, to be reviewed.",
])
def test_splenomegaly_against_a_variant_is_uncertain(ex, text):
    assert status_of(ex(text), "splenomegaly") == "uncertain"


def test_a_normal_variant_elsewhere_does_not_undo_a_plain_negation(ex):
    e = ex("Normal variant anatomy of the portal vein. No splenomegaly.")
    assert status_of(e, "splenomegaly") == "absent"


@pytest.mark.parametrize("text, concept", [
    ("US done.?splenomegaly", "splenomegaly"),
    ("Fundi reviewed.?papilloedema, repeat in 2 weeks.", "papilledema"),
    ("腹部B超。?脾大", "splenomegaly"),
    ("眼科会诊。？视乳头水肿", "papilledema"),
])
def test_a_query_mark_glued_after_a_full_stop_is_uncertain(ex, text, concept):
    assert status_of(ex(text), concept) == "uncertain"


def test_a_question_mark_ending_a_sentence_before_a_full_word_is_left_alone(ex):
    e = ex("Any liver disease?Splenomegaly on CT.")
    assert status_of(e, "splenomegaly") == "present"


# ---------------------------------------------------------------- words split by a comma (zh)
@pytest.mark.parametrize("text", [
    "视盘边界欠清，轻度隆起",
    "眼底：双侧视盘边界模糊，明显隆起。",
    "眼科：视乳头边界不清，稍隆起。",
])
def test_disc_margins_then_a_raised_disc_after_a_comma_is_papilloedema(ex, text):
    e = ex(text)
    assert status_of(e, "papilledema") == "present"
    assert any("隆起" in s for s in spans_of(e, "papilledema"))


@pytest.mark.parametrize("text, concept", [
    ("脾：肋下2横指，质韧", "splenomegaly"),
    ("查体：肝 肋下2cm，边钝", "hepatomegaly"),
    ("脾脏肋下2指，质软，无压痛", "splenomegaly"),
])
def test_organ_edge_below_the_costal_margin_split_by_a_heading_or_a_comma(ex, text, concept):
    assert status_of(ex(text), concept) == "present"


def test_organ_heading_then_not_felt_is_absent(ex):
    e = ex("肝：肋下未及；脾：肋下3cm")
    assert status_of(e, "hepatomegaly") == "absent"
    assert status_of(e, "splenomegaly") == "present"


# ---------------------------------------------------------------- an oedema word of the disc
@pytest.mark.parametrize("text, state", [
    ("视盘边界清，无水肿", "absent"),
    ("眼底：视盘色淡红，边界清，无水肿，C/D 0.3。", "absent"),
    ("眼底：视乳头充血，边界不清，水肿。", "present"),
    ("Fundi: discs sharp, no oedema, no haemorrhages.", "absent"),
    ("Discs: margins blurred, oedema bilaterally.", "present"),
])
def test_an_oedema_word_after_a_disc_clause_belongs_to_the_disc(ex, text, state):
    e = ex(text)
    assert status_of(e, "papilledema") == state
    assert status_of(e, "peripheral_edema") is None


@pytest.mark.parametrize("text, state", [
    ("视盘边界清，双下肢无水肿", "absent"),          # a site named: the legs
    ("眼底：视盘边界清。无水肿。", "absent"),         # a new sentence
    ("眼底正常，双下肢轻度水肿。", "present"),
    ("Discs normal. Ankle oedema to mid-shin.", "present"),
])
def test_an_oedema_word_with_a_site_or_in_another_sentence_stays_peripheral(ex, text, state):
    assert status_of(ex(text), "peripheral_edema") == state
