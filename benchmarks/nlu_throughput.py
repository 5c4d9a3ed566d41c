"""NLU throughput: notes per second for single notes (``nlu.extract``) and batches
(``nlu.extract_many`` -> ``nlp.pipe``), and peak memory, on ~1 000-character generated notes
(half English, half Chinese), pinned to one core. Target: >= 500 notes/s. Nothing is asserted.

    python -m benchmarks.nlu_throughput [--notes N] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
from typing import Dict, List, Optional

TARGET = 500.0


def _one_core() -> str:
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return f"pinned to cpu {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def _notes(n: int) -> List[str]:
    from benchmarks.notes import generate

    return [item["text"] for item in generate(n, seed=11, zh_share=0.5, target=1000)]


def measure(n: int = 2000, batch_size: int = 128) -> Dict[str, object]:
    import resource

    import nlu
    from nlu.pipeline import get_pipeline

    pinned = _one_core()
    texts = _notes(n)
    started = time.perf_counter()
    get_pipeline("en")
    get_pipeline("zh")
    build_s = time.perf_counter() - started
    for text in texts[:20]:  # warm-up
        nlu.extract(text)

    started = time.perf_counter()
    for text in texts:
        nlu.extract(text)
    single_s = time.perf_counter() - started

    started = time.perf_counter()
    nlu.extract_many(texts, batch_size=batch_size)
    batch_s = time.perf_counter() - started

    tracemalloc.start()
    for text in texts[:200]:
        nlu.extract(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "notes": n,
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
        "pinned": pinned,
        "pipeline_build_s": round(build_s, 2),
        "single_notes_per_s": round(n / single_s, 1),
        "batch_notes_per_s": round(n / batch_s, 1),
        "batch_size": batch_size,
        "tracemalloc_peak_mb": round(traced_peak / 1024 / 1024, 1),
        "maxrss_mb": round(maxrss_mb, 1),
    }


def _table(r: Dict[str, object]) -> str:
    rows = [
        ("single notes (nlu.extract)", f"{r['single_notes_per_s']} notes/s", f">= {TARGET:.0f}"),
        (f"batches of {r['batch_size']} (nlp.pipe)", f"{r['batch_notes_per_s']} notes/s",
         f">= {TARGET:.0f}"),
        ("pipeline build (en + zh)", f"{r['pipeline_build_s']} s", ""),
        ("peak traced memory (200 notes)", f"{r['tracemalloc_peak_mb']} MB", ""),
        ("process max RSS", f"{r['maxrss_mb']} MB", ""),
    ]
    lines = ["| measure | value | target |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines.append("")
    lines.append(f"{r['notes']} generated notes, mean {r['mean_chars']} characters, "
                 f"half English / half Chinese, one process, {r['pinned']}.")
    return "\n".join(lines)


def run(quick: bool = False) -> Dict[str, object]:
    result = measure(n=300 if quick else 2000)
    table = _table(result)
    print(table)
    return {"name": "nlu_throughput", "table": table, **result}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.nlu_throughput", description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    result = measure(n=300 if args.quick else args.notes, batch_size=args.batch_size)
    print(_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
