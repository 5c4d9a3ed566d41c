"""bot.texts.bilingual: one reason whose worded parameters differ per language."""

from bot.texts import Worded, bilingual, msg


def test_worded_parameters_follow_the_language_and_shared_ones_are_the_same():
    text = bilingual("blood.hb_high", value=170.0, limit=165.0, sex=Worded("male", "男"))
    assert text.en == "Haemoglobin 170 g/L > 165 g/L (male, WHO)"
    assert text.zh == "血红蛋白170 g/L > 165 g/L(男,WHO)"


def test_two_worded_parameters():
    text = bilingual("endo.qualifying", label=Worded("hypogonadism", "性腺功能减退"),
                     axis=Worded("endocrine", "内分泌"))
    assert text.en == "hypogonadism (endocrine axis) satisfies the endocrine criterion"
    assert text.zh == "性腺功能减退(内分泌轴)满足内分泌次要标准"


def test_it_is_the_english_msg_with_the_chinese_wording():
    """The same key, English text and parameters (in the order passed) as msg gives for the
    English values; only zh differs."""
    text = bilingual("blood.hct_normal", value=45.0, limit=49.0, sex=Worded("male", "男"))
    english = msg("blood.hct_normal", value=45.0, limit=49.0, sex="male")
    assert (text.key, text.en, text.params) == (english.key, english.en, english.params)
    assert list(text.params) == ["value", "limit", "sex"]
    assert text.zh == msg("blood.hct_normal", value=45.0, limit=49.0, sex="男").zh != english.zh


def test_without_worded_parameters_it_is_msg():
    assert bilingual("risk.missing", name="x", points=2) == msg("risk.missing", name="x", points=2)
