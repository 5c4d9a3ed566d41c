"""A bare oedema after a disc called normal is not papilloedema (sentences written for the tests).

`Fundi show normal discs and oedema`, `discs sharp and oedema`, `视盘边界清，水肿(+)`: the disc's own
clause says it is normal, so the oedema after it is not the disc's (no papilloedema present), nor said
to be the legs': in doubt. Negated, it stays the disc's (`normal discs and no oedema`: papilloedema
absent); `normal fundi and no oedema` is never papilloedema present.
Look-alikes: a disc not called normal keeps its oedema (`discs show oedema`, `视盘边界不清晰，水肿`,
`discs: margins blurred, oedema`); a site named (`normal discs and ankle oedema`) is the legs'.
Rules: implications.yml disc_oedema.normal (nlu/implications/disc_oedema.py said_normal)."""
import pytest

from conftest import status_of, statuses


@pytest.mark.parametrize("text", [
    "Fundi show normal discs and oedema.",
    "Fundoscopy: discs sharp and oedema.",
    "Fundi: healthy pink discs and oedema.",
    "视盘边界清，水肿(+)。",
    "眼底：视盘正常、水肿。",
])
def test_oedema_after_a_normal_disc_is_no_papilloedema(ex, text):
    e = ex(text)
    assert "present" not in statuses(text, "papilledema")
    assert status_of(e, "peripheral_edema") == "uncertain"


@pytest.mark.parametrize("text", [
    "Fundi: normal discs and no oedema.",
    "Normal fundi and no oedema.",
    "视盘边界清，无水肿。",
])
def test_negated_oedema_after_a_normal_disc_is_never_present(ex, text):
    assert "present" not in statuses(text, "papilledema")
    assert "present" not in statuses(text, "peripheral_edema")


@pytest.mark.parametrize("text", [
    "Fundi: normal vessels, discs show oedema.",
    "视盘边界不清晰，水肿。",
    "Discs: margins blurred, oedema.",
])
def test_a_disc_not_called_normal_keeps_its_oedema(ex, text):
    assert status_of(ex(text), "papilledema") == "present"


def test_a_site_named_is_the_legs_oedema(ex):
    e = ex("Fundi show normal discs and ankle oedema.")
    assert status_of(e, "papilledema") == "absent"
    assert status_of(e, "peripheral_edema") == "present"
