"""``python -m bot`` runs the ``poems-triage`` command line."""

from bot.cli import run

if __name__ == "__main__":
    raise SystemExit(run())
