"""Run plain job callables off the GUI thread, with progress and cancel.

The job gets a :class:`~timeline_app.services.jobs.JobControl`; it never touches widgets.
The :class:`JobHandle` (a QObject living on the GUI thread, owned by the caller) carries the
signals. Connect to them before :meth:`JobRunner.start` returns control to the event loop:
the runnable only starts emitting after ``start``; queued signals are delivered on the GUI
thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from timeline_app.services.jobs import JobCancelled, JobControl


class JobHandle(QObject):
    """Signals and the cancel switch of one running job."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = JobControl(on_progress=self.progressed.emit)
        self.result: Any = None
        self.error: str | None = None
        self.done = False
        self.succeeded.connect(self._store_result)
        self.failed.connect(self._store_error)

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self.control.cancel()

    def _store_result(self, result: object) -> None:
        self.result = result
        self.done = True
        self.finished.emit()

    def _store_error(self, message: str) -> None:
        self.error = message
        self.done = True
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[JobControl], Any], handle: JobHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.handle.control)
        except JobCancelled:
            self.handle.failed.emit("cancelled")
        except Exception as exc:  # report, never crash the worker thread
            traceback.print_exc()
            self.handle.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.handle.succeeded.emit(result)


class JobRunner(QObject):
    """Starts jobs on a thread pool; one thread by default, so database writes are serialized.

    ``synchronous=True`` runs jobs on the GUI thread at the next event-loop turn (tests that
    do not care about threads); the caller still connects first.
    """

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 1, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.synchronous = synchronous
        self._active: set[JobHandle] = set()

    def start(self, fn: Callable[[JobControl], Any], *, parent: QObject | None = None) -> JobHandle:
        """Start ``fn(control)`` and return its handle (connect to it right away)."""
        handle = JobHandle(parent or self)
        self._active.add(handle)
        handle.finished.connect(lambda: self._active.discard(handle))
        runnable = _Runnable(fn, handle)
        if self.synchronous:
            runnable.setAutoDelete(False)
            QTimer.singleShot(0, handle, runnable.run)
            handle.finished.connect(lambda: runnable)  # keep the runnable alive until it ran
        else:
            self.pool.start(runnable)
        return handle

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every running job and wait for the pool; ``False`` if it did not drain in time."""
        for handle in list(self._active):
            handle.cancel()
        return bool(self.pool.waitForDone(timeout_ms))
