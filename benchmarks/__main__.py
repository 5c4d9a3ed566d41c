"""``python -m benchmarks [--only NAME ...] [--quick] [--write]``: run the benchmarks, print their
figures beside the targets and the machine's core count; nothing is asserted.

Benchmarks: screen_throughput (full screening path), nlu_throughput (NLU only, when present),
conversation_latency (REST, against a greeting-only baseline), rule_states (what the RulePolicy
patch saves by conversation length), training_time (fresh cache).
``--write`` (the default for a full run) records the tables in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path
from typing import Dict, List, Optional

from benchmarks.common import cores, machine, now

BENCHMARKS = ["screen_throughput", "nlu_throughput", "conversation_latency", "rule_states", "training_time"]
RESULTS = Path(__file__).with_name("RESULTS.md")
NOTES_MARK = "<!-- notes: kept when the tables above are rewritten -->"


def write_results(results: List[Dict[str, object]], quick: bool) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Measured {now()} on {machine()}" + (" (--quick sizes)" if quick else "") + ".",
        "Produced by `make bench` (`python -m benchmarks`); each section is one benchmark's table.",
        "",
    ]
    for result in results:
        lines += [f"## {result.get('name')}", "", str(result.get("table", "(no table)")), ""]
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if NOTES_MARK in old:  # the hand-written analysis below the mark survives a new run
        lines += [NOTES_MARK + old.split(NOTES_MARK, 1)[1].rstrip("\n"), ""]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print(f"results written to {RESULTS}")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", choices=BENCHMARKS, metavar="NAME",
                        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}")
    parser.add_argument("--quick", action="store_true", help="smaller sizes and request counts")
    parser.add_argument("--write", action="store_true", help="write benchmarks/RESULTS.md (default for a full run)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    names = args.only or BENCHMARKS
    print(f"benchmarks on {machine()} ({cores()} cores); nothing is asserted")
    results: List[Dict[str, object]] = []
    for name in names:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ImportError:
            print(f"== {name}: not available (module benchmarks/{name}.py missing)")
            continue
        started = time.perf_counter()
        try:
            if hasattr(module, "run"):
                result = module.run(quick=args.quick)
            else:  # a benchmark with only a command line (main(argv))
                result = module.main(["--quick"] if args.quick else [])
        except Exception:
            traceback.print_exc()
            print(f"== {name}: failed")
            continue
        if isinstance(result, dict):
            results.append(result)
        print(f"== {name}: {time.perf_counter() - started:.0f} s\n")
    if results and not args.no_write and (args.write or not args.only):
        write_results(results, args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
