"""Rules for clock times and parts of the day, anchored on the day they refer to."""

from __future__ import annotations

import datetime as dt

from timeline_app.extraction.resolve_base import Resolved
from timeline_app.extraction.resolve_units import UnitRules
from timeline_app.extraction.values import key

_ANCHOR_REACH = 400  # characters over which a clock time still belongs to the last day mentioned
_DAYPART_REACH = 1000  # ... and "dans la nuit", "am Abend", which refer back to a day by nature


class TimeRules(UnitRules):
    """Clock times ("14.30 Uhr", "9 a.m. Tuesday"), noon and midnight, parts of the day."""

    def _time(self, g: dict[str, str]) -> Resolved | None:
        day = self._time_day(g)
        if "x_noon" in g:
            daypart = self.lex.dayparts.get(key(g["x_noon"]))
            if daypart is None:
                return None
            if ":" in daypart:
                return self._clock(day, daypart)
            return self._day_result(day, daypart)
        if "hour" not in g:
            return None
        hour = int(g["hour"])
        minute = int(g["min"]) if "min" in g else 0
        ampm = key(g.get("x_ampm", "")).replace(".", "").replace(" ", "")
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        daypart = self.lex.dayparts.get(key(g["dpart"])) if "dpart" in g else None
        if daypart in ("AF", "EV") and hour < 12:
            hour += 12
        if hour > 24 or (hour == 24 and minute):
            return None
        zone = "Z" if key(g.get("x_tz", "")) in ("utc", "gmt") else ""
        return self._clock(day, f"{hour:02d}:{minute:02d}{zone}")

    def _daypart(self, g: dict[str, str]) -> Resolved | None:
        """ "dans la nuit", "am Abend", "in the morning": that part of the day last mentioned (else the
        reference day)."""
        daypart = self.lex.dayparts.get(key(g.get("dpart", "")))
        if daypart is None:
            return None
        day = self._time_day({}, reach=_DAYPART_REACH)
        if ":" in daypart:
            return self._clock(day, daypart)
        return self._day_result(day, daypart)

    def _day_of_part(self, g: dict[str, str]) -> Resolved | None:
        """ "Abend des 9. November 1989": that part of the named day."""
        daypart = self.lex.dayparts.get(key(g.get("dpart", "")))
        found = self._date(g)
        if daypart is None or found is None or found.span is None or found.span.start is None:
            return found
        day = found.span.start.date()
        return self._clock(day, daypart) if ":" in daypart else self._day_result(day, daypart)

    def _night_of(self, g: dict[str, str]) -> Resolved | None:
        """ "Nacht vom 5. auf den 6. Juni": the night of the first day."""
        found = self._date(g)
        day = found.span.start.date() if found and found.span and found.span.start else None
        return self._day_result(day, "NI")

    def _next_day_part(self, g: dict[str, str]) -> Resolved | None:
        """ "am folgenden Morgen", "am nächsten Abend": that part of the day after the day last mentioned."""
        daypart = self.lex.dayparts.get(key(g.get("dpart", "")))
        day = self._time_day({}, reach=_DAYPART_REACH)
        if daypart is None or ":" in daypart:
            return None
        return self._day_result(None if day is None else day + dt.timedelta(days=1), daypart)

    def _night_before(self, g: dict[str, str]) -> Resolved | None:
        """ "Nacht zum 3. Oktober", "Nacht zu Donnerstag": the night that ends on that day."""
        if "wd" in g:
            weekday = self.lex.weekdays.get(key(g["wd"]))
            day = None if weekday is None else self._weekday_date(weekday, None)
        else:
            found = self._date(g)
            day = found.span.start.date() if found and found.span and found.span.start else None
        return self._day_result(None if day is None else day - dt.timedelta(days=1), "NI")

    def _time_day(self, g: dict[str, str], reach: int = _ANCHOR_REACH) -> dt.date | None:
        if "wd" in g:
            weekday = self.lex.weekdays.get(key(g["wd"]))
            if weekday is not None:
                return self._weekday_date(weekday, None)
        if "reld" in g and self.ref is not None:
            return self.ref + dt.timedelta(days=self.lex.rel_days.get(key(g["reld"]), 0))
        if "month" in g and "day" in g:
            found = self._date(g)
            if found is not None and found.span is not None and found.span.start is not None:
                return found.span.start.date()
        if self._in_set():
            return None  # "täglich um 9.30 Uhr": the time of every day
        if self.last_day is not None and self._start - self.last_day_end <= reach and (
            "\n\n" not in self.text[self.last_day_end:self._start]
            or (self.ref is not None and abs((self.last_day - self.ref).days) <= 7)
        ):
            return self.last_day  # the day last mentioned; across a paragraph only a day of the reporting week
        return self.ref
