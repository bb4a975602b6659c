"""Rules for relative and deictic expressions: weekdays, yesterday, last week, three days ago, later."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction import context
from timeline_app.extraction.lexicon import DAY, HALF, HOUR, MINUTE, QUARTER, SECOND, WEEK, WEEKEND, YEAR
from timeline_app.extraction.narrative import Mention
from timeline_app.extraction.periods import add_months, safe_date, span_for_value
from timeline_app.extraction.resolve_base import Resolved
from timeline_app.extraction.resolve_units import _UNIT_PRECISION, UnitRules
from timeline_app.extraction.values import duration_value, key, shifted_value, unresolved_value

_DIGITS = re.compile(r"\d+")
_SPAN_UNITS = frozenset({YEAR, "M", WEEK, "DE", "CE"})
_PAST_SPAN = re.compile(r"(?:the\s+(?:past|last)|(?:het|de)\s+(?:afgelopen|voorbije))\s", re.IGNORECASE)
_QUARTER_REACH = 1500  # characters over which "a year earlier" still compares with the last quarter named
_MONTHS_IN = {"M": 1, QUARTER: 3, HALF: 6, YEAR: 12, "DE": 120, "CE": 1200}


class RelativeRules(UnitRules):
    """Weekdays, yesterday/today, last week, three days ago, two months later."""

    def _weekday(self, g: dict[str, str]) -> Resolved | None:
        word = key(g.get("wd", ""))
        weekday = self.lex.weekdays.get(word)
        if weekday is None:
            return None
        daypart = self.lex.dayparts.get(key(g["dpart"])) if "dpart" in g else None
        mod = g.get("mod")
        if mod is None and word.endswith("s") and word[:-1] in self.lex.weekdays and "x_this" not in g:
            value = f"XXXX-WXX-{weekday + 1}" + (f"T{daypart}" if daypart else "")
            return Resolved("SET", value, None)
        offset = None
        if mod is not None:
            offset = int(self.lex.mods.get(key(mod), 0))
        elif "x_this" in g:
            offset = 0
        elif "x_past" in g:
            offset = -1
        elif "x_next" in g:
            offset = 1
        if offset is None and not self._bare_weekday_ok():
            return None
        told = self._told() if offset is None else None
        if told is not None and told.precision <= Precision.DAY:  # "On 5 June 1944 ... On Tuesday": that week's
            day = told.day + dt.timedelta(days=(weekday - told.day.weekday()) % 7)
            return self._day_result(day, daypart, g.get("part"))
        if offset == 0 and "x_weekword" not in g and self.ref is not None and weekday != self.ref.weekday():
            offset = -1 if self._tense() < 0 else 1  # "ce lundi", "this Friday": the coming one unless told of
        if offset and "x_weekword" in g and self.ref is not None:
            monday = self.ref - dt.timedelta(days=self.ref.weekday()) + dt.timedelta(weeks=offset)
            return self._day_result(monday + dt.timedelta(days=weekday), daypart)
        return self._day_result(self._weekday_date(weekday, offset), daypart, g.get("part"))

    def _bare_weekday_ok(self) -> bool:
        matched = self.text[self._start:self._end]
        if self.lex.code in ("de", "nl") and not matched[:1].isupper() and matched.lower() == matched:
            return True
        return True

    def _relday(self, g: dict[str, str]) -> Resolved | None:
        if "reldp" in g:
            offset, daypart = self.lex.rel_dayparts[key(g["reldp"])]
            day = None if self.ref is None else self.ref + dt.timedelta(days=offset)
            if ":" in daypart:
                return self._clock(day, daypart)
            return self._day_result(day, daypart)
        days = self.lex.rel_days.get(key(g.get("reld", "")))
        if days is None:
            return None
        when = None if self.ref is None else self.ref + dt.timedelta(days=days)
        part_of_day = self.lex.dayparts.get(key(g["dpart"])) if "dpart" in g else None
        if part_of_day is not None and ":" in part_of_day:
            return self._clock(when, part_of_day)
        return self._day_result(when, part_of_day, g.get("part"))

    def _relunit(self, g: dict[str, str]) -> Resolved | None:
        if "prev" in g:
            return self._previous_year(g)
        unit = self._unit(g)
        if unit is None:
            text = self.text[self._start:self._end].lower()
            if "quarter" in text or "period" in text:
                unit = QUARTER
            else:
                return None
        offset = int(self.lex.mods.get(key(g["mod"]), 0)) if "mod" in g else 0
        matched = self.text[self._start:self._end].lower()
        if "x_yearago" in g or "year-ago" in matched or "year-earlier" in matched:
            if self.ref is None:
                return Resolved("DATE", "XXXX-QX", DateSpan.unresolved("XXXX-QX", Precision.QUARTER))
            same_quarter = self._quarter_years_back(1)
            if same_quarter is not None:
                return same_quarter
            back = shifted_value(self.ref - dt.timedelta(days=365), QUARTER, -1) or ""
            return self._date_result(back, g.get("part"))
        if unit in (HOUR, MINUTE, SECOND):
            return None
        if "mod" in g and self._plural_unit(g):
            value = "PAST_REF" if offset < 0 else "FUTURE_REF" if offset > 0 else "PRESENT_REF"
            return Resolved("DATE", value, DateSpan.unresolved(value, approximate=True))
        if offset < 0 and unit in _SPAN_UNITS and _PAST_SPAN.match(self.text, self._start):
            return Resolved("DURATION", duration_value(1, unit), None)  # "the past year", "het afgelopen decennium"
        if unit == WEEKEND and offset == 0 and self.ref is not None:
            offset = self._weekend_offset()
        told = self._told() if "mod" not in g and unit in (YEAR, "M") else None
        if told is not None:  # "Ende des Jahres", "the end of the year" in a narrative: that passage's year
            value = shifted_value(told.day, unit, 0) or f"{told.day.year:04d}"
            return self._date_result(value, g.get("part"))
        found = self._relative(unit, offset)
        if "part" in g and found.span is not None:
            return self._date_result(found.value, g["part"]) if self.ref is not None else found
        return found

    def _plural_unit(self, g: dict[str, str]) -> bool:
        """Whether the unit word is a plural ("the coming years", "de afgelopen weken", "ces dernières années").

        A plural unit after last/next without a number is a vague stretch of time: PAST_REF or FUTURE_REF.
        """
        plurals = self.lex.extra.get("plural_units", "")
        return key(g.get("unit", "")) in plurals.split("|")

    def _previous_year(self, g: dict[str, str]) -> Resolved | None:
        """"Vorjahr" (the year before the reference) or "Vorjahresmonat" (the last date, a year back)."""
        if "unitc" in g and self.last_value and self.last_value[:4].isdigit():
            value = f"{int(self.last_value[:4]) - 1:04d}{self.last_value[4:]}"
            return Resolved("DATE", value, span_for_value(value))
        anchor = self.story.anchor()
        if anchor is not None and anchor.end >= self._sentence_begin():  # "2025 ... doppelt so viel wie im Vorjahr"
            value = f"{anchor.day.year - 1:04d}"
            return Resolved("DATE", value, span_for_value(value))
        return self._relative(YEAR, -1)

    def _weekend_offset(self) -> int:
        """"This weekend" early in the week is the one just past, unless the clause is in the future."""
        assert self.ref is not None
        return -1 if self.ref.weekday() <= 1 and self._tense() <= 0 else 0

    def _ago(self, g: dict[str, str]) -> Resolved | None:
        unit = self._unit(g)
        found, amount = self._amount(g)
        if unit is None or not found:
            return None
        word = key(g.get("dir", ""))
        forward = self.lex.extra.get("forward", "")
        direction = 1 if forward and re.fullmatch(forward, word, re.IGNORECASE) else -1
        if amount is None:
            value = "FUTURE_REF" if direction > 0 else "PAST_REF"
            return Resolved("DATE", value, DateSpan.unresolved(value, approximate=True))
        if unit == YEAR and direction < 0 and amount == 1:
            same_quarter = self._quarter_years_back(1)
            if same_quarter is not None:
                return same_quarter
        anchor = self.story.anchor() if self._anaphoric_direction(g) else None
        if anchor is not None:
            return self._shift_from(anchor, unit, direction * amount)
        return self._shift(unit, direction * amount)

    def _deictic_next(self, words: str, unit: str) -> bool:
        """ "within the next year", "de volgende week": counted from the publication date in a reporting passage
        (the lexicon's ``deictic_next`` words); "the next day" and "the following year" from the last date."""
        deictic = self.lex.extra.get("deictic_next")
        if not deictic or unit == DAY or not re.fullmatch(deictic, words):
            return False
        return self._told() is None

    def _anaphoric_direction(self, g: dict[str, str]) -> bool:
        """ "two months later", "drie dagen eerder", "deux ans plus tard", "drei Tage später": counted from the
        last date mentioned, unlike "ago", "geleden", "il y a", "vor" (the lexicon's ``anaphoric_dir``)."""
        words = self.lex.extra.get("anaphoric_dir", "")
        return bool(words) and re.fullmatch(words, key(g.get("dir", "")), re.IGNORECASE) is not None

    def _shift_from(self, anchor: Mention, unit: str, amount: float) -> Resolved:
        """The date ``amount`` units after (before, if negative) a mentioned date, at the finer of the unit's
        and the mention's granularity."""
        whole = int(amount)
        if unit in (HOUR, MINUTE, SECOND):
            unit, whole = DAY, (round(amount / 24) if unit == HOUR else 0)
        day = anchor.day
        if unit == DAY:
            day = day + dt.timedelta(days=whole)
        elif unit == WEEK:
            day = day + dt.timedelta(weeks=whole)
        elif unit in _MONTHS_IN:
            y, m = add_months(day.year, day.month, whole * _MONTHS_IN[unit])
            day = safe_date(y, m, min(day.day, 28)) or day
        finest = max(_UNIT_PRECISION.get(unit, Precision.YEAR), anchor.precision)
        if finest <= Precision.DAY:
            return self._day_result(day)
        coarse = next((u for u, p in _UNIT_PRECISION.items() if p == finest), YEAR)
        value = shifted_value(day, coarse, 0) or f"{day.year:04d}"
        return Resolved("DATE", value, span_for_value(value))

    def _quarter_years_back(self, years: int) -> Resolved | None:
        """In a report on a quarter, "a year ago/earlier" is the same quarter ``years`` back.

        Only for one year: "five years ago" in the same story means a year, not a quarter.

        Results stories compare a quarter with "the year-earlier period": when the text has named
        a quarter (``the third quarter`` -> 2024-Q3) not too far back, the comparison refers to it.
        """
        if self.last_quarter is None or self._start - self.last_quarter_end > _QUARTER_REACH:
            return None
        value = f"{int(self.last_quarter[:4]) - years:04d}{self.last_quarter[4:]}"
        return Resolved("DATE", value, span_for_value(value))

    def _shift(self, unit: str, amount: float) -> Resolved:
        whole = int(amount)
        if self.ref is None:
            value = unresolved_value(unit)
            return Resolved("DATE", value, DateSpan.unresolved(value))
        if unit in (HOUR, MINUTE, SECOND):
            return self._relative(DAY, 0 if unit != HOUR else round(amount / 24))
        if unit == "DE":
            value = f"{(self.ref.year + 10 * whole) // 10:03d}"
            return Resolved("DATE", value, span_for_value(value))
        if unit == "CE":
            value = f"{(self.ref.year + 100 * whole) // 100:02d}"
            return Resolved("DATE", value, span_for_value(value))
        if unit == DAY:
            day = self.ref + dt.timedelta(days=whole)
            return self._day_result(day)
        if unit == HALF:
            return self._relative(HALF, whole)
        return self._relative(unit, whole)

    def _anaphor(self, g: dict[str, str]) -> Resolved | None:
        unit = DAY if "unit" not in g else self._unit(g)
        if unit is None or unit in (HOUR, MINUTE, SECOND) or self._plural_unit(g):
            return None
        words = (key(g.get("dir", "")) + " " + key(g.get("dir2", ""))).strip()
        if unit == YEAR and not words and self._period_by_end():
            return Resolved("DURATION", "P1Y", None)
        back = self.lex.extra.get("back", "")
        fwd = self.lex.extra.get("fwd", "")
        delta = 0
        if back and re.search(rf"(?<!\w)(?:{back})(?!\w)", words):
            delta = -1
        elif fwd and re.search(rf"(?<!\w)(?:{fwd})(?!\w)", words):
            delta = 1
        mention = self.story.anchor()
        if mention is not None and unit not in (QUARTER, WEEKEND) and not self._deictic_next(words, unit):
            return self._shift_from(mention, unit, delta)
        anchor = self.ref
        if unit == QUARTER and delta == 0 and self.ref is not None:
            if self.last_quarter is not None and self._start - self.last_quarter_end <= _QUARTER_REACH:
                return Resolved("DATE", self.last_quarter, span_for_value(self.last_quarter))
            delta = -1
        if unit == WEEKEND and delta == 0 and self.ref is not None:
            return self._relative(WEEKEND, self._weekend_offset())
        if anchor is None:
            value = unresolved_value(unit)
            return Resolved("DATE", value, DateSpan.unresolved(value))
        if unit == DAY:
            return self._day_result(anchor + dt.timedelta(days=delta))
        shifted = shifted_value(anchor, unit, delta)
        if shifted is None:
            return None
        return Resolved("DATE", shifted, span_for_value(shifted))

    def _period_by_end(self) -> bool:
        """ "the (fiscal) year ended March 31": a twelve-month period given by its end, not a calendar year.

        TIMEX3 marks such a year as a DURATION (P1Y); the end date is an expression of its own.
        """
        ends = self.lex.extra.get("period_end", "")
        return bool(ends) and re.fullmatch(ends, context.next_token(self.text, self._end).lower()) is not None
