"""Progress and cancellation for long jobs, without any GUI dependency.

A job is a plain callable that receives a :class:`JobControl`. It reports progress through it
and checks :attr:`JobControl.cancelled` between units of work. The GUI wraps the control's
callback in a signal; the CLI draws a progress bar; tests pass a plain control.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]


class JobCancelled(Exception):
    """Raised by :meth:`JobControl.check` when the user asked to stop."""


class JobControl:
    """A progress sink and a cancel flag shared between a job and whoever runs it."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        """Ask the job to stop at its next check (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`JobCancelled` when cancelled."""
        if self._cancel.is_set():
            raise JobCancelled

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report that ``done`` of ``total`` units are finished, now working on ``message``."""
        if self._on_progress is not None:
            self._on_progress(done, total, message)
