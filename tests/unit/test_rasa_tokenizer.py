"""The mixed-script tokenizer used by the Rasa pipeline."""


def test_tokenizer_splits_han_characters_and_keeps_latin_words():
    from rasa.shared.nlu.training_data.message import Message

    from nlu.rasa_tokenizer import MixedScriptTokenizer

    tokenizer = MixedScriptTokenizer(MixedScriptTokenizer.get_default_config())
    text = "外院dx CIDP, IVIG无效"
    tokens = tokenizer.tokenize(Message(data={"text": text}), "text")
    assert [t.text.lower() for t in tokens] == ["外", "院", "dx", "cidp", "ivig", "无", "效"]
    for token in tokens:
        assert text[token.start : token.end] == token.text
