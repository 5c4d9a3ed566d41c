"""Full screening path throughput: reading, NLU extraction, engine, JSON output (``poems-triage
screen``'s runner), on generated ~1 000-character referral notes (English and Chinese).

For each size (1 000 and 10 000 notes; --quick: 200 and 1 000) it runs the screen once with one
worker and once with every core, each in a fresh process, and reports notes per second (after
the pipelines are built: warm-up is timed separately), notes per second per core, scaling
efficiency (all-core rate / (cores x one-worker rate)), and peak memory (getrusage maxrss of the
screening process and of its largest worker). With one worker it also reports notes per second of
the process's CPU time, steadier than wall time on a machine shared with other work.

Target (2-core machine): extraction + engine >= 500 notes/s per core.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

from benchmarks.common import ROOT, cores, machine, maxrss_mb, now, table, tree_rss_mb

TARGET_PER_CORE = 500.0


def _one(path: str, workers: int, chunk_size: int) -> Dict[str, object]:
    """Runs in a fresh process: warm up, then screen ``path``; prints one JSON line."""
    import os
    import threading

    from bot.screening import readers, runner

    started = time.perf_counter()
    runner.warm_up()  # the parent builds the pipelines too (fork shares them with workers)
    warm = time.perf_counter() - started
    items = list(readers.read_items(path))
    peak = {"tree_mb": tree_rss_mb(os.getpid())}
    stop = threading.Event()

    def sample() -> None:  # the sum over the process tree (shared pages counted in each process)
        while not stop.wait(0.5):
            peak["tree_mb"] = max(peak["tree_mb"], tree_rss_mb(os.getpid()))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with open(os.devnull, "w", encoding="utf-8") as out:
        t0, c0 = time.perf_counter(), time.process_time()
        stats = runner.run(items, out, workers=workers, chunk_size=chunk_size, progress=False)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    stop.set()
    sampler.join()
    return {"notes": len(items), "workers": workers, "seconds": round(seconds, 2),
            "rate": round(len(items) / seconds, 1), "warmup_s": round(warm, 2),
            # one worker screens in this process: its CPU time, which other work on a shared
            # machine moves much less than the wall time (workers' CPU is not counted here)
            "cpu_rate": round(len(items) / cpu, 1) if workers == 1 and cpu > 0 else None,
            "errors": stats.errors, "counts": stats.summary.counts, **maxrss_mb(), **peak}


def measure(n: int, workers: int, path: str, chunk_size: int = 32) -> Dict[str, object]:
    command = [sys.executable, "-m", "benchmarks.screen_throughput", "--one", path,
               "--workers", str(workers), "--chunk-size", str(chunk_size)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        tail = result.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"notes": n, "workers": workers, "failed": tail[0]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(quick: bool = False, sizes: Optional[List[int]] = None) -> Dict[str, object]:
    from benchmarks.notes import write_jsonl

    sizes = sizes or ([200, 1000] if quick else [1000, 10000])
    n_cores = cores()
    print(f"== screen throughput (full path: read, extract, assess, write) — {machine()}")
    results = []
    with tempfile.TemporaryDirectory(prefix="poems-bench-") as tmp:
        for n in sizes:
            path = str(Path(tmp) / f"notes-{n}.jsonl")
            size = write_jsonl(path, n, seed=2025)
            print(f"   {n} generated notes, {size / n:.0f} bytes each on average")
            one = measure(n, 1, path)
            print(f"   {n} notes, 1 worker: {one}")
            results.append(one)
            if n_cores > 1:
                many = measure(n, n_cores, path)
                print(f"   {n} notes, {n_cores} workers: {many}")
                results.append(many)
    rows = []
    by_size: Dict[int, Dict[int, Dict[str, object]]] = {}
    for r in results:
        by_size.setdefault(int(r["notes"]), {})[int(r["workers"])] = r
    for n, runs in by_size.items():
        base = runs.get(1, {}).get("rate")
        for w, r in sorted(runs.items()):
            if "failed" in r:
                rows.append([n, w, "failed: " + str(r["failed"])[:80], "", "", "", "", ""])
                continue
            per_core = r["rate"] / w
            eff = f"{r['rate'] / (w * base):.0%}" if base and w > 1 else "-"
            cpu_rate = r.get("cpu_rate")
            rows.append([n, w, f"{r['rate']:.1f}", f"{cpu_rate:.1f}" if cpu_rate else "-", f"{per_core:.1f}", eff,
                         f"{r['self_mb']:.0f} / {r['children_mb']:.0f} / {r['tree_mb']:.0f}",
                         "met" if per_core >= TARGET_PER_CORE else "not met"])
    text = table(["notes", "workers", "notes/s", "notes/s of CPU time (1 worker)", "notes/s per core", "scaling efficiency",
                  "peak RSS MB (maxrss main / maxrss largest child / VmRSS sum of tree)", f"target ≥ {TARGET_PER_CORE:.0f}/s per core"], rows)
    print(text)
    return {"name": "screen_throughput", "date": now(), "machine": machine(), "cores": n_cores,
            "results": results, "table": text}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.screen_throughput")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sizes", type=int, nargs="*")
    parser.add_argument("--one", metavar="FILE", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--chunk-size", type=int, default=32, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one, args.workers, args.chunk_size)))
        return 0
    run(args.quick, args.sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
