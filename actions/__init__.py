"""Thin rasa-sdk actions: tracker -> ``bot`` -> messages. No clinical logic lives here."""
