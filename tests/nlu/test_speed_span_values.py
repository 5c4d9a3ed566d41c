"""``nlu.span_values.span_value`` reads what ``span._.name`` reads, for every kind of extension."""

import spacy
from spacy.tokens import Span

from nlu.span_values import span_value


def _span():
    doc = spacy.blank("en")("no ascites and mild ankle oedema")
    return doc[1:2], doc[4:6]


def test_plain_extensions_are_read_from_user_data_like_spacy():
    Span.set_extension("poems_test_plain", default=(), force=True)
    a, b = _span()
    a._.poems_test_plain = ("x",)
    assert span_value(a, "poems_test_plain") == a._.poems_test_plain == ("x",)
    assert span_value(b, "poems_test_plain") == b._.poems_test_plain == ()


def test_getters_and_mutable_defaults_keep_spacys_read():
    Span.set_extension("poems_test_list", default=[], force=True)
    Span.set_extension("poems_test_getter", getter=lambda span: span.text.upper(), force=True)
    a, _ = _span()
    assert span_value(a, "poems_test_list") == [] and ("._.", "poems_test_list", a.start_char,
                                                       a.end_char) in a.doc.user_data
    assert span_value(a, "poems_test_getter") == "ASCITES"


def test_an_extension_registered_again_is_read_as_registered_now():
    Span.set_extension("poems_test_again", default=None, force=True)
    a, _ = _span()
    assert span_value(a, "poems_test_again") is None
    Span.set_extension("poems_test_again", getter=lambda span: span.start, force=True)
    assert span_value(a, "poems_test_again") == 1
