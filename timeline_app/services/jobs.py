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


class RateEstimate:
    """Units per second and the time left of a job, from its progress reports.

    The rate is measured over a sliding window of recent reports (about the last
    ``window_seconds``), so it follows the job's current pace rather than its start-up.
    ``clock`` is injectable for tests.
    """

    def __init__(self, *, window_seconds: float = 10.0, clock: Callable[[], float] | None = None) -> None:
        import time

        self._clock = clock or time.monotonic
        self._window = window_seconds
        self._samples: list[tuple[float, int]] = []

    def update(self, done: int) -> None:
        """Record that ``done`` units are finished now."""
        now = self._clock()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[1][0] >= self._window:
            self._samples.pop(0)

    @property
    def rate(self) -> float | None:
        """Units per second lately, or ``None`` before there is enough to tell."""
        if len(self._samples) < 2:
            return None
        (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
        if t1 - t0 < 0.5 or d1 <= d0:
            return None
        return (d1 - d0) / (t1 - t0)

    def seconds_left(self, total: int) -> float | None:
        """Estimated seconds until ``total`` units are done, or ``None`` when unknown."""
        rate = self.rate
        if rate is None or not self._samples:
            return None
        return max(0.0, (total - self._samples[-1][1]) / rate)


def describe_time_left(seconds: float | None) -> str:
    """"about 3 min left", "less than a minute left" (empty when unknown)."""
    if seconds is None:
        return ""
    if seconds < 60:
        return "less than a minute left"
    minutes = round(seconds / 60)
    if minutes < 90:
        return f"about {minutes} min left"
    return f"about {minutes / 60:.1f} h left"
