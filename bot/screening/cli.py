"""The ``screen`` entry of ``bot.cli.COMMANDS``: the subcommand lives in ``bot.commands.screen``."""

from bot.commands.screen import add_arguments, run

__all__ = ["add_arguments", "run"]
