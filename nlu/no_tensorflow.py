"""Keep TensorFlow out of processes that run the NLU without Rasa.

spaCy's array library (thinc) imports TensorFlow at import time when it is installed, and Rasa
installs it: about 4 s of start-up and a few hundred MB per process, unused by the NLU's rule
pipelines. The command line, the action server and the screening workers call
:func:`block_tensorflow` before spaCy is imported; a process that imports Rasa (which needs
TensorFlow) never does, and nothing is blocked once either is loaded.
"""

from __future__ import annotations

import sys


def block_tensorflow() -> bool:
    """Make ``import tensorflow`` fail with ImportError (thinc then goes on without it); False,
    and nothing changed, when TensorFlow, Rasa or spaCy is already imported."""
    if any(name in sys.modules for name in ("tensorflow", "rasa", "spacy", "thinc")):
        return False
    sys.modules["tensorflow"] = None  # type: ignore[assignment]
    return True
