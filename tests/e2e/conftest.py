"""One real assistant (action server + Rasa server) shared by the end-to-end tests."""

from __future__ import annotations

import pytest

from tests.servers import Assistant, require_model


@pytest.fixture(scope="session")
def assistant(tmp_path_factory):
    require_model()
    running = Assistant(tmp_path_factory.mktemp("assistant")).start()
    yield running
    running.stop()
