"""Breadth test: every wording of ``phrase_bank.yml`` gives its criterion the expected state.

The bank is data written from how clinicians, patients and relatives phrase POEMS signs
(case reports, 病历/出院小结/会诊, ward shorthand, lay words), independently of the rule
files, so that it finds wordings the lexicons lack. Expected states follow the corpus gold
rules (tests/corpus/README.md, 'Gold rules'). Entries marked ``xfail`` are wordings not read
yet; they must fail (strict), so a fix shows up as an XPASS to be unmarked.
"""
from pathlib import Path

import pytest
import yaml

from conftest import criterion

BANK = Path(__file__).with_name("phrase_bank.yml")


def _cases() -> list:
    """One pytest param per bank entry, id'd by criterion, language and position."""
    entries = yaml.safe_load(BANK.read_text(encoding="utf-8"))["entries"]
    params = []
    for i, e in enumerate(entries):
        marks = [pytest.mark.xfail(reason=e.get("reason", "wording not read yet"), strict=True)] if e.get("xfail") else []
        params.append(pytest.param(e["text"], e["criterion"], e["expect"], id=f"{e['criterion']}-{e['lang']}-{i:03d}", marks=marks))
    return params


@pytest.mark.parametrize("text,name,expect", _cases())
def test_phrase(ex, text: str, name: str, expect: str) -> None:
    assert criterion(ex(text), name) == expect
