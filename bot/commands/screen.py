"""``poems-triage screen INPUT``: batch screening of referral notes (issue 7).

Reads JSON Lines (``{"id": ..., "text": ...}``), a CSV (``--id-column`` / ``--text-column``) or
a folder of ``.txt`` files (id = file stem) and writes one JSON line per note to ``--out``
(default standard output): ``Assessment.contract()`` plus ``"id"``, or ``{"id", "error"}`` for a
note that could not be screened. A summary (counts by verdict, flagged patients ranked by
strength of evidence, next test for each; the notes in which no criterion could be read listed
apart) goes to standard error or ``--summary FILE``; a
department report to ``--report FILE.html|FILE.csv``. ``--resume`` continues an interrupted run.
"""

from __future__ import annotations

import argparse
import os
import sys

from bot.errors import EvidenceError


def _workers(value: str) -> int:
    if value in ("all", "auto", "0"):
        from bot.screening.runner import cpu_count

        return cpu_count()
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--workers takes a number or 'all', not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("--workers must be at least 1 (or 'all')")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT",
                        help="notes: FILE.jsonl (or - for stdin), FILE.csv, or a folder of .txt files")
    parser.add_argument("--format", choices=["jsonl", "csv", "folder"], help="input format (default: from the name)")
    parser.add_argument("--id-column", default="id", help="id column / JSON key (default: id)")
    parser.add_argument("--text-column", default="text", help="note text column / JSON key (default: text)")
    parser.add_argument("--out", "-o", metavar="FILE.jsonl", help="JSON Lines output (default: standard output)")
    parser.add_argument("--resume", action="store_true",
                        help="skip notes whose id is already in --out and append the rest")
    parser.add_argument("--summary", metavar="FILE", help="write the summary table here instead of standard error")
    parser.add_argument("--summary-limit", type=int, default=50, metavar="N",
                        help="flagged patients listed in the summary table (0: all; default 50)")
    parser.add_argument("--report", metavar="FILE.html|FILE.csv", help="per-patient report (HTML with a chart, or CSV)")
    parser.add_argument("--workers", "-j", type=_workers, default=1, metavar="N",
                        help="worker processes ('all' = every core; default 1)")
    parser.add_argument("--chunk-size", type=int, default=32, metavar="N", help="notes per work unit (default 32)")
    parser.add_argument("--backend", choices=["pool", "dask"], default="pool",
                        help="pool: local processes; dask: a Dask cluster (--scheduler) or a local one")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --backend dask)")
    parser.add_argument("--progress", action="store_true", help="show the progress bar even when stderr is not a terminal")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from bot.screening import readers, report_csv, report_html, runner

    if args.resume and not args.out:
        raise EvidenceError("--resume needs --out FILE (the output of the interrupted run)")
    if args.scheduler and args.backend != "dask":
        raise EvidenceError("--scheduler needs --backend dask")
    if args.chunk_size < 1:
        raise EvidenceError("--chunk-size must be at least 1")
    report_kind = None
    if args.report:
        report_kind = os.path.splitext(args.report)[1].lower().lstrip(".")
        if report_kind not in ("html", "htm", "csv"):
            raise EvidenceError("--report must end in .html or .csv")
    fmt = args.format or readers.detect_format(args.input)
    if fmt == "folder" and not os.path.isdir(args.input):
        raise EvidenceError(f"input {args.input!r} is not a folder")
    if fmt != "folder" and args.input != "-" and not os.path.isfile(args.input):
        raise EvidenceError(f"input {args.input!r} does not exist" if not os.path.exists(args.input)
                            else f"input {args.input!r} is a folder: use --format folder")
    items = readers.read_items(args.input, fmt, args.id_column, args.text_column)
    if fmt == "csv":  # a missing column is a usage error: find it before any work starts
        items = _peek(items)

    done, previous = set(), []
    if args.out:
        if args.resume:
            done, previous = runner.read_done(args.out)
        out = open(args.out, "a" if args.resume else "w", encoding="utf-8")
    else:
        out = sys.stdout
    try:
        stats = runner.run(
            items, out, backend=args.backend, workers=args.workers, scheduler=args.scheduler,
            chunk_size=args.chunk_size, done=done, previous=previous,
            progress=args.progress or (not args.no_progress and sys.stderr.isatty()),
            total=readers.count_items(args.input, fmt),
        )
    finally:
        if out is not sys.stdout:
            out.close()

    summary = stats.summary
    table = summary.format_table(limit=args.summary_limit or None)
    footer = (f"{stats.screened} screened in this run ({stats.errors} not readable), "
              f"{stats.skipped} already done; {stats.seconds:.1f} s, backend {stats.backend}, "
              f"{stats.workers} worker(s)\n")
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as handle:
            handle.write(table)
            handle.write(footer)
    else:
        sys.stderr.write(table)
        sys.stderr.write(footer)
    if report_kind == "csv":
        report_csv.write_file(summary, args.report)
    elif report_kind in ("html", "htm"):
        report_html.write_file(summary, args.report, source=os.path.basename(args.input.rstrip("/")))
    return 0


def _peek(items):
    """Start a generator so that errors about the input as a whole surface now."""
    import itertools

    try:
        first = next(items)
    except StopIteration:
        return iter(())
    return itertools.chain([first], items)
