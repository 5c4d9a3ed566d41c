"""Screen notes in chunks: in-process, on a local process pool, or on a Dask cluster.

Every backend runs the same picklable function, :func:`process_chunk`, which turns a chunk of
notes into output lines (``Assessment.contract()`` plus ``"id"``, or an error row) and compact
summary records. Each worker process builds the NLU pipelines once (lazily, on its first note,
or up front through the pool initializer).

Output is written in input order, one JSON object per line, flushed after every chunk; a run that
is interrupted can be resumed (``resume=True``): the ids already in the output file are skipped
and new rows are appended. A row that cannot be screened becomes an error row
``{"id", "error"}`` (plus ``"line"`` when the input has line numbers) and the run goes on.
Error messages never contain note text.
"""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Set, TextIO, Tuple

from bot.screening.readers import Item, key_of
from bot.screening.summary import Record, Summary, record_from_row

# One note travelling to a worker: (id, line, text, error).
Note = Tuple[Optional[str], Optional[int], Optional[str], Optional[str]]
# One result travelling back: (JSON line without newline, Record tuple).
Result = Tuple[str, tuple]

DEFAULT_CHUNK_SIZE = 32
BACKENDS = ("pool", "dask")


# --------------------------------------------------------------------------- one note


_NLU: Dict[str, Any] = {}


def _nlu() -> Any:
    """The ``nlu`` package, imported once per process (its pipelines are cached inside it)."""
    if "module" not in _NLU:
        import nlu

        _NLU["module"] = nlu
    return _NLU["module"]


def warm_up() -> None:
    """Build the NLU pipelines (English and Chinese) and the engine's tables in this process
    (a worker: without TensorFlow, nlu.no_tensorflow)."""
    from bot.engine import assess
    from nlu.no_tensorflow import block_tensorflow

    block_tensorflow()

    nlu = _nlu()
    for text in ("Numbness of both feet.", "双足麻木。"):
        try:
            assess(nlu.extract_evidence(text))
        except Exception:  # a warm-up must never stop a run; the real notes report errors
            pass


def error_row(note_id: Optional[str], line: Optional[int], reason: str) -> Dict[str, Any]:
    row: Dict[str, Any] = {"id": note_id, "error": reason}
    if line is not None:
        row["line"] = line
    return row


def _safe_reason(exc: BaseException, stage: str) -> str:
    """A reason that is safe to write: messages only from errors whose contract says they never
    contain note text (nlu.NoteError, bot.errors.EvidenceError); otherwise the type only."""
    from bot.errors import EvidenceError

    if isinstance(exc, (_nlu().NoteError, EvidenceError)):
        return str(exc) or f"the note could not be read ({stage})"
    return f"internal error in {stage} ({type(exc).__name__})"


def extract_chunk(texts: List[str]) -> List[Any]:
    """The Extraction of each text, or the exception that stopped it (same order).

    Uses ``nlu.extract_many`` (batched ``nlp.pipe``) for the readable notes; should the batch
    fail, each note is extracted alone so that only the failing one is an error.
    """
    nlu = _nlu()
    out: List[Any] = [None] * len(texts)
    readable: List[int] = []
    for i, text in enumerate(texts):
        try:
            nlu.validate_note(text)
            readable.append(i)
        except Exception as exc:
            out[i] = exc
    if not readable:
        return out
    try:
        extractions = nlu.extract_many([texts[i] for i in readable])
        if len(extractions) != len(readable):
            raise RuntimeError("extract_many returned a different number of notes")
        for i, extraction in zip(readable, extractions):
            out[i] = extraction
    except Exception:
        for i in readable:
            try:
                out[i] = nlu.extract(texts[i])
            except Exception as exc:
                out[i] = exc
    return out


def assess_row(note_id: str, extraction: Any) -> Dict[str, Any]:
    """``{"id", **Assessment.contract()}`` or an error row; ``"set_aside"`` lists the values
    read from the note that were impossible (engine message, analyte, value and unit as written;
    no other note text), when there are any."""
    from bot.engine import assess

    if isinstance(extraction, BaseException):
        return error_row(note_id, None, _safe_reason(extraction, "extraction"))
    evidence = getattr(extraction, "evidence", extraction)
    try:
        contract = assess(evidence).contract()
    except Exception as exc:
        return error_row(note_id, None, _safe_reason(exc, "assessment"))
    row = {"id": note_id, **contract}
    set_aside = getattr(extraction, "set_aside", [])
    if set_aside:
        row["set_aside"] = [{"analyte": w.analyte, "value": w.value, "unit": w.unit,
                             "message": w.message, "text": w.text().dict(include={"en", "zh"})}
                            for w in set_aside]
    return row


def screen_note(note_id: str, text: str) -> Dict[str, Any]:
    """The output row for one note (the same as a chunk of one)."""
    return assess_row(note_id, extract_chunk([text])[0])


def _dumps(row: Dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, default=str)


def _result(row: Dict[str, Any]) -> Result:
    return _dumps(row), record_from_row(row).to_tuple()


def process_chunk(chunk: List[Note]) -> List[Result]:
    """What every backend runs: a chunk of notes -> output lines and summary records."""
    results: List[Optional[Result]] = [None] * len(chunk)
    todo: List[int] = []
    for i, (note_id, line, text, error) in enumerate(chunk):
        if error is not None or text is None or note_id is None:
            results[i] = _result(error_row(note_id, line, error or "no text"))
        else:
            todo.append(i)
    evidences = extract_chunk([chunk[i][2] for i in todo]) if todo else []
    for i, evidence in zip(todo, evidences):
        note_id, line = chunk[i][0], chunk[i][1]
        row = assess_row(note_id, evidence)
        if "error" in row and line is not None:
            row["line"] = line
        results[i] = _result(row)
    return [r for r in results if r is not None]


def failed_chunk(chunk: List[Note], reason: str) -> List[Result]:
    return [_result(error_row(note_id, line, reason)) for note_id, line, _text, _error in chunk]


# --------------------------------------------------------------------------- backends


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _ordered(chunks: Iterable[List[Note]], submit: Callable[[List[Note]], Any],
             collect: Callable[[List[Note], Any], List[Result]], window: int
             ) -> Iterator[Tuple[List[Note], List[Result]]]:
    """Keep up to ``window`` chunks in flight; yield results in input order."""
    pending: Deque[Tuple[List[Note], Any]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        while len(pending) >= window:
            first, handle = pending.popleft()
            yield first, collect(first, handle)
    while pending:
        first, handle = pending.popleft()
        yield first, collect(first, handle)


class SerialBackend:
    name = "serial"

    def __init__(self) -> None:
        self.workers = 1

    def map(self, chunks: Iterable[List[Note]]) -> Iterator[Tuple[List[Note], List[Result]]]:
        for chunk in chunks:
            yield chunk, process_chunk(chunk)

    def close(self) -> None:
        pass


class PoolBackend:
    """A local process pool; each worker builds the NLU pipelines once (initializer)."""

    name = "pool"

    def __init__(self, workers: int) -> None:
        import multiprocessing

        self.workers = workers
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._context = multiprocessing.get_context(method)
        self._pool: Optional[ProcessPoolExecutor] = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=self._context, initializer=warm_up)
        return self._pool

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def _submit(self, chunk: List[Note]) -> Future:
        try:
            return self._executor().submit(process_chunk, chunk)
        except BrokenProcessPool:
            self._restart()
            return self._executor().submit(process_chunk, chunk)

    def _collect(self, chunk: List[Note], future: Future) -> List[Result]:
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory): retry the chunk note by note on a fresh
            # pool, so that only a note that kills a worker again is reported as an error.
            return self._one_by_one(chunk)
        except Exception as exc:
            return failed_chunk(chunk, f"worker error ({type(exc).__name__})")

    def _one_by_one(self, chunk: List[Note]) -> List[Result]:
        out: List[Result] = []
        for note in chunk:
            try:
                out.extend(self._submit([note]).result())
            except BrokenProcessPool:
                self._restart()
                out.extend(failed_chunk([note], "worker process died while screening this note"))
            except Exception as exc:
                out.extend(failed_chunk([note], f"worker error ({type(exc).__name__})"))
        return out

    def map(self, chunks: Iterable[List[Note]]) -> Iterator[Tuple[List[Note], List[Result]]]:
        return _ordered(chunks, self._submit, self._collect, window=self.workers * 3)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskBackend:
    """The same function on a Dask cluster: ``scheduler`` is the address of a running
    ``dask-scheduler`` (several machines; each worker needs this project installed), or None for
    a LocalCluster of ``workers`` single-threaded worker processes on the loopback interface."""

    name = "dask"

    def __init__(self, workers: int, scheduler: Optional[str] = None) -> None:
        from distributed import Client, LocalCluster

        self._cluster = None
        if scheduler:
            self.client = Client(scheduler, set_as_default=False)
        else:
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, silence_logs=50,
            )
            self.client = Client(self._cluster, set_as_default=False)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        try:
            self.client.run(warm_up)
        except Exception:
            pass  # workers warm up lazily on their first chunk instead

    def _submit(self, chunk: List[Note]):
        return self.client.submit(process_chunk, chunk, pure=False)

    def _collect(self, chunk: List[Note], future) -> List[Result]:
        try:
            return future.result()
        except Exception as exc:
            return failed_chunk(chunk, f"worker error ({type(exc).__name__})")
        finally:
            future.release()

    def map(self, chunks: Iterable[List[Note]]) -> Iterator[Tuple[List[Note], List[Result]]]:
        return _ordered(chunks, self._submit, self._collect, window=self.workers * 3)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_backend(backend: str = "pool", workers: int = 1, scheduler: Optional[str] = None):
    if backend == "dask":
        return DaskBackend(workers, scheduler)
    if backend != "pool":
        raise ValueError(f"unknown backend {backend!r}")
    if workers <= 1:
        return SerialBackend()
    return PoolBackend(workers)


# --------------------------------------------------------------------------- output and resume


def read_done(path: str) -> Tuple[Set[str], List[Record]]:
    """Keys and records of the rows already in an output file; cuts off a torn last line.

    A run killed in the middle of writing can leave a last line without its newline: it is
    removed (that note is screened again). Lines that are not JSON objects are ignored.
    """
    done: Set[str] = set()
    records: List[Record] = []
    if not os.path.exists(path):
        return done, records
    with open(path, "rb+") as handle:
        data = handle.read()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            handle.truncate(cut)
            data = data[:cut]
    for raw in data.splitlines():
        try:
            row = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(row, dict) or ("verdict" not in row and "error" not in row):
            continue
        note_id = row.get("id")
        key = key_of(None if note_id is None else str(note_id), row.get("line"))
        if key in done:
            continue
        done.add(key)
        records.append(record_from_row(row))
    return done, records


@dataclass
class RunStats:
    screened: int = 0  # rows written in this run (results and errors)
    errors: int = 0  # error rows written in this run
    skipped: int = 0  # rows already in the output (--resume)
    seconds: float = 0.0
    backend: str = "serial"
    workers: int = 1
    summary: Summary = field(default_factory=Summary)


def _notes(items: Iterable[Item], done: Set[str], stats: RunStats, on_skip: Callable[[int], None]
           ) -> Iterator[Note]:
    seen: Set[str] = {k[3:] for k in done if k.startswith("id:")}
    for item in items:
        if item.key in done:
            stats.skipped += 1
            on_skip(1)
            continue
        if item.id is not None:
            if item.id in seen:
                item = Item(None, line=item.line, error=f"duplicate id {item.id!r} (screened once only)")
                if item.key in done:
                    stats.skipped += 1
                    on_skip(1)
                    continue
            else:
                seen.add(item.id)
        yield (item.id, item.line, item.text, item.error)


def _chunked(notes: Iterator[Note], size: int) -> Iterator[List[Note]]:
    chunk: List[Note] = []
    for note in notes:
        chunk.append(note)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(items: Iterable[Item], out: TextIO, *, backend: str = "pool", workers: int = 1,
        scheduler: Optional[str] = None, chunk_size: int = DEFAULT_CHUNK_SIZE,
        done: Optional[Set[str]] = None, previous: Iterable[Record] = (),
        progress: bool = True, total: Optional[int] = None) -> RunStats:
    """Screen ``items`` and write one JSON line per note to ``out`` (flushed per chunk).

    ``done``/``previous`` come from :func:`read_done` when resuming: those rows are skipped and
    counted into the summary as they are.
    """
    import time

    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread in a process that forks pool workers
    stats = RunStats()
    stats.summary.extend(previous)
    engine = make_backend(backend, workers, scheduler)
    stats.backend, stats.workers = engine.name, engine.workers
    started = time.perf_counter()
    bar = tqdm(total=total, unit="note", file=sys.stderr, disable=not progress, dynamic_ncols=True,
               desc="screening", mininterval=0.5)
    try:
        notes = _notes(items, done or set(), stats, bar.update)
        for chunk, results in engine.map(_chunked(notes, max(1, chunk_size))):
            lines = []
            for line, record_values in results:
                record = Record.from_tuple(record_values)
                stats.summary.add(record)
                stats.screened += 1
                stats.errors += record.error is not None
                lines.append(line)
            out.write("\n".join(lines) + "\n")
            out.flush()
            bar.update(len(chunk))
    finally:
        bar.close()
        engine.close()
        stats.seconds = time.perf_counter() - started
    return stats
