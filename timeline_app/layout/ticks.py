"""Tick levels for the time axis: a finer row of ticks and a row of headings above it.

The finest unit whose labels still fit at the current zoom becomes the tick row (days, months,
years...); the next coarser calendar unit becomes the heading row (the month above its days,
the year above its months). Text measurement is injected, so widths come from the real font in
the canvas and from a fake in tests.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.layout import labels
from timeline_app.layout.scale import MAX_DAYS, MIN_DAYS, from_days, to_days

Measure = Callable[[str], float]
"""Width in pixels of a text in the axis font."""


class TickLevel(enum.IntEnum):
    """Calendar units the axis can tick at, fine to coarse."""

    HOUR = 0
    DAY = 1
    WEEK = 2
    MONTH = 3
    QUARTER = 4
    YEAR = 5
    DECADE = 6
    CENTURY = 7
    MILLENNIUM = 8


@dataclass(frozen=True, slots=True)
class TickUnit:
    """A tick level with a step (every 6 hours, every 5 years...)."""

    level: TickLevel
    step: int = 1

    @property
    def approx_days(self) -> float:
        """The typical length of one step in days."""
        return _LEVEL_DAYS[self.level] * self.step


_LEVEL_DAYS = {
    TickLevel.HOUR: 1 / 24,
    TickLevel.DAY: 1.0,
    TickLevel.WEEK: 7.0,
    TickLevel.MONTH: 30.436875,
    TickLevel.QUARTER: 91.310625,
    TickLevel.YEAR: 365.2425,
    TickLevel.DECADE: 3652.425,
    TickLevel.CENTURY: 36524.25,
    TickLevel.MILLENNIUM: 365242.5,
}

UNITS: tuple[TickUnit, ...] = (
    TickUnit(TickLevel.HOUR, 1),
    TickUnit(TickLevel.HOUR, 3),
    TickUnit(TickLevel.HOUR, 6),
    TickUnit(TickLevel.HOUR, 12),
    TickUnit(TickLevel.DAY),
    TickUnit(TickLevel.WEEK),
    TickUnit(TickLevel.MONTH),
    TickUnit(TickLevel.QUARTER),
    TickUnit(TickLevel.YEAR, 1),
    TickUnit(TickLevel.YEAR, 2),
    TickUnit(TickLevel.YEAR, 5),
    TickUnit(TickLevel.DECADE, 1),
    TickUnit(TickLevel.DECADE, 2),
    TickUnit(TickLevel.DECADE, 5),
    TickUnit(TickLevel.CENTURY, 1),
    TickUnit(TickLevel.CENTURY, 2),
    TickUnit(TickLevel.CENTURY, 5),
    TickUnit(TickLevel.MILLENNIUM, 1),
)

_HEADING = {
    TickLevel.HOUR: TickUnit(TickLevel.DAY),
    TickLevel.DAY: TickUnit(TickLevel.MONTH),
    TickLevel.WEEK: TickUnit(TickLevel.MONTH),
    TickLevel.MONTH: TickUnit(TickLevel.YEAR),
    TickLevel.QUARTER: TickUnit(TickLevel.YEAR),
    TickLevel.YEAR: TickUnit(TickLevel.DECADE),
    TickLevel.DECADE: TickUnit(TickLevel.CENTURY),
    TickLevel.CENTURY: TickUnit(TickLevel.MILLENNIUM),
    TickLevel.MILLENNIUM: TickUnit(TickLevel.MILLENNIUM),
}

# Moments whose labels are the widest of their kind in most languages.
_SAMPLES = tuple(_dt.datetime(1998, month, 28, 23) for month in (2, 7, 9, 11, 12))
TICK_GAP = 14.0


@dataclass(frozen=True, slots=True)
class Tick:
    """One tick: its position in days and its label."""

    days: float
    label: str


def heading_unit(unit: TickUnit) -> TickUnit:
    """The unit of the heading row above ticks of ``unit``."""
    return _HEADING[unit.level]


def tick_label(unit: TickUnit, moment: _dt.datetime, language: str, *, heading: bool = False) -> str:
    """The label of a tick of ``unit`` at ``moment``; headings carry more context ("december 2022")."""
    level = unit.level
    if level is TickLevel.HOUR:
        return labels.hour_label(moment, language)
    if level is TickLevel.DAY:
        return labels.full_day_label(moment, language) if heading else labels.day_label(moment, language)
    if level is TickLevel.WEEK:
        return labels.week_label(moment, language)
    if level is TickLevel.MONTH:
        return labels.month_label(moment, language, with_year=heading)
    if level is TickLevel.QUARTER:
        return labels.quarter_label(moment, language)
    if level is TickLevel.YEAR:
        return labels.year_label(moment, language)
    if level is TickLevel.DECADE:
        return labels.decade_label(moment, language) if heading else labels.year_label(moment, language)
    if level is TickLevel.CENTURY:
        return labels.century_label(moment, language) if heading else labels.year_label(moment, language)
    return labels.millennium_label(moment, language) if heading else labels.year_label(moment, language)


def choose_unit(px_per_day: float, measure: Measure, language: str) -> TickUnit:
    """The finest unit whose tick labels fit next to each other at ``px_per_day``."""
    for unit in UNITS:
        spacing = unit.approx_days * px_per_day
        widest = max(measure(tick_label(unit, sample, language)) for sample in _SAMPLES)
        if spacing >= widest + TICK_GAP:
            return unit
    return UNITS[-1]


def tick_days(unit: TickUnit, start: float, end: float) -> list[float]:
    """Boundaries of ``unit`` from the last one at or before ``start`` through ``end`` (days)."""
    start = max(start, MIN_DAYS)
    end = min(end, MAX_DAYS)
    if end < start:
        return []
    level, step = unit.level, unit.step
    if level is TickLevel.HOUR:
        first = math.floor(start * 24 / step) * step
        count = int((end * 24 - first) // step) + 1
        return [(first + i * step) / 24 for i in range(count)]
    if level is TickLevel.DAY:
        return [float(d) for d in range(math.floor(start), math.floor(end) + 1)]
    if level is TickLevel.WEEK:  # ISO weeks start on Monday; 0001-01-01 (ordinal 1) was a Monday
        first = math.floor((start - 1) / 7) * 7 + 1
        return [float(d) for d in range(first, math.floor(end) + 1, 7)]
    first_moment, last_moment = from_days(start), from_days(end)
    if level in (TickLevel.MONTH, TickLevel.QUARTER):
        months = 3 if level is TickLevel.QUARTER else step
        index = (first_moment.year * 12 + first_moment.month - 1) // months * months
        last = last_moment.year * 12 + last_moment.month - 1
        return [to_days(_dt.date(i // 12, i % 12 + 1, 1)) for i in range(index, last + 1, months) if i // 12 >= 1]
    years = {TickLevel.YEAR: 1, TickLevel.DECADE: 10, TickLevel.CENTURY: 100, TickLevel.MILLENNIUM: 1000}[level] * step
    first_year = first_moment.year // years * years
    return [to_days(_dt.date(max(y, 1), 1, 1)) for y in range(first_year, last_moment.year + 1, years) if y <= 9999]


def ticks(unit: TickUnit, start: float, end: float, language: str, *, heading: bool = False) -> list[Tick]:
    """Labelled ticks of ``unit`` covering ``[start, end]`` (the first one may lie before ``start``)."""
    return [
        Tick(days, tick_label(unit, from_days(days), language, heading=heading))
        for days in tick_days(unit, start, end)
    ]


@dataclass(frozen=True, slots=True)
class Axis:
    """The two rows of an axis for a visible range: ticks and the headings above them."""

    unit: TickUnit
    heading: TickUnit
    ticks: tuple[Tick, ...]
    headings: tuple[Tick, ...]


def axis_for(start: float, end: float, px_per_day: float, measure: Measure, language: str) -> Axis:
    """The axis for the visible range ``[start, end]`` at ``px_per_day``."""
    unit = choose_unit(px_per_day, measure, language)
    heading = heading_unit(unit)
    return Axis(
        unit,
        heading,
        tuple(ticks(unit, start, end, language)),
        tuple(ticks(heading, start, end, language, heading=True)),
    )
