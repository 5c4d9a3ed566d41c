"""Training time of the project's Rasa model from scratch: ``rasa train`` into a temp dir with a
fresh, empty cache (``RASA_CACHE_DIRECTORY``, read by rasa.engine.caching in Rasa 3.6), so no
component is reused from an earlier training. Target: <= 3 minutes."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

from benchmarks.common import BIN, ROOT, machine, maxrss_mb, now, table

TARGET_S = 180.0


def run(quick: bool = False) -> Dict[str, object]:
    print(f"== training time from scratch — {machine()}")
    with tempfile.TemporaryDirectory(prefix="poems-bench-train-") as tmp:
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "RASA_CACHE_DIRECTORY": str(Path(tmp) / "cache")}
        started = time.perf_counter()
        result = subprocess.run(
            [str(BIN / "rasa"), "train", "--out", str(Path(tmp) / "models"), "--fixed-model-name", "bench",
             "--quiet"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        seconds = time.perf_counter() - started
        ok = result.returncode == 0 and (Path(tmp) / "models" / "bench.tar.gz").exists()
    status = "met" if ok and seconds <= TARGET_S else "not met"
    text = table(["step", "time", f"target ≤ {TARGET_S:.0f} s", "peak RSS MB"],
                 [["rasa train (fresh cache)", f"{seconds:.0f} s" + ("" if ok else " (FAILED)"), status,
                   f"{maxrss_mb()['children_mb']:.0f}"]])
    print(text)
    return {"name": "training_time", "date": now(), "machine": machine(), "seconds": round(seconds, 1),
            "ok": ok, "table": text}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.training_time")
    parser.add_argument("--quick", action="store_true")
    run(parser.parse_args(argv).quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
