"""The action server registers the actions package as ``rasa_sdk --actions actions`` does: every
Action subclass by its name, so a helper class that subclasses Action without a name stops the
server at start-up. Every action the domain lists must be registered."""

from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

ROOT = Path(__file__).resolve().parents[2]


def test_every_domain_action_is_registered_and_nothing_fails_to_register():
    executor = ActionExecutor()
    executor.register_package("actions")  # raises when an Action subclass has no name
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    custom = [a for a in domain["actions"] if a.startswith(("action_", "validate_"))]
    missing = [a for a in custom if a not in executor.actions]
    assert not missing, f"domain actions the action server does not register: {missing}"
