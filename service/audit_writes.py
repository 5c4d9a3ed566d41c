"""The action server writes a call's audit records off its event loop, before it replies.

An audit record is an SQL insert and a synced commit (``bot.audit``): ~1 ms of CPU and ~4 ms
of waiting for the disk on SQLite, longer while the Rasa server's tracker store holds the
database's write lock (the benchmark and ``POEMS_TRACKER_URL`` deployments keep both tables in
one database). rasa-sdk runs every action on its one event loop, so every other conversation's
action call waited for each record. ``install()`` makes ``ActionExecutor.run`` run the action
with its records queued (``bot.audit.deferring``) and then write them, in order, on one writer
thread while the event loop serves other calls; the call's reply is sent only after its
records are committed, as before, so a reply never announces an assessment the audit trail does
not hold. Records are written even when the action raises. ``POEMS_AUDIT_OFF_LOOP=0`` turns it
off (each record written where the action makes it).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any, List, Optional, Tuple

from bot import audit
from service.rasa_patch import installed_once

ENV_SWITCH = "POEMS_AUDIT_OFF_LOOP"

# one thread: the records are written in the order the calls made them
_WRITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-writes")


@installed_once(__name__, ENV_SWITCH)
def install() -> None:
    from rasa_sdk.executor import ActionExecutor

    original = ActionExecutor.run

    async def run(self: ActionExecutor, action_call: Any) -> Optional[Any]:
        queue: List[Tuple[str, Any, Optional[str]]] = []
        try:
            with audit.deferring(queue):
                return await original(self, action_call)
        finally:
            if queue:
                await asyncio.get_running_loop().run_in_executor(_WRITER, audit.write_queued, queue)

    run.__wrapped__ = original  # type: ignore[attr-defined]
    ActionExecutor.run = run
