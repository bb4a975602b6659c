"""Run plain job callables off the GUI thread, with progress and cancel: the one writer thread.

The job gets a :class:`~timeline_app.services.jobs.JobControl`; it never touches widgets.
The :class:`JobHandle` (a QObject living on the GUI thread, owned by the caller) carries the
signals. Connect to them before control returns to the event loop (the job is queued at the
next turn of the loop, so nothing it reports can come before); queued signals are delivered on
the GUI thread.

Every job that may write runs on the runner's single writer thread, in the order started;
``urgent`` ones (the ops of :mod:`timeline_app.ui.ops`, a few milliseconds each) go before
the others and also run *between the units* of a long job: whenever that job reports progress
outside a transaction, the writer runs what is urgent first. So an edit made during a long
import is saved at the next article, not after the last one. Read-only jobs (exports) can run
on a separate pool with ``reads_only=True``.
"""

from __future__ import annotations

import threading
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from timeline_app.services.jobs import JobCancelled, JobControl

Job = Callable[[JobControl], Any]


class JobHandle(QObject):
    """Signals and the cancel switch of one running job."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None, interleave: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._interleave = interleave
        self.control = JobControl(on_progress=self._on_progress)
        self.result: Any = None
        self.error: str | None = None
        self.exception: BaseException | None = None
        self.done = False
        self.succeeded.connect(self._store_result)
        self.failed.connect(self._store_error)

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self.control.cancel()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)
        if self._interleave is not None:
            self._interleave()

    def _store_result(self, result: object) -> None:
        self.result = result
        self.done = True
        self.finished.emit()

    def _store_error(self, message: str) -> None:
        self.error = message
        self.done = True
        self.finished.emit()


def run_job(fn: Job, handle: JobHandle) -> None:
    """Run ``fn`` with ``handle``'s control and report through its signals (on whatever thread calls it)."""
    try:
        result = fn(handle.control)
    except JobCancelled:
        handle.failed.emit("cancelled")
    except Exception as exc:  # report, never crash the worker thread
        handle.exception = exc
        traceback.print_exc()
        handle.failed.emit(f"{type(exc).__name__}: {exc}")
    else:
        handle.succeeded.emit(result)


class WriterThread:
    """One thread that runs queued jobs in order, urgent ones first and between a long job's units.

    A plain daemon thread (no QThread to outlive): the handles it reports through live on the
    GUI thread, so their signals arrive there queued.
    """

    def __init__(self) -> None:
        self._urgent: deque[tuple[Job, JobHandle]] = deque()
        self._normal: deque[tuple[Job, JobHandle]] = deque()
        self._wake = threading.Condition()
        self._stopping = False
        self._started = threading.Event()
        self.ident: int | None = None
        self.can_interleave: Callable[[], bool] = lambda: True
        """Whether urgent jobs may run now, inside a long job (not while it holds a transaction)."""
        self._running_urgent = False
        self._thread = threading.Thread(target=self._run, name="archive-writer", daemon=True)
        self._thread.start()
        self._started.wait()

    def put(self, fn: Job, handle: JobHandle, *, urgent: bool) -> None:
        """Queue a job."""
        with self._wake:
            (self._urgent if urgent else self._normal).append((fn, handle))
            self._wake.notify()

    def stop(self) -> None:
        """Finish the jobs queued, then end the thread."""
        with self._wake:
            self._stopping = True
            self._wake.notify()

    def wait(self, timeout_ms: int) -> bool:
        """Wait for the thread to end after :meth:`stop`; ``False`` when it still runs."""
        self._thread.join(timeout_ms / 1000)
        return not self._thread.is_alive()

    def _run(self) -> None:
        self.ident = threading.get_ident()
        self._started.set()
        while True:
            with self._wake:
                while not (self._urgent or self._normal or self._stopping):
                    self._wake.wait()
                if not (self._urgent or self._normal):
                    return
                fn, handle = self._urgent.popleft() if self._urgent else self._normal.popleft()
            run_job(fn, handle)

    def run_urgent(self) -> None:
        """Run the urgent jobs queued now (called on this thread between a long job's units)."""
        if threading.get_ident() != self.ident or self._running_urgent or not self.can_interleave():
            return
        self._running_urgent = True
        try:
            while True:
                with self._wake:
                    if not self._urgent:
                        return
                    fn, handle = self._urgent.popleft()
                run_job(fn, handle)
        finally:
            self._running_urgent = False


class _ReadRunnable(QRunnable):
    def __init__(self, fn: Job, handle: JobHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:
        run_job(self.fn, self.handle)


class JobRunner(QObject):
    """Starts jobs on the one writer thread (or, read-only, on a small pool)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = WriterThread()
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(1)
        self._active: set[JobHandle] = set()
        self._deferred: list[tuple[Job, JobHandle, bool, bool]] = []
        self._closed = False

    @property
    def writer_ident(self) -> int:
        """The writer thread's ``threading.get_ident()`` (bind the archive to it)."""
        assert self.writer.ident is not None
        return self.writer.ident

    def start(self, fn: Job, *, parent: QObject | None = None, urgent: bool = False,
              reads_only: bool = False) -> JobHandle:
        """Start ``fn(control)`` and return its handle (connect to it right away).

        ``urgent`` jobs (short edits) run before queued long ones and between their units;
        ``reads_only`` ones on the read pool, beside the writer.
        """
        if self._closed:
            raise RuntimeError("the job runner has shut down")
        handle = JobHandle(parent or self, interleave=None if reads_only or urgent else self.writer.run_urgent)
        self._active.add(handle)
        handle.finished.connect(lambda: self._active.discard(handle))
        # Queued at the next event-loop turn, so the caller's connections are made before the
        # job can report anything (a signal emitted before its connection would be lost).
        self._deferred.append((fn, handle, urgent, reads_only))
        QTimer.singleShot(0, self, self._queue_deferred)
        return handle

    def _queue_deferred(self) -> None:
        while self._deferred:
            fn, handle, urgent, reads_only = self._deferred.pop(0)
            if reads_only:
                self.readers.start(_ReadRunnable(fn, handle))
            else:
                self.writer.put(fn, handle, urgent=urgent)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every running job and wait for the threads; ``False`` if they did not end in time."""
        for handle in list(self._active):
            handle.cancel()
        self._queue_deferred()  # started just before: still run (an edit is saved, a cancelled job stops)
        if not self._closed:
            self._closed = True
            self.writer.stop()
        drained = bool(self.readers.waitForDone(timeout_ms))
        return bool(self.writer.wait(timeout_ms)) and drained
