"""Worker processes that read files and extract their events for an import.

- Results come back in input order, while up to a window of files is in flight.
- A cancel is noticed within :data:`POLL_SECONDS` even while a worker is busy with a huge file:
  the workers are killed and nothing more is read.
- A file that takes longer than :data:`FILE_BUDGET_SECONDS` to analyse is given up on (its
  worker is killed) and read again without extraction, so it is imported without events and
  the reason says so; the pool starts again for the files after it.
- A worker that dies (a reader crashing on one file, the system killing it) fails that file
  only.
- Workers warm the date grammars when they start and watch the process that started them:
  when it is gone (killed, crashed) they exit instead of lingering.
"""

from __future__ import annotations

import datetime as _dt
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline_app.ingest import IngestError
from timeline_app.services.jobs import JobControl

if TYPE_CHECKING:
    from timeline_app.services.importing import PreparedArticle

log = logging.getLogger(__name__)

FILE_BUDGET_SECONDS = 60.0
# Starting a pool's workers does not count against the first file's budget.
STARTUP_GRACE_SECONDS = 30.0
# Reading a file again without extraction, in a fresh worker.
READ_BUDGET_SECONDS = 60.0
# Imported once by the fork server, so that each worker it forks starts with them loaded.
PRELOAD = ["timeline_app.services.importing", "timeline_app.extraction.events"]
POLL_SECONDS = 0.1
WORKER_NICENESS = 5
WATCHDOG_SECONDS = 0.5

Prepare = Callable[..., "PreparedArticle"]
Item = Path | IngestError


def worker_start(parent_pid: int, languages: list[str] | None) -> None:
    """Initializer of each worker: warm the grammars, and exit when ``parent_pid`` is gone."""

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_SECONDS)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid now belongs to another user's process
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()
    if hasattr(os, "nice"):
        # Below the importing process: when the cores are all busy, the desktop app's event loop
        # and the writer (which the workers wait for anyway) get the CPU first.
        os.nice(WORKER_NICENESS)
    from timeline_app.extraction import warm_up

    warm_up(languages)


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def _new_pool(workers: int, context: Any, language: str | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=worker_start,
        initargs=(os.getpid(), [language] if language else None),
    )


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: queued work is dropped and busy workers are killed."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=2)


def _name(item: Item) -> str:
    return str(item.path if isinstance(item, IngestError) else item)


def prepared_in_pool(
    inputs: Sequence[Item],
    language: str | None,
    published: _dt.date | None,
    extract: bool,
    control: JobControl,
    workers: int,
    prepare: Prepare,
    *,
    window: int,
    budget: float | None = None,
) -> Iterator[PreparedArticle]:
    """Prepared articles in input order from worker processes (see the module notes);
    ``budget`` defaults to :data:`FILE_BUDGET_SECONDS`."""
    budget = FILE_BUDGET_SECONDS if budget is None else budget
    context = _context()
    index = 0
    while index < len(inputs):
        pending: deque[Future[PreparedArticle]] = deque()
        submitted = first = index
        pool = _new_pool(workers, context, language)
        restart = False
        try:
            while index < len(inputs) and not restart:
                while submitted < len(inputs) and len(pending) < window and not control.cancelled:
                    pending.append(pool.submit(prepare, inputs[submitted], language, published, extract))
                    submitted += 1
                item = inputs[index]
                if control.cancelled:
                    return
                outcome = _wait(pending[0], control, budget + (STARTUP_GRACE_SECONDS if index == first else 0.0))
                if outcome == "cancelled":
                    return
                pending.popleft()
                index += 1
                if outcome == "slow":
                    restart = True
                    yield _without_events(item, language, published, context, prepare, budget)
                elif outcome == "broken":
                    # Some worker died; it may have been reading another file. Read this one
                    # alone to know, then go on with a fresh pool.
                    restart = True
                    yield _alone(item, language, published, extract, context, prepare, max(budget, READ_BUDGET_SECONDS))
                else:
                    yield outcome
        finally:
            _kill(pool)


def _wait(future: Future[PreparedArticle], control: JobControl, budget: float) -> Any:
    """The future's result, or "cancelled", "slow" (over budget) or "broken" (a worker died)."""
    deadline = time.monotonic() + budget
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except FutureTimeout:
            if control.cancelled:
                return "cancelled"
            if time.monotonic() >= deadline:
                return "slow"
        except BrokenProcessPool:
            return "broken"


def _alone(
    item: Item,
    language: str | None,
    published: _dt.date | None,
    extract: bool,
    context: Any,
    prepare: Prepare,
    budget: float,
) -> PreparedArticle:
    from timeline_app.services.importing import PreparedArticle

    solo = _new_pool(1, context, language)
    try:
        return solo.submit(prepare, item, language, published, extract).result(timeout=budget)
    except BrokenProcessPool:
        log.error("the reader process died on %s", _name(item))
        return PreparedArticle(_name(item), reason="the reader crashed on this file (it may be corrupt)")
    except FutureTimeout:
        return PreparedArticle(_name(item), reason=f"took longer than {budget:.0f} s to read; not imported")
    finally:
        _kill(solo)


def _without_events(
    item: Item,
    language: str | None,
    published: _dt.date | None,
    context: Any,
    prepare: Prepare,
    budget: float,
) -> PreparedArticle:
    """Read a file whose analysis ran over budget again, without extracting its events."""
    log.warning("analysing %s took longer than %.0f s; importing it without events", _name(item), budget)
    prepared = _alone(item, language, published, False, context, prepare, READ_BUDGET_SECONDS)
    if prepared.draft is None:
        return prepared
    note = f"took longer than {budget:.0f} s to analyse; imported without events"
    return replace(prepared, warnings=(*prepared.warnings, note))
