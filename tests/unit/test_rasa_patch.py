"""service.rasa_patch.installed_once: the switch, the Rasa-version guard and installing once."""

import logging
import sys
import types

import pytest

from service.rasa_patch import Installer, installed_once

SWITCH = "POEMS_TEST_PATCH_SWITCH"


@pytest.fixture
def rasa_version(monkeypatch):
    """Set the version the guard reads (a stand-in ``rasa`` module: no Rasa import needed)."""

    def set_version(version: str) -> None:
        monkeypatch.setitem(sys.modules, "rasa", types.SimpleNamespace(__version__=version))

    monkeypatch.delenv(SWITCH, raising=False)
    set_version("3.6.21")
    return set_version


def counting_install():
    calls = []

    @installed_once("service.example", SWITCH)
    def install() -> None:
        """Patch something."""
        calls.append(1)

    return install, calls


def test_installs_once_and_reports_active(rasa_version):
    install, calls = counting_install()
    assert isinstance(install, Installer) and not install.installed
    assert install() is True
    assert install() is True
    assert calls == [1]
    assert install.installed
    assert install.__doc__ == "Patch something." and install.__name__ == "install"


def test_switch_off_installs_nothing(rasa_version, monkeypatch):
    install, calls = counting_install()
    monkeypatch.setenv(SWITCH, "0")
    assert install() is False
    assert calls == [] and not install.installed
    monkeypatch.setenv(SWITCH, "1")  # any other value leaves it on
    assert install() is True and calls == [1]


def test_other_rasa_version_is_not_patched_and_warns(rasa_version, caplog):
    install, calls = counting_install()
    rasa_version("3.7.0")
    with caplog.at_level(logging.WARNING, logger="service.rasa_patch"):
        assert install() is False
    assert calls == [] and not install.installed
    assert "service.example was written for Rasa 3.6, not 3.7.0" in caplog.text
    rasa_version("3.6.2")
    assert install() is True and calls == [1]


def test_a_failing_patch_is_not_marked_installed(rasa_version):
    attempts = []

    @installed_once("service.example", SWITCH)
    def install() -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("patch failed")

    with pytest.raises(RuntimeError):
        install()
    assert not install.installed
    assert install() is True and len(attempts) == 2


def test_reset_installs_again(rasa_version):
    install, calls = counting_install()
    install()
    install.installed = False  # what a test undoing the patch does
    install()
    assert calls == [1, 1]


def test_each_adjustment_is_guarded_by_its_own_switch():
    pytest.importorskip("rasa")
    from service import action_client, action_payload, action_validation, resilience

    assert (resilience.install.module, resilience.install.switch) == (
        "service.resilience", "POEMS_UNAVAILABLE_REPLY")
    assert (action_validation.install.module, action_validation.install.switch) == (
        "service.action_validation", "POEMS_CACHED_ACTION_SCHEMA")
    assert (action_client.install.module, action_client.install.switch) == (
        "service.action_client", "POEMS_KEPT_ACTION_CONNECTIONS")
    assert (action_payload.install.module, action_payload.install.switch) == (
        "service.action_payload", "POEMS_CURRENT_TURN_EVENTS")
