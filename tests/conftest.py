"""Settings every test shares."""

import os

import pytest

# Referral text is health data: Rasa's telemetry and its error reporting (which would send
# exceptions and their context off the machine) stay off in tests and in the servers they start.
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own hook reads the marks into the test ids
def pytest_collection_modifyitems(config, items):
    """Groups for ``pytest -n N --dist loadgroup`` (what ``make test`` runs; pytest-xdist): each
    file's tests stay on one worker, so a module's servers and pipelines start once; every test
    that uses the shared end-to-end ``assistant`` (tests/e2e/conftest.py) runs on the same worker,
    so its two servers start once per run, not once per worker. Without xdist the marks do nothing."""
    for item in items:
        group = "shared-assistant" if "assistant" in getattr(item, "fixturenames", ()) else item.nodeid.split("::", 1)[0]
        item.add_marker(pytest.mark.xdist_group(group))
