"""The guard shared by the adjustments this package makes to Rasa 3.6's classes at start-up
(``resilience``, ``action_validation``, ``action_client``, ``action_payload``, ``rule_states``,
and rasa-sdk's executor in the action server: ``audit_writes``): each can be
switched off by its environment variable, none is installed on another Rasa version, whose
internals it was not written for, and each is installed at most once per process
(``installed_once``), however often its ``install()`` is called."""

from __future__ import annotations

import functools
import logging
import os
from typing import Callable

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


class Installer:
    """``install()`` of one adjustment: runs its patch once, when ``may_install`` allows it.

    Calling it returns True when the adjustment is active (installed now or earlier), False
    when its switch is off or Rasa is another version (then nothing is changed, and a later
    call asks again). ``installed`` says whether the patch has run in this process; tests that
    undo a patch set it back to False so the next call installs it again."""

    def __init__(self, patch: Callable[[], None], module: str, switch: str):
        functools.update_wrapper(self, patch)
        self.patch = patch
        self.module = module
        self.switch = switch
        self.installed = False

    def __call__(self) -> bool:
        if self.installed:
            return True
        if not may_install(self.module, self.switch):
            return False
        self.patch()  # an exception leaves it not installed, as before
        self.installed = True
        return True


def installed_once(module: str, switch: str) -> Callable[[Callable[[], None]], Installer]:
    """Decorate the function that patches Rasa (it takes nothing and returns nothing): the
    result is the module's ``install()``, guarded by ``may_install(module, switch)`` and run
    at most once (see ``Installer``)."""

    def decorate(patch: Callable[[], None]) -> Installer:
        return Installer(patch, module, switch)

    return decorate
