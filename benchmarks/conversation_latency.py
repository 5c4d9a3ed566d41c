"""Conversation latency through the REST channel, against a baseline measured in the same run.

Project: the real action server + Rasa server with ``models/poems.tar.gz`` (tests/servers.py's
Assistant, free ports, loopback) and the tracker and lock stores of ``endpoints.yml`` as
``make run`` uses them (SQL tracker store on a throwaway SQLite file, in-memory lock store). Baseline: the same Rasa server with a trivial greeting-only
model trained here in a temp dir (tiny domain/data, the project's MixedScriptTokenizer and
featurizers/DIET, no clinical components, Rasa's plain ``rest`` channel, no action server), so
the difference is what the project's own components add.

Each simulated sender sends a realistic conversation (a generated referral note, then answers);
1, 10 and 50 concurrent senders; bounded request counts. Figures: p50/p95/p99 per turn, CPU time
per request of each server (user + system from /proc over the load level: steadier than latency
on a shared machine), time to the first answer after start (model load), resident memory of the
Rasa process tree (and of the action server's) from /proc VmRSS.

Target: project p95 <= 1.5 x the baseline's p95 at 10 concurrent senders.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from benchmarks.common import BIN, ROOT, machine, now, percentile, table, tree_cpu_ms, tree_rss_mb

TARGET_RATIO = 1.5
CONCURRENCY = (1, 10, 50)
SCALE_OUT_WORKERS = 2

BASELINE_CONFIG = """\
recipe: default.v1
assistant_id: poems-baseline
language: en
pipeline:
  - name: nlu.rasa_tokenizer.MixedScriptTokenizer
  - name: CountVectorsFeaturizer
    analyzer: word
    min_ngram: 1
    max_ngram: 2
  - name: CountVectorsFeaturizer
    analyzer: char_wb
    min_ngram: 2
    max_ngram: 4
  - name: DIETClassifier
    epochs: 40
    entity_recognition: False
    constrain_similarities: True
    random_seed: 7
policies:
  - name: RulePolicy
"""
BASELINE_DOMAIN = """\
version: "3.1"
intents: [greet, other]
responses:
  utter_greet:
    - text: "Hello!"
  utter_other:
    - text: "I only say hello."
session_config:
  session_expiration_time: 60
  carry_over_slots_to_new_session: true
"""
BASELINE_NLU = """\
version: "3.1"
nlu:
- intent: greet
  examples: |
    - hello
    - hi
    - good morning
    - 你好
    - hey there
- intent: other
  examples: |
    - numb feet for a year
    - platelets 500
    - 双足麻木
    - IVIG did not help
    - immunofixation IgA lambda
"""
BASELINE_RULES = """\
version: "3.1"
rules:
- rule: greet
  steps:
  - intent: greet
  - action: utter_greet
- rule: other
  steps:
  - intent: other
  - action: utter_other
"""

ANSWERS_EN = ["Serum immunofixation showed IgA lambda.", "VEGF was 1 450 pg/mL in serum.",
              "No papilloedema on fundoscopy.", "Platelets 512 x10^9/L.", "thanks"]
ANSWERS_ZH = ["血清免疫固定电泳 IgA-λ 阳性。", "血清VEGF 1450 pg/ml。", "眼底未见视乳头水肿。", "谢谢"]


def conversation(i: int) -> List[str]:
    from benchmarks.notes import generate

    note = next(iter(generate(1, seed=1000 + i)))
    answers = ANSWERS_ZH if note["language"] == "zh" else ANSWERS_EN
    return ["hello", note["text"], *answers]


def _post(url: str, sender: str, message: str, timeout: float = 120) -> None:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as reply:
        reply.read()


def load(url: str, senders: int, turns_per_sender: int, tag: str,
         servers: Optional[Dict[str, int]] = None) -> Dict[str, object]:
    """``senders`` threads, each a separate conversation of ``turns_per_sender`` turns; with
    ``servers`` (name -> pid) also each server's CPU ms per request over the run."""
    latencies: List[float] = []
    errors: List[str] = []
    lock = threading.Lock()
    scripts = [conversation(i) for i in range(senders)]

    def talk(i: int) -> None:
        script = scripts[i]
        sender = f"bench-{tag}-{senders}-{i}-{time.time_ns()}"
        for turn in range(turns_per_sender):
            message = script[(i + turn) % len(script)]  # every load level sends notes too
            t0 = time.perf_counter()
            try:
                _post(url, sender, message)
            except Exception as exc:  # count it; never print the message
                with lock:
                    errors.append(type(exc).__name__)
                continue
            with lock:
                latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=talk, args=(i,)) for i in range(senders)]
    cpu_before = {name: tree_cpu_ms(pid) for name, pid in (servers or {}).items()}
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    cpu = {name: round((tree_cpu_ms(pid) - cpu_before[name]) / max(1, len(latencies)), 1)
           for name, pid in (servers or {}).items()}
    ms = [x * 1000 for x in latencies]
    return {"senders": senders, "requests": len(ms), "errors": len(errors),
            "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
            "p99_ms": round(percentile(ms, 99), 1), "throughput_rps": round(len(ms) / wall, 1),
            "cpu_ms_per_request": cpu}


def warm(url: str) -> None:
    """One full English and one Chinese conversation before measuring (first-use pipeline builds
    are start-up cost, reported as time to first answer, not per-turn latency)."""
    for i in (0, 1):
        for message in conversation(i):
            _post(url, f"bench-warm-{i}-{time.time_ns()}", message)


def _turns(senders: int, quick: bool) -> int:
    budget = {1: 14, 10: 70, 50: 150} if not quick else {1: 7, 10: 30, 50: 50}
    return max(1, budget[senders] // senders)


def _first_answer(say: Callable[[], None], started: float, timeout: float = 300) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            say()
            return time.perf_counter() - started
        except Exception:
            time.sleep(0.2)
    raise TimeoutError("no answer")


def _free_port() -> int:
    from tests.servers import free_port

    return free_port()


def train_baseline(workdir: Path) -> Path:
    (workdir / "data").mkdir(parents=True, exist_ok=True)
    (workdir / "config.yml").write_text(BASELINE_CONFIG)
    (workdir / "domain.yml").write_text(BASELINE_DOMAIN)
    (workdir / "data" / "nlu.yml").write_text(BASELINE_NLU)
    (workdir / "data" / "rules.yml").write_text(BASELINE_RULES)
    (workdir / "credentials.yml").write_text("rest:\n")
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "RASA_CACHE_DIRECTORY": str(workdir / "cache"),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    subprocess.run(
        [str(BIN / "rasa"), "train", "--config", "config.yml", "--domain", "domain.yml", "--data", "data",
         "--out", "models", "--fixed-model-name", "baseline", "--quiet"],
        cwd=workdir, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return workdir / "models" / "baseline.tar.gz"


def bench_baseline(workdir: Path, quick: bool) -> Dict[str, object]:
    model = train_baseline(workdir)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    log = open(workdir / "baseline.log", "wb")
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(BIN / "rasa"), "run", "--model", str(model), "--interface", "127.0.0.1", "--port", str(port),
         "--credentials", str(workdir / "credentials.yml")],
        cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        first = _first_answer(lambda: _post(url, "bench-first", "hello", timeout=5), started)
        warm(url)
        runs = [load(url, c, _turns(c, quick), "base", {"rasa": process.pid}) for c in CONCURRENCY]
        rss = tree_rss_mb(process.pid)
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
        log.close()
    return {"first_answer_s": round(first, 1), "rasa_rss_mb": rss, "runs": runs}


def redis_url() -> Optional[str]:
    """The local Redis for the scale-out variant, or None (printed as the reason to skip it)."""
    url = os.environ.get("POEMS_BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
        return url
    except Exception as exc:  # noqa: BLE001 - any failure means "no Redis here"
        print(f"   scale-out variant skipped: no Redis at {url} ({type(exc).__name__})")
        return None


def bench_project(workdir: Path, quick: bool, sanic_workers: int = 1,
                  lock_url: Optional[str] = None) -> Dict[str, object]:
    """The project's servers; with ``sanic_workers`` > 1 the Rasa server runs that many worker
    processes sharing a Redis lock store (Rasa refuses several workers with an in-memory one)."""
    from tests.servers import MODEL, Assistant
    from tests.e2e._stores import project_stores

    if not MODEL.exists():
        return {"skipped": f"no trained model at {MODEL} (run make train)"}
    workdir.mkdir(parents=True, exist_ok=True)
    # The stores of endpoints.yml, as `make run` uses them, with a throwaway SQLite file.
    env = {"POEMS_TRACKER_URL": f"sqlite:///{workdir / 'tracker.db'}"}
    if sanic_workers > 1:
        env.update({"SANIC_WORKERS": str(sanic_workers), "POEMS_LOCK_STORE_URL": lock_url or ""})
    assistant = Assistant(workdir, endpoints=project_stores(), extra_env=env)
    started = time.perf_counter()
    try:
        assistant.start()
        first = _first_answer(lambda: assistant.say("bench-first", "hello", timeout=5), started)
        url = f"{assistant.url}/webhooks/rest/webhook"
        warm(url)
        servers = {"rasa": assistant.rasa.process.pid, "actions": assistant.actions.process.pid}
        runs = [load(url, c, _turns(c, quick), "proj", servers) for c in CONCURRENCY]
        rasa_rss = tree_rss_mb(assistant.rasa.process.pid)
        actions_rss = tree_rss_mb(assistant.actions.process.pid)
    finally:
        assistant.stop()
    return {"first_answer_s": round(first, 1), "rasa_rss_mb": rasa_rss, "actions_rss_mb": actions_rss,
            "runs": runs}


def compare(base: Dict[str, object], project: Dict[str, object]) -> Tuple[str, str]:
    """(target verdict, table) of one project variant against the baseline."""
    rows = []
    verdict = "n/a"
    for b, p in zip(base["runs"], project.get("runs", [])):
        ratio = p["p95_ms"] / b["p95_ms"] if b["p95_ms"] else float("nan")
        mark = ""
        if b["senders"] == 10:
            verdict = "met" if ratio <= TARGET_RATIO else "not met"
            mark = f" (target ≤ {TARGET_RATIO}: {verdict})"
        p_cpu, b_cpu = p.get("cpu_ms_per_request", {}), b.get("cpu_ms_per_request", {})
        rows.append([b["senders"], f"{p['requests']}/{b['requests']}",
                     f"{p['p50_ms']} / {b['p50_ms']}", f"{p['p95_ms']} / {b['p95_ms']}",
                     f"{p['p99_ms']} / {b['p99_ms']}", f"{ratio:.2f}{mark}",
                     f"{p_cpu.get('rasa', '-')} + {p_cpu.get('actions', '-')} / {b_cpu.get('rasa', '-')}",
                     f"{p['errors']}/{b['errors']}"])
    return verdict, table(["senders", "requests (project/baseline)", "p50 ms (project / baseline)",
                           "p95 ms", "p99 ms", "p95 ratio",
                           "CPU ms per request (project Rasa + action server / baseline Rasa)",
                           "errors"], rows)


def run(quick: bool = False) -> Dict[str, object]:
    print(f"== conversation latency (REST, loopback) — {machine()}")
    with tempfile.TemporaryDirectory(prefix="poems-bench-chat-") as tmp:
        base = bench_baseline(Path(tmp) / "baseline", quick)
        print(f"   baseline: {base}")
        project = bench_project(Path(tmp) / "project", quick)
        print(f"   project:  {project}")
        lock_url = redis_url()
        scaled = (bench_project(Path(tmp) / "project-scaled", quick, SCALE_OUT_WORKERS, lock_url)
                  if lock_url else {"skipped": "no Redis"})
        print(f"   project, {SCALE_OUT_WORKERS} Sanic workers + Redis lock store: {scaled}")
    verdict, text = compare(base, project)
    if "runs" in scaled:
        text += (f"\n\nScale-out variant: the same servers, Rasa with SANIC_WORKERS={SCALE_OUT_WORKERS} "
                 f"and the Redis lock store\n\n" + compare(base, scaled)[1])
    extra = (f"time to first answer: project {project.get('first_answer_s')} s (both servers), "
             f"baseline {base['first_answer_s']} s; resident memory: project Rasa "
             f"{project.get('rasa_rss_mb')} MB + action server {project.get('actions_rss_mb')} MB, "
             f"baseline Rasa {base['rasa_rss_mb']} MB")
    if "runs" in scaled:
        extra += f", scale-out variant Rasa {scaled.get('rasa_rss_mb')} MB"
    print(text)
    print(extra)
    return {"name": "conversation_latency", "date": now(), "machine": machine(), "baseline": base,
            "project": project, "project_scaled": scaled, "target": verdict,
            "table": text + "\n\n" + extra}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.conversation_latency")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    run(args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
