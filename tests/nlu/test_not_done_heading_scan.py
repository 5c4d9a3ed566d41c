"""not_done_lists scans a note once for any not-done heading and reads each heading from the
first one found: the same headings as each heading's own scan of the whole note."""

import pytest

from nlu.implications.rules import implication_rules

TEXTS = [
    "Pending: sFLC, VEGF.",
    "no hepatosplenomegaly, not done: sFLC; Outstanding: VEGF, bone CT",
    "CT chest.Pending: VEGF\nTests not done: IFE",
    "1. Not yet done: VEGF\n2) Awaited: FLC",
    "查体：肝脾未触及。未查：游离轻链、VEGF；结果未回：VEGF、游离轻链",
    "以下检查未做：骨扫描，待完善：PET-CT",
    "VEGF pending, IFE not done",  # no heading (no colon after the word)
    "xPending: VEGF",  # no heading (a word before it)
    "Nothing to see here.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_heading_matches_unchanged(text):
    rule = implication_rules(None).not_done_list
    first = rule.any_heading.search(text)
    for _, heading, _ in rule.headings:
        whole = [m.span() for m in heading.finditer(text)]
        if first is None:
            assert whole == []
        else:
            assert [m.span() for m in heading.finditer(text, first.start())] == whole
