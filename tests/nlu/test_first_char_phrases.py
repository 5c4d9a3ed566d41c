"""FirstCharPhrases.match (nlu/components/_text.py) is the whole phrase pattern's match at every
position: same span or none, whatever the case, the word boundaries or the script."""

import pytest

from nlu.components._text import FirstCharPhrases, reference_mode
from nlu.rules import load_yaml, nonresponse_phrases

TEXTS = [
    "IVIG x3 did not help; steroids helped a little, then no improvement. Non-responsive to PLEX.",
    "ivig NOT HELPED, Steroid-dependent since 2019; steroid dependent again; IVIg-dependent.",
    "丙球冲击治疗无效，激素治疗后好转，后症状仍加重；未见明显好转。 效果不佳",
    "xhelped unhelped helpedx improvedly IMPROVED improvement-free, benefitted, benefit.",
    "Kelvin \u212aIVIG \u017fteroids \u0130VIG plasma exchange, PE, IVIG-κ, IgG 15.2 g/L",
    "",
    "a",
]


def _phrase_sets():
    data = load_yaml("treatment.yml", None)
    return [
        (data["treatments"], data.get("treatments_case_sensitive", [])),
        (nonresponse_phrases(None), []),
        (data["response"], []),
        (["no help", "No", "k", "Kg", "s"], ["IVIG", "PE", "kg"]),
    ]


@pytest.mark.parametrize("phrases,sensitive", _phrase_sets())
@pytest.mark.parametrize("text", TEXTS)
def test_match_is_the_whole_pattern_match(phrases, sensitive, text):
    split = FirstCharPhrases(phrases, sensitive)
    assert split._by_char  # the split is in use
    for pos in range(len(text) + 1):
        got, want = split.match(text, pos), split.pattern.match(text, pos)
        assert (got and got.span()) == (want and want.span()), (text, pos)


def test_reference_mode_keeps_the_whole_pattern():
    with reference_mode():
        split = FirstCharPhrases(["improved", "helped"])
    assert split.match("helped", 0).span() == (0, 6)
    assert [m.span() for m in split.finditer("x improved, helped")] == [(2, 10), (12, 18)]


def test_the_whole_pattern_is_compiled_only_when_a_position_needs_it():
    """Building the split and matching ordinary text leaves the whole pattern uncompiled (its
    compile is most of the phrases' start-up cost); a Kelvin sign that the guard lets through
    compiles it, and the answer is still the whole pattern's."""
    split = FirstCharPhrases(nonresponse_phrases(None))
    for text in TEXTS[:4]:
        for pos in range(len(text) + 1):
            split.match(text, pos)
    assert split._pattern is None
    kelvin = FirstCharPhrases(["kg rise"])
    got = kelvin.match("\u212ag rise", 0)
    assert kelvin._pattern is not None
    want = kelvin.pattern.match("\u212ag rise", 0)
    assert (got and got.span()) == (want and want.span())
