"""Dialogue helpers that stay free of Rasa: texts, quiz vignettes and scoring, short interviews
(risk score, response assessment). The triage conversation itself is ``bot.session``."""
