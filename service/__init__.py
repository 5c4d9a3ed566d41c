"""Deployment glue around Rasa and rasa-sdk: stores chosen by environment, the
action-server-unavailable reply, the FHIR endpoint and the action-server launcher.

Unlike ``bot/`` this package may import Rasa; nothing in ``bot/`` or ``nlu/`` imports it.
"""
