"""Helpers shared by the relative, clock-time and duration rules: units, amounts, days and weekdays."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction.lexicon import DAY, HALF, QUARTER, WEEK, YEAR
from timeline_app.extraction.periods import span_for_value
from timeline_app.extraction.resolve_base import Resolved
from timeline_app.extraction.resolve_dates import DateRules
from timeline_app.extraction.values import key, shifted_value, unresolved_value

_UNIT_PRECISION = {DAY: Precision.DAY, WEEK: Precision.WEEK, "M": Precision.MONTH, QUARTER: Precision.QUARTER,
                   HALF: Precision.HALF_YEAR, YEAR: Precision.YEAR, "DE": Precision.DECADE, "CE": Precision.CENTURY}


class UnitRules(DateRules):
    """Units and amounts of relative expressions, and the day or weekday they land on."""

    def _unit(self, g: dict[str, str], name: str = "unit") -> str | None:
        word = g.get(name)
        return None if word is None else self.lex.units.get(key(word))

    def _singular(self, g: dict[str, str]) -> str:
        """The unit word if it is singular (the shortest word of its unit that it starts with)."""
        word = key(g.get("unit", ""))
        unit = self.lex.units.get(word)
        forms = sorted((w for w, u in self.lex.units.items() if u == unit and word.startswith(w)), key=len)
        return forms[0] if forms else word

    def _amount(self, g: dict[str, str]) -> tuple[bool, float | None]:
        """(found, amount): amount None means a vague quantity ("several")."""
        if "num" in g:
            n = self._number(g["num"])
            if n is None:
                return False, None
            text = self.text[self._start:self._end].lower()
            if n == int(n) and re.search(r"(?:and\s+a\s+half|1/2|et\s+demie?|einhalb|en\s+een\s+half)", text):
                n += 0.5
            return True, n
        if "qty" in g:
            q = self.lex.quantities.get(key(g["qty"]), "X")
            return True, None if q == "X" else float(q)
        if "x_fewx" in g:
            return True, None
        return False, None

    def _relative(self, unit: str, delta: int, typ: str = "DATE") -> Resolved:
        if self.ref is None:
            value = unresolved_value(unit)
            return Resolved(typ, value, DateSpan.unresolved(value, _UNIT_PRECISION.get(unit, Precision.UNKNOWN)))
        value = shifted_value(self.ref, unit, delta) or self.ref.isoformat()
        return Resolved(typ, value, span_for_value(value))

    def _day_result(self, day: dt.date | None, daypart: str | None = None, part: str | None = None) -> Resolved:
        if day is None:
            value = "XXXX-XX-XX" + (f"T{daypart}" if daypart else "")
            return Resolved("TIME" if daypart else "DATE", value, DateSpan.unresolved(value, Precision.DAY))
        if daypart:
            value = f"{day.isoformat()}T{daypart}"
            return Resolved("TIME", value, span_for_value(value))
        return self._date_result(day.isoformat(), part)

    def _weekday_date(self, weekday: int, offset: int | None) -> dt.date | None:
        """The date of ``weekday`` relative to the reference: offset -1 last, +1 next, 0 this week."""
        if self.ref is None:
            return None
        ref = self.ref
        diff = weekday - ref.weekday()
        if offset == 0:
            return ref + dt.timedelta(days=diff)
        if offset is None:
            if diff == 0:
                return ref
            tense = self._direction()
            offset = tense if tense else int(self.lex.extra.get("default_tense", "-1"))
        if offset < 0:
            return ref + dt.timedelta(days=diff - 7 if diff >= 0 else diff)
        return ref + dt.timedelta(days=diff + 7 if diff <= 0 else diff)

    # -- rules ----------------------------------------------------------------------

    def _clock(self, day: dt.date | None, hhmm: str) -> Resolved:
        prefix = day.isoformat() if day is not None else "XXXX-XX-XX"
        value = f"{prefix}T{hhmm}"
        return Resolved("TIME", value, span_for_value(value) if day is not None else DateSpan.unresolved(value))
