"""Build every language's pipeline when a server starts, not on a user's first message.

``nlu.pipeline.get_pipeline`` builds lazily, which suits the CLI (one language per note). A
server that builds on first use makes one conversation wait seconds for spaCy imports and rule
compilation while every other conversation on the same event loop waits too; the servers call
``preload_pipelines`` at start-up instead, where the time shows as start-up time; it also
freezes the start-up objects for the garbage collector (:func:`freeze_long_lived`).
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Optional, Sequence

LANGUAGES: Sequence[str] = ("en", "zh")  # mixed notes use the Chinese pipeline (nlu.extractor)
# One short reading per language at start-up: the reading loads more rule files on its first
# use (implications, lab samples, tests reported back; ~0.1-0.2 s), which in the action server
# (it reads only some answers itself) otherwise fell on a user's message under load.
WARM_TEXTS: Sequence[str] = ("Platelets 500 x10^9/L, no papilloedema.", "血小板 500×10^9/L，无视乳头水肿。")


def preload_pipelines(rules_directory: Optional[Path] = None) -> None:
    """Build (and cache) the pipeline of each language for ``rules_directory``, and read one
    short text per language so that the rules the reading loads lazily are loaded too."""
    from nlu.extractor import extract
    from nlu.pipeline import get_pipeline

    for language in LANGUAGES:
        get_pipeline(language, rules_directory)
    for text in WARM_TEXTS:
        extract(text, 0, rules_directory=rules_directory)
    freeze_long_lived()


def freeze_long_lived() -> None:
    """Move every object alive now (spaCy, TensorFlow and Rasa modules, the pipelines: ~400 000
    objects) out of the cyclic collector's generations (``gc.freeze``), after collecting the
    garbage of the start-up. A full collection otherwise walks them all (~0.25 s each, several
    per thousand notes); they stay alive for the whole process anyway."""
    gc.collect()
    gc.freeze()
