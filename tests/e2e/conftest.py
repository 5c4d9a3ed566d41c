"""One real assistant (action server + Rasa server) shared by the end-to-end tests."""

from __future__ import annotations

import pytest

from tests.servers import Assistant, require_model


@pytest.fixture(scope="session")
def assistant(tmp_path_factory):
    require_model()
    workdir = tmp_path_factory.mktemp("assistant")
    # The audit trail of these servers goes to their own database, which tests may read.
    env = {"POEMS_AUDIT_URL": f"sqlite:///{workdir / 'audit.db'}"}
    running = Assistant(workdir, extra_env=env).start()
    yield running
    running.stop()
