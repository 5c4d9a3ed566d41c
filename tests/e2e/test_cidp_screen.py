"""CIDP non-responder screen through the real servers."""

import pytest

from tests.e2e.helpers import chinese, assessments
from tests.servers import texts

pytestmark = pytest.mark.e2e


def test_cidp_screen_english(assistant):
    sender = "cidp-en"
    replies = assistant.say(sender, "CIDP patient not responding to IVIG")
    text = texts(replies)
    assert "CIDP" in text and "immunofixation" in text.lower()
    assert assessments(replies)[0]["criteria"]["polyneuropathy"] == "present"
    # the light chains are not asked once the immunofixation shows the M-protein
    answers = ["IgA lambda", "2400 pg/ml serum, ref < 600", "yes, hyperpigmentation", "no",
               "no", "not done", "not done", "uniform slowing, no conduction block", "no"]
    seen = []
    for number, answer in enumerate(answers):
        replies = assistant.say(sender, answer)
        if number == 0:
            assert "VEGF" in texts(replies) and "light chain" not in texts(replies).lower()
        seen += assessments(replies)
        if "screen — result" in texts(replies):
            break
    text = texts(replies)
    assert "CIDP non-responder screen — result" in text
    final = seen[-1]
    assert final["verdict"] in ("suspected", "meets_criteria")
    assert final["criteria"]["vegf_elevated"] == "present"
    assert "haematology" in text


def test_cidp_screen_chinese(assistant):
    sender = "cidp-zh"
    replies = assistant.say(sender, "CIDP患者丙球无效")
    assert chinese(texts(replies)) and "免疫固定电泳" in texts(replies)
    replies = assistant.say(sender, "没做")
    assert "未做" in texts(replies)
