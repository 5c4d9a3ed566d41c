"""One module per ``poems-triage`` subcommand: ``add_arguments(parser)`` and ``run(args)``."""
