"""Referral triage in Chinese, and a switch of language mid-conversation."""

import pytest

from tests.e2e.helpers import chinese, assessments
from tests.servers import texts

pytestmark = pytest.mark.e2e

NOTE = "患者男,58岁,双下肢麻木无力1年,肌电图示脱髓鞘,双下肢水肿,皮肤色素沉着。免疫固定电泳未做。"


def test_chinese_note_to_meets_criteria(assistant):
    sender = "triage-zh-meets"
    replies = assistant.say(sender, NOTE)
    text = texts(replies)
    assert "我从您的描述中理解到" in text and "结论:疑似" in text and "并非诊断" in text
    (payload,) = assessments(replies)
    assert payload["verdict"] == "suspected" and payload["language"] == "zh"
    assert "血清游离轻链" in text
    replies = assistant.say(sender, "游离轻链比值0.12")
    assert assessments(replies)[0]["criteria"]["monoclonal_plasma_cell_disorder"] == "present"
    replies = assistant.say(sender, "血清VEGF 1800 pg/ml,参考值<600")
    text = texts(replies)
    assert assessments(replies)[-1]["verdict"] == "meets_criteria"
    assert "转诊血液科" in text and chinese(text)


def test_mei_zuo_is_not_done(assistant):
    sender = "triage-zh-notdone"
    assistant.say(sender, NOTE)
    replies = assistant.say(sender, "没做")
    assert "未做" in texts(replies) and "而非阴性" in texts(replies)


def test_language_switch_mid_conversation(assistant):
    sender = "triage-switch"
    replies = assistant.say(sender, NOTE)
    assert chinese(texts(replies))
    replies = assistant.say(sender, "FLC ratio 0.12, kappa low")
    text = texts(replies)
    assert not chinese(text), text
    assert assessments(replies)[0]["language"] == "en"
    replies = assistant.say(sender, "水肿已消退")
    assert chinese(texts(replies))


def test_every_consultation_note_of_the_corpus_goes_to_triage(assistant):
    """Consultation records about one patient ("…POEMS综合征待排，请评估内分泌功能") that the intent
    classifier may read as a question about the consensus: with findings and the patient's age,
    they go to triage (data/rules_note_any_intent.yml), never to an education answer."""
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl"
    notes = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    consults = [n for n in notes if "会诊" in n["text"][:12]]
    assert consults
    for i, note in enumerate(consults):
        replies = assistant.say(f"triage-zh-consult-{i}", note["text"])
        text = texts(replies)
        assert assessments(replies), note["id"]
        assert "我从您的描述中理解到" in text or "What I understood" in text, note["id"]  # mixed notes: English
