"""Every YAML data file of the project reads the same with the C parser (bot.yaml_files, used at
start-up) as with PyYAML's Python SafeLoader, whose results the rules were written against."""

from pathlib import Path

import pytest
import yaml

from bot.yaml_files import LOADER, safe_load

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(p for folder in ("nlu", "bot") for p in (ROOT / folder).rglob("*.yml"))


def test_the_c_parser_is_used_where_pyyaml_has_it():
    assert FILES and (LOADER is yaml.CSafeLoader) == bool(getattr(yaml, "__with_libyaml__", False))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_data_file_reads_the_same(path):
    text = path.read_text(encoding="utf-8")
    assert safe_load(text) == yaml.load(text, Loader=yaml.SafeLoader)
