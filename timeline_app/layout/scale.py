"""Time as a number: days since 1 January of year 1, and a linear scale from days to pixels.

Every position on the canvas and in exports is ``x = (days - origin) * px_per_day``. Days are
floats (hours are fractions), which covers any span from an hour to millennia without
calendar arithmetic in the hot paths.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass

SECONDS_PER_DAY = 86_400.0
MIN_DAYS = 1.0  # 0001-01-01
MAX_DAYS = float(_dt.date(9999, 12, 31).toordinal())


def to_days(moment: _dt.datetime | _dt.date) -> float:
    """``moment`` as days since 0001-01-01 (the proleptic Gregorian ordinal, with a fraction)."""
    if isinstance(moment, _dt.datetime):
        seconds = moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6
        return moment.toordinal() + seconds / SECONDS_PER_DAY
    return float(moment.toordinal())


def from_days(days: float) -> _dt.datetime:
    """The naive datetime ``days`` stands for (clamped to years 1..9999)."""
    days = min(max(days, MIN_DAYS), MAX_DAYS)
    whole = math.floor(days)
    base = _dt.datetime.fromordinal(int(whole))
    return base + _dt.timedelta(seconds=round((days - whole) * SECONDS_PER_DAY))


@dataclass(frozen=True, slots=True)
class TimeScale:
    """A linear map from days to pixels: ``x = (days - origin) * px_per_day``."""

    origin: float
    px_per_day: float

    def x(self, days: float) -> float:
        """The pixel position of ``days``."""
        return (days - self.origin) * self.px_per_day

    def days(self, x: float) -> float:
        """The days at pixel position ``x``."""
        return self.origin + x / self.px_per_day

    def x_of(self, moment: _dt.datetime | _dt.date) -> float:
        """The pixel position of a date or datetime."""
        return self.x(to_days(moment))

    def zoomed(self, factor: float, *, anchor_days: float | None = None) -> TimeScale:
        """The scale ``factor`` times as detailed, keeping ``anchor_days`` at its pixel position."""
        ppd = self.px_per_day * factor
        if anchor_days is None:
            return TimeScale(self.origin, ppd)
        # x stays: (a - o) * p == (a - o') * p'
        anchor_x = self.x(anchor_days)
        return TimeScale(anchor_days - anchor_x / ppd, ppd)


def fit_scale(start: float, end: float, width: float, *, margin: float = 0.04) -> TimeScale:
    """A scale showing ``[start, end]`` (days) in ``width`` pixels with a small margin on both sides."""
    span = max(end - start, 1 / 24)
    padded = span * (1 + 2 * margin)
    ppd = max(width, 1.0) / padded
    return TimeScale(start - span * margin, ppd)
