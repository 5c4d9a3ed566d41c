"""bot.knowledge: education topics from the consensus, en + zh, with citation and label."""

import pytest

from bot.knowledge import get_topic, list_topics

REQUIRED = ["overview", "criteria", "vegf", "m_protein_evidence", "endocrinopathy", "differential", "risk_score",
            "response", "workup", "treatment_overview", "transplant_eligible", "not_transplant_eligible",
            "relapse", "supportive_care", "induction", "mobilisation_conditioning", "maintenance", "bone_imaging"]


def test_required_topics_present():
    assert set(REQUIRED) <= set(list_topics())


@pytest.mark.parametrize("topic", REQUIRED)
@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_topic_has_text_citation_and_education_label(topic, language):
    item = get_topic(topic, language)
    assert item.text and item.title and item.citation
    assert ("not a treatment order" in item.label) if language == "en" else ("并非医嘱" in item.label)
    if language == "zh":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in item.text)


def test_unknown_topic_is_named():
    with pytest.raises(KeyError, match="nope"):
        get_topic("nope")


def test_contents_follow_the_consensus():
    assert "2 ×" in get_topic("vegf").text
    assert "≤ 4 cycles" in get_topic("transplant_eligible").text
    assert "not recommended" in get_topic("treatment_overview").text  # bevacizumab
    overview = get_topic("overview").text
    for word in ("Polyneuropathy", "Organomegaly", "Endocrinopathy", "Monoclonal", "Skin changes", "CIDP"):
        assert word in overview


@pytest.mark.parametrize("question", ["is a bone scan enough to look for sclerotic lesions?", "骨扫描能发现硬化性骨病吗？"])
def test_a_question_on_bone_imaging_gets_its_topic(question):
    """Had been answered with nothing (no topic for the imaging of the bone criterion)."""
    from bot.dialogue.answers import asked_topic

    assert asked_topic(question) == "bone_imaging"
    assert "CT" in get_topic("bone_imaging").text and "表1" in get_topic("bone_imaging").citation
