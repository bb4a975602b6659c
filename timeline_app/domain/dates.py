"""The date model: a span of time with its precision and uncertainty kept.

A :class:`DateSpan` is a half-open interval ``[start, end)`` of naive datetimes
(local newsroom time) plus what the text said about it: how precise it was
(``2014`` is a year, not 25 February 2014), whether it was approximate
("onlangs", "begin jaren negentig"), a qualifier (before / after / since /
until / between) and the TIMEX3 value string so output interoperates with
TimeML tools.

An expression that could not be resolved (a relative date without a reference
date) has ``start`` and ``end`` set to ``None`` and keeps its unresolved value
(for example ``XXXX-XX-XX`` or ``PAST_REF``).
"""

from __future__ import annotations

import datetime as _dt
import enum
from dataclasses import dataclass, replace


class Precision(enum.IntEnum):
    """How finely a date is known; higher values are coarser."""

    MINUTE = 0
    HOUR = 1
    DAY = 2
    WEEK = 3
    MONTH = 4
    SEASON = 5
    QUARTER = 6
    HALF_YEAR = 7
    YEAR = 8
    DECADE = 9
    CENTURY = 10
    UNKNOWN = 11


class Qualifier(enum.Enum):
    """How the event relates to the span ("voor 2014", "sinds 2014", ...)."""

    BEFORE = "before"
    AFTER = "after"
    SINCE = "since"
    UNTIL = "until"
    BETWEEN = "between"


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A resolved (or unresolved) period of time as a text expressed it."""

    start: _dt.datetime | None
    end: _dt.datetime | None
    precision: Precision
    value: str
    approximate: bool = False
    qualifier: Qualifier | None = None

    def __post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise ValueError("DateSpan needs both start and end, or neither")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"DateSpan end {self.end} is before start {self.start}")

    # -- constructors -------------------------------------------------------

    @classmethod
    def day(cls, date: _dt.date, *, approximate: bool = False) -> DateSpan:
        """The whole calendar day ``date``."""
        start = _dt.datetime(date.year, date.month, date.day)
        return cls(start, start + _dt.timedelta(days=1), Precision.DAY, date.isoformat(), approximate)

    @classmethod
    def month(cls, year: int, month: int, *, approximate: bool = False) -> DateSpan:
        """The whole month ``year-month``."""
        start = _dt.datetime(year, month, 1)
        end = _dt.datetime(year + (month == 12), month % 12 + 1, 1)
        return cls(start, end, Precision.MONTH, f"{year:04d}-{month:02d}", approximate)

    @classmethod
    def year(cls, year: int, *, approximate: bool = False) -> DateSpan:
        """The whole year ``year``."""
        return cls(
            _dt.datetime(year, 1, 1), _dt.datetime(year + 1, 1, 1), Precision.YEAR, f"{year:04d}", approximate
        )

    @classmethod
    def decade(cls, first_year: int, *, approximate: bool = False) -> DateSpan:
        """The decade starting at ``first_year`` (1990 -> the 1990s, value ``199``)."""
        first_year -= first_year % 10
        return cls(
            _dt.datetime(first_year, 1, 1),
            _dt.datetime(first_year + 10, 1, 1),
            Precision.DECADE,
            f"{first_year // 10:03d}",
            approximate,
        )

    @classmethod
    def century(cls, number: int, *, approximate: bool = False) -> DateSpan:
        """The ordinal century ``number`` as newsrooms and TIMEX3 read it: 20 -> 1900-1999, value ``19``."""
        first = (number - 1) * 100
        return cls(
            _dt.datetime(max(first, 1), 1, 1),
            _dt.datetime(first + 100, 1, 1),
            Precision.CENTURY,
            f"{number - 1:02d}",
            approximate,
        )

    @classmethod
    def unresolved(cls, value: str, precision: Precision = Precision.UNKNOWN, *, approximate: bool = False) -> DateSpan:
        """A span whose position in time is unknown (no reference date, PAST_REF...)."""
        return cls(None, None, precision, value, approximate)

    # -- queries ------------------------------------------------------------

    @property
    def is_resolved(self) -> bool:
        """True when the span has a position on the time axis."""
        return self.start is not None

    @property
    def first_day(self) -> _dt.date | None:
        """The first calendar day the span touches."""
        return self.start.date() if self.start is not None else None

    @property
    def last_day(self) -> _dt.date | None:
        """The last calendar day the span touches (inclusive)."""
        if self.end is None or self.start is None:
            return None
        last = self.end - _dt.timedelta(microseconds=1)
        return max(last, self.start).date()

    def overlaps(self, other: DateSpan) -> bool:
        """True when both spans are resolved and share some time."""
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return False
        if self.start == self.end or other.start == other.end:
            return self.start <= other.end and other.start <= self.end
        return self.start < other.end and other.start < self.end

    def with_approximate(self, approximate: bool = True) -> DateSpan:
        """A copy marked (or unmarked) approximate."""
        return replace(self, approximate=approximate)

    def with_qualifier(self, qualifier: Qualifier | None) -> DateSpan:
        """A copy with another qualifier."""
        return replace(self, qualifier=qualifier)
