"""Rules for calendar dates: day and month with or without a year, and years."""

from __future__ import annotations

import re

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction import context
from timeline_app.extraction.periods import safe_date
from timeline_app.extraction.resolve_base import Resolved, ResolverBase
from timeline_app.extraction.values import key

_DIGITS = re.compile(r"\d+")
_COORDINATORS = frozenset({"and", "or", "to"})  # "and may seek", "to fall": no month before them
_IN_WORDS = frozenset({"in", "im", "en", "au", "op"})
_NEAR_DAYS = 62  # a date this close to the reference date is taken in its nearest occurrence


class DateRules(ResolverBase):
    """Calendar dates and years, placed by the clause's tense or the narrative's time when a part is missing."""

    def _year(self, g: dict[str, str]) -> Resolved | None:
        year = self._year_number(g)
        if year is None:
            return None
        if "part" not in g and "fiscal" not in self.text[self._start:self._end].lower() and self._looks_like_amount():
            return None
        value = f"{year:04d}"
        return self._date_result(value, g.get("part") or g.get("part_b"))

    def _nearest_month(self, month: int, day: int | None) -> int | None:
        """The year of the nearest occurrence of ``month`` (and ``day``) as the context suggests."""
        if self.ref is None:
            return None
        ref = self.ref
        if month == ref.month and day is None:
            return ref.year
        target = (month, day or 15)
        here = (ref.month, ref.day)
        if target == here:
            return ref.year
        past, future = (ref.year, ref.year + 1) if target < here else (ref.year - 1, ref.year)
        past_day = safe_date(past, month, min(day or 15, 28))
        future_day = safe_date(future, month, min(day or 15, 28))
        if past_day is None or future_day is None:  # the calendar's first or last year
            return future if past_day is None else past
        back, ahead = (ref - past_day).days, (future_day - ref).days
        if self._qualifier_name() == "since" and self._onward() is None:
            return past  # "seit März", "since March": never the coming one
        clause = self._clause()
        if day is None and clause.strong and clause.direction and self._qualified_direction() is None:
            return past if clause.direction < 0 else future
        tense = self._direction()
        if min(back, ahead) <= _NEAR_DAYS:
            return past if back < ahead else future
        if tense > 0:
            return future
        if tense < 0:
            return past
        return past if back <= ahead else future

    def _date(self, g: dict[str, str]) -> Resolved | None:
        month = self._month(g)
        if month is None:
            return None
        day = None
        for name in ("day", "dnum"):
            if name in g:
                day = int(_DIGITS.findall(g[name])[0])
        year = self._year_number(g)
        if year is None and "mod_y" in g and self.ref is not None:
            year = self.ref.year + int(self.lex.mods.get(key(g["mod_y"]), 0))
        mod = g.get("mod") or g.get("x_dmod")
        if year is None and mod is not None and self.ref is not None:
            year = self._month_occurrence(month, int(self.lex.mods.get(key(mod), 0)), day)
        if day is None and year is None and not self._month_word_ok(g):
            return None
        if year is None and day is None and self._in_set(joined_by=_IN_WORDS):
            value = f"XXXX-{month:02d}"
            return Resolved("DATE", value, DateSpan.unresolved(value, Precision.MONTH))
        if year is None:
            year = self._narrative_year(month)
        if year is None:
            year = self._nearest_month(month, day)
        if year is None:
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            return Resolved("DATE", value, DateSpan.unresolved(value, Precision.DAY if day else Precision.MONTH))
        if day is not None:
            if safe_date(year, month, day) is None:
                return None
            return self._date_result(f"{year:04d}-{month:02d}-{day:02d}", None)
        return self._date_result(f"{year:04d}-{month:02d}", g.get("part"))

    def _month_occurrence(self, month: int, offset: int, day: int | None = None) -> int:
        """The year of "last June" (latest before the reference), "next June", "this June".

        With a day ("le 3 février dernier", "afgelopen 3 februari", "last Oct. 23") the day counts:
        the latest such date before the reference, or the first one after it.
        """
        assert self.ref is not None
        target, here = (month, day or 0), (self.ref.month, self.ref.day if day else 0)
        if day is None:
            target, here = (month, 0), (self.ref.month, 0)
        if offset < 0:
            return self.ref.year if target < here else self.ref.year - 1
        if offset > 0:
            return self.ref.year if target > here else self.ref.year + 1
        return self.ref.year

    def _month_word_ok(self, g: dict[str, str]) -> bool:
        """A bare month word: reject names (Claire Mars) and ambiguous words out of context."""
        word = key(g.get("month", ""))
        if "part" in g:
            return True
        return self._bare_word_ok(word)

    def _bare_word_ok(self, word: str) -> bool:
        prev = context.previous_token(self.text, self._start)
        allowed = self.lex.ambiguous.get(word)
        if allowed is not None and prev.lower() not in allowed and (
            not allowed or prev.lower() not in self.lex.function_words
        ):
            return False
        matched = self.text[self._start:self._end]
        if allowed and self.lex.code == "en" and matched.islower() and prev.lower() not in allowed - _COORDINATORS:
            return False  # lower-case "may", "march", "fall" are a verb or noun unless a month word precedes

        if prev[:1].isupper() and prev.lower() not in self.lex.function_words and not self._sentence_start(prev):
            return False
        nxt = context.next_token(self.text, self._end)
        if self.lex.code != "de" and nxt[:1].isupper() and nxt.lower() not in self.lex.function_words:
            return matched[:1].isupper() is False
        return True

    def _sentence_start(self, prev: str) -> bool:
        i = self._start - len(prev) - 1
        while i >= 0 and self.text[i] in " \t":
            i -= 1
        return i < 0 or self.text[i] in ".!?\n:;«\"“(—–-"
