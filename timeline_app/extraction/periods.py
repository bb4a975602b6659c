"""Calendar arithmetic on TIMEX3 values: from a value string to a :class:`DateSpan` and back."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.domain.dates import DateSpan, Precision

_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
_DAYPART_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 23), "NI": (21, 30), "DT": (8, 18)}

_VALUE = re.compile(
    r"^(?:(?P<c>\d\d)|(?P<de>\d{3})|(?P<y>\d{4})"
    r"(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?)"
    r"(?:T(?:(?P<hh>\d\d):(?P<mm>\d\d)Z?|(?P<dp>MO|AF|EV|NI|DT)))?$"
)


def iso_week_value(day: dt.date) -> str:
    """``2025-W09`` for a day in ISO week 9 of 2025."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def quarter_of(day: dt.date) -> int:
    """The quarter (1..4) of a day."""
    return (day.month - 1) // 3 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31 February, year 0...)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dt(year: int, month: int = 1, day: int = 1) -> dt.datetime:
    return dt.datetime(year, month, day)


def _months_span(year: int, first: int, last_excl: int) -> tuple[dt.datetime, dt.datetime]:
    sy, sm = add_months(year, first, 0)
    ey, em = add_months(year, last_excl, 0)
    return _dt(sy, sm), _dt(ey, em)


def span_for_value(value: str, *, approximate: bool = False) -> DateSpan:
    """The interval a TIMEX3 date/time value denotes; unresolved when it has no position."""
    m = _VALUE.match(value)
    if m is None:
        return DateSpan.unresolved(value, _precision_of_unresolved(value), approximate=approximate)
    try:
        return _span_from_match(m, value, approximate)
    except (ValueError, OverflowError):
        return DateSpan.unresolved(value, approximate=approximate)


def _span_from_match(m: re.Match[str], value: str, approximate: bool) -> DateSpan:
    g = m.groupdict()
    if g["c"] is not None:
        return DateSpan.century(int(g["c"]) + 1, approximate=approximate)
    if g["de"] is not None:
        return DateSpan.decade(int(g["de"]) * 10, approximate=approximate)
    year = int(g["y"])
    start: dt.datetime
    end: dt.datetime
    precision: Precision
    if g["d"] is not None:
        start = _dt(year, int(g["m"]), int(g["d"]))
        end, precision = start + dt.timedelta(days=1), Precision.DAY
    elif g["m"] is not None:
        start, end = _months_span(year, int(g["m"]), int(g["m"]) + 1)
        precision = Precision.MONTH
    elif g["w"] is not None:
        start = dt.datetime.combine(dt.date.fromisocalendar(year, int(g["w"]), 1), dt.time())
        end, precision = start + dt.timedelta(days=7), Precision.WEEK
        if g["we"]:
            start = start + dt.timedelta(days=5)
            precision = Precision.DAY
    elif g["q"] is not None:
        q = int(g["q"])
        start, end = _months_span(year, 3 * q - 2, 3 * q + 1)
        precision = Precision.QUARTER
    elif g["h"] is not None:
        h = int(g["h"])
        start, end = _months_span(year, 6 * h - 5, 6 * h + 1)
        precision = Precision.HALF_YEAR
    elif g["s"] is not None:
        first, last = _SEASON_MONTHS[g["s"]]
        start, end = _months_span(year, first, last)
        precision, approximate = Precision.SEASON, True
    else:
        start, end, precision = _dt(year), _dt(year + 1), Precision.YEAR
    if g["hh"] is not None:
        start = start.replace(hour=int(g["hh"]) % 24, minute=int(g["mm"]))
        if int(g["hh"]) == 24:
            start += dt.timedelta(days=1)
        end, precision = start + dt.timedelta(minutes=1), Precision.MINUTE
    elif g["dp"] is not None:
        lo, hi = _DAYPART_HOURS[g["dp"]]
        start, end = start + dt.timedelta(hours=lo), start + dt.timedelta(hours=hi)
        precision, approximate = Precision.HOUR, True
    return DateSpan(start, end, precision, value, approximate)


def _precision_of_unresolved(value: str) -> Precision:
    if value.endswith("_REF"):
        return Precision.UNKNOWN
    if "T" in value:
        return Precision.MINUTE if ":" in value else Precision.HOUR
    if "-W" in value:
        return Precision.DAY if value.count("-") >= 2 else Precision.WEEK
    dashes = value.count("-")
    return {0: Precision.YEAR, 1: Precision.MONTH, 2: Precision.DAY}.get(dashes, Precision.UNKNOWN)


def narrow(span: DateSpan, part: str) -> DateSpan:
    """The begin (B), middle (M) or end (E) third of a span, marked approximate."""
    if span.start is None or span.end is None or part not in ("B", "M", "E"):
        return span.with_approximate()
    third = (span.end - span.start) / 3
    offset = {"B": 0, "M": 1, "E": 2}[part]
    start = span.start + third * offset
    end = start + third
    return DateSpan(start, end, span.precision, span.value, True, span.qualifier)
