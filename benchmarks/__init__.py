"""Benchmarks: ``make bench`` (``python -m benchmarks``). Not part of ``make test``; nothing is
asserted, each prints its figures beside its target and the machine's core count."""
