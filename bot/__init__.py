"""POEMS triage core: evidence models, criteria engine, planners and guideline knowledge.

This package never imports Rasa: the CLI, the NLU, batch screening and the action server all
call it the same way.
"""

__version__ = "0.1.0"
