"""``preload_pipelines`` builds both pipelines and freezes the start-up objects for the garbage
collector (nlu.preload)."""

import gc

from nlu.pipeline import _cache
from nlu.preload import preload_pipelines


def test_preload_builds_and_freezes():
    gc.unfreeze()
    try:
        preload_pipelines()
        assert {key[0] for key in _cache} >= {"en", "zh"}
        assert gc.get_freeze_count() > 10000
    finally:
        gc.unfreeze()  # the other tests run with an ordinary collector


def test_preload_loads_the_rules_a_reading_loads_on_first_use():
    from nlu.extractor import _lab_rules
    from nlu.implications.rules import implication_rules

    _lab_rules.cache_clear()
    implication_rules.cache_clear()
    gc.unfreeze()
    try:
        preload_pipelines()
        assert _lab_rules.cache_info().currsize and implication_rules.cache_info().currsize
    finally:
        gc.unfreeze()
