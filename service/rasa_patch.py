"""The guard shared by the adjustments this package makes to Rasa 3.6's classes at start-up
(``resilience``, ``action_validation``, ``action_client``, ``action_payload``): each can be
switched off by its environment variable, and none is installed on another Rasa version, whose
internals it was not written for."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger(__name__)


def may_install(module: str, switch: str) -> bool:
    """False when ``switch`` is set to ``0`` or Rasa is not 3.6 (with a warning naming ``module``)."""
    if os.environ.get(switch, "1") == "0":
        return False
    import rasa

    if not rasa.__version__.startswith("3.6."):
        logger.warning("%s was written for Rasa 3.6, not %s: not installed", module, rasa.__version__)
        return False
    return True
