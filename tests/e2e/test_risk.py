"""Haematology tools: PUMCH risk score (表3) and response assessment (表5)."""

import pytest

from tests.e2e.helpers import customs
from tests.servers import texts

pytestmark = pytest.mark.e2e


def test_risk_score_conversation(assistant):
    sender = "risk"
    assistant.say(sender, "calculate the risk score")
    for answer in ("56", "yes", "no"):
        assistant.say(sender, answer)
    replies = assistant.say(sender, "25")
    (risk,) = customs(replies, "poems_risk")
    assert risk["score"] == 4 and risk["group"] == "high"
    assert "表3" in texts(replies)


def test_response_assessment_conversation(assistant):
    sender = "response"
    replies = assistant.say(sender, "VEGF went from 3000 to 800, what response is that")
    assert "M-protein" in texts(replies)
    for answer in ("unknown", "unknown", "unknown"):  # M-protein baseline, IFE, VEGF ULN
        replies = assistant.say(sender, answer)
    (result,) = customs(replies, "poems_response")
    vegf = [r for r in result["results"] if r["domain"] == "vegf"]
    assert vegf and vegf[0]["category"] == "PR"
