"""Turn a rule match into a TIMEX3 type, value and span, anchored on the reference date."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.domain.dates import Precision
from timeline_app.extraction.resolve_base import Resolved
from timeline_app.extraction.resolve_periods import PeriodRules
from timeline_app.extraction.resolve_rel import RelativeRules

__all__ = ["Resolved", "Resolver"]

_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")


class Resolver(PeriodRules, RelativeRules):
    """Resolves the matches of one text in order, remembering the last day it saw."""

    def _handler(self, kind: str) -> Callable[[dict[str, str]], Resolved | None]:
        handlers: dict[str, Callable[[dict[str, str]], Resolved | None]] = {
            "date": self._date, "year": self._year, "weekday": self._weekday, "relday": self._relday,
            "relunit": self._relunit, "ago": self._ago, "anaphor": self._anaphor, "duration": self._duration,
            "set": self._set, "time": self._time, "decade": self._decade, "century": self._century,
            "season": self._season, "quarter": self._quarter, "half": self._half, "vague": self._vague,
            "daypart": self._daypart,
        }
        return handlers[kind]

    def resolve(self, kind: str, groups: dict[str, str], start: int, end: int) -> Resolved | None:
        """The meaning of the match ``text[start:end]`` of rule ``kind``; None to reject it."""
        self._start, self._end = start, end
        found = self._handler(kind)(groups)
        if found is not None and found.span is not None and found.span.start is not None:
            if found.span.precision <= Precision.DAY:
                self.last_day = found.span.start.date()
                self.last_day_end = end
            self.last_value = found.value
            if found.value[:4].isdigit() and found.type == "DATE":
                self.last_year = int(found.value[:4])
            if _QUARTER_VALUE.fullmatch(found.value) and kind in ("quarter", "relunit", "anaphor") and (
                "year" not in self.text[start:end].lower()
            ):
                self.last_quarter, self.last_quarter_end = found.value, end
        return found
