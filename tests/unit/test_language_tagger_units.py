"""The reply language of a short Chinese answer written with Latin units and test names
("1850 pg/ml，血清", "PLT 520 x10^9/L, Hb 170 g/L 正常") is Chinese: units and abbreviations are
words of neither language. Before, "pg" and "ml" outweighed 血清 and the reply came in English."""

import pytest

from nlu.rasa_language import LanguageTagger


def tagger() -> LanguageTagger:
    return LanguageTagger.create(LanguageTagger.get_default_config(), None, None, None)


@pytest.mark.parametrize("text", ["1850 pg/ml，血清", "sVEGF 3200 pg/mL, ref<600, 血清", "PLT 520 x10^9/L, Hb 170 g/L 正常",
                                  "IgA λ阳性", "VEGF从3000降到800，M蛋白从12降到4 g/L"])
def test_chinese_with_units_and_test_names_is_chinese(text):
    assert tagger().language_of(text) == "zh"


@pytest.mark.parametrize("text", ["the patient has 水肿 and white nails", "VEGF 1850 pg/ml, serum, not done elsewhere",
                                  "IFE negative, FLC ratio normal"])
def test_english_words_still_make_english(text):
    assert tagger().language_of(text) == "en"


@pytest.mark.parametrize("text", ["VEGF 1850 pg/ml", "IgA lambda", "sVEGF 3200 pg/mL", "FLC ratio 0.12", "PLT 520 x10^9/L",
                                  "VEGF 1200, ref < 400"])
def test_latin_units_and_test_names_alone_keep_the_conversation_language(text):
    """No language tag: the slot keeps its value (a Chinese conversation is answered in Chinese)."""
    assert tagger().language_of(text) is None


@pytest.mark.parametrize("text", ["是POEMS", "符合POEMS", "IgA-λ型M蛋白，是POEMS吗"])
def test_a_test_name_glued_to_chinese_is_neutral(text):
    assert tagger().language_of(text) == "zh"


@pytest.mark.parametrize("text", ["not done", "VEGF pending, bone CT not done", "serum, ref < 400", "no oedema"])
def test_latin_words_besides_test_names_make_english(text):
    assert tagger().language_of(text) == "en"


@pytest.mark.parametrize("text", ["yes", "yes, IgA lambda", "IgA lambda positive", "kappa 20, lambda 180",
                                  "Hb 120, platelets 450", "no, IFE IgA lambda", "VEGF 1200 pg/mL, yes"])
def test_a_short_answer_of_test_names_numbers_units_and_yes_no_keeps_the_language(text):
    """"yes, IgA lambda" answering a Chinese conversation's question had switched it to English:
    test names and yes / no are words of neither language (questions.yml)."""
    assert tagger().language_of(text) is None


@pytest.mark.parametrize("text", ["yes, the lambda was high", "no, platelets were normal", "no oedema",
                                  "what is still missing?", "The patient also has ascites."])
def test_an_english_sentence_around_them_still_makes_english(text):
    assert tagger().language_of(text) == "en"
