"""Small value builders shared by the resolvers: numbers, durations, relative shifts."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.extraction.lexicon import (
    CENTURY,
    DAY,
    DECADE,
    FORTNIGHT,
    HALF,
    HOUR,
    MINUTE,
    MONTH,
    QUARTER,
    SECOND,
    WEEK,
    WEEKEND,
    YEAR,
)
from timeline_app.extraction.periods import add_months, iso_week_value, quarter_of

_SPACES = re.compile(r"\s+")


def key(word: str) -> str:
    """Normalise a matched word for a lexicon lookup."""
    return _SPACES.sub(" ", word.strip().lower()).rstrip(".").replace("’", "'")


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration (``P3Y``, ``PT48H``, ``PXM`` for an unknown amount)."""
    if amount is None:
        letter = {YEAR: "Y", MONTH: "M", WEEK: "W", DAY: "D", HOUR: "H", MINUTE: "M", SECOND: "S",
                  DECADE: "Y", CENTURY: "C", QUARTER: "M", HALF: "M", WEEKEND: "D", FORTNIGHT: "W"}[unit]
        return ("PTX" if unit in (HOUR, MINUTE, SECOND) else "PX") + letter
    whole = int(amount)
    fraction = amount - whole
    if fraction and (abs(fraction - 0.5) > 1e-6 or unit in (DECADE, CENTURY)):
        return _decimal_duration(amount, unit)  # "30,4 secondes", "un quart de siècle", "anderthalb Jahrhunderte"
    half = amount - whole >= 0.25
    if unit == YEAR:
        if half:
            return f"P{whole * 12 + 6}M" if whole <= 1 else f"P{whole}Y6M"
        return f"P{whole}Y"
    if unit == MONTH:
        return f"P{whole}M15D" if half and whole else ("P15D" if half else f"P{whole}M")
    if unit == HOUR:
        return f"PT{whole}H30M" if half and whole else ("PT30M" if half else f"PT{whole}H")
    if unit == MINUTE and half:
        return f"PT{whole}M30S" if whole else "PT30S"
    if unit == DAY and half:
        return f"PT{whole * 24 + 12}H"
    simple = {WEEK: ("P", "W", 1), DAY: ("P", "D", 1), MINUTE: ("PT", "M", 1), SECOND: ("PT", "S", 1),
              DECADE: ("P", "Y", 10), CENTURY: ("P", "Y", 100), QUARTER: ("P", "M", 3), HALF: ("P", "M", 6),
              WEEKEND: ("P", "D", 2), FORTNIGHT: ("P", "W", 2)}
    prefix, letter, factor = simple[unit]
    return f"{prefix}{whole * factor}{letter}"


def _decimal_duration(amount: float, unit: str) -> str:
    prefix, letter, factor = {YEAR: ("P", "Y", 1), MONTH: ("P", "M", 1), WEEK: ("P", "W", 1), DAY: ("P", "D", 1),
                              HOUR: ("PT", "H", 1), MINUTE: ("PT", "M", 1), SECOND: ("PT", "S", 1),
                              DECADE: ("P", "Y", 10), CENTURY: ("P", "Y", 100), QUARTER: ("P", "M", 3),
                              HALF: ("P", "M", 6), WEEKEND: ("P", "D", 2), FORTNIGHT: ("P", "W", 2)}[unit]
    return f"{prefix}{round(amount * factor, 3):g}{letter}"


def shifted_value(ref: dt.date, unit: str, delta: int) -> str | None:
    """The value of the ``unit`` that lies ``delta`` units from ``ref`` (granularity = unit)."""
    if unit == YEAR:
        return f"{ref.year + delta:04d}"
    if unit == MONTH:
        y, m = add_months(ref.year, ref.month, delta)
        return f"{y:04d}-{m:02d}"
    if unit in (WEEK, FORTNIGHT):
        return iso_week_value(ref + dt.timedelta(weeks=delta * (2 if unit == FORTNIGHT else 1)))
    if unit in (DAY, HOUR, MINUTE, SECOND):
        if unit == HOUR:
            return (dt.datetime.combine(ref, dt.time(12)) + dt.timedelta(hours=delta)).date().isoformat()
        if unit != DAY:
            return ref.isoformat()
        return (ref + dt.timedelta(days=delta)).isoformat()
    if unit == QUARTER:
        y, m = add_months(ref.year, (quarter_of(ref) - 1) * 3 + 1, 3 * delta)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == HALF:
        y, m = add_months(ref.year, 1 if ref.month <= 6 else 7, 6 * delta)
        return f"{y:04d}-H{1 if m <= 6 else 2}"
    if unit == DECADE:
        return f"{(ref.year // 10 + delta):03d}"
    if unit == CENTURY:
        return f"{(ref.year // 100 + delta):02d}"
    if unit == WEEKEND:
        saturday = ref + dt.timedelta(days=5 - ref.weekday())
        if delta < 0 and ref.weekday() < 5:
            saturday -= dt.timedelta(days=7)
        elif delta > 0 and ref.weekday() >= 5:
            saturday += dt.timedelta(days=7)
        return iso_week_value(saturday) + "-WE"
    return None


def unresolved_value(unit: str) -> str:
    """A relative value without a reference date (``XXXX-XX`` for a month...)."""
    return {YEAR: "XXXX", MONTH: "XXXX-XX", WEEK: "XXXX-WXX", QUARTER: "XXXX-QX", HALF: "XXXX-HX",
            DECADE: "XXX", CENTURY: "XX", WEEKEND: "XXXX-WXX-WE"}.get(unit, "XXXX-XX-XX")


def roman_to_int(text: str) -> int | None:
    """Value of a Roman numeral up to 39 (``XIX`` -> 19)."""
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    prev = 0
    for ch in reversed(text.upper()):
        v = values.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None
