"""Quiz mode: a vignette, an answer, a score computed from the engine."""

import pytest

from bot.dialogue import quiz
from tests.e2e.helpers import chinese, customs
from tests.servers import texts

pytestmark = pytest.mark.e2e


def test_quiz_round_english_then_chinese(assistant):
    sender = "quiz"
    replies = assistant.say(sender, "start quiz")
    assert "Quiz case 1" in texts(replies) and "criteria met" in texts(replies)
    expected = quiz.expected(0).verdict.value
    replies = assistant.say(sender, "met" if expected == "meets_criteria" else "not met")
    (score,) = customs(replies, "poems_quiz")
    assert score["expected_verdict"] == expected and score["points"] >= 1
    assert "Score for this case" in texts(replies)
    replies = assistant.say(sender, "下一题")
    assert "测验病例 2" in texts(replies) and chinese(texts(replies))
    replies = assistant.say(sender, "不符合,缺少VEGF")
    (score,) = customs(replies, "poems_quiz")
    assert score["case"] == quiz.vignettes()[1]["id"]
    assert "累计" in texts(replies)
