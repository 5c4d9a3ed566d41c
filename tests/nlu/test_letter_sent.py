"""A letter, report or message sent is no test sent off (sentences written for the tests; context_en.yml PSEUDO
before the PENDING "sent"): "The eye doctor said my optic discs are swollen on both sides and she sent you a
letter" keeps the swollen discs present; "sent a copy of the report", "faxed the summary" likewise. A test sent
off ("VEGF sent", "fundoscopy requested") stays pending."""
import pytest

from tests.nlu.conftest import not_done, statuses


@pytest.mark.parametrize("text", [
    "The eye doctor said my optic discs are swollen on both sides and she sent you a letter.",
    "Bilateral papilloedema; the eye team sent a copy of the report to the GP.",
    "Optic discs swollen, Frisén 2; ophthalmology faxed the summary.",
    "Papilloedema confirmed, she emailed me the photos.",
])
def test_a_letter_sent_is_no_test_sent(text):
    assert statuses(text, "papilledema") == ["present"]


def test_a_test_sent_off_stays_pending():
    from nlu import extract
    assert "serum_vegf" in not_done(extract("VEGF sent, result awaited."))
