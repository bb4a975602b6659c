"""Turn a rule match into a TIMEX3 type, value and span, anchored on the reference date."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction import context
from timeline_app.extraction.narrative import Mention
from timeline_app.extraction.resolve_base import Resolved
from timeline_app.extraction.resolve_durations import DurationRules
from timeline_app.extraction.resolve_periods import PeriodRules
from timeline_app.extraction.resolve_rel import RelativeRules
from timeline_app.extraction.resolve_times import TimeRules

__all__ = ["Resolved", "Resolver"]

_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_WRITTEN_YEAR = ("year", "year_b", "yearn", "x_yy2", "x_yy", "yy", "x_yword", "x_ykilo")
_RANGE_NEXT = re.compile(r"\s*(?:-|–|to|and|until|bis|und|tot|en|et|à|au)\s", re.IGNORECASE)
_DEICTIC_GROUPS = ("mod", "mod_y", "x_rely", "x_relyr", "x_this", "reld", "reldp", "x_yearago")
_ARTICLES = frozenset({"the", "a", "an", "de", "het", "een", "le", "la", "les", "un", "une", "der", "die", "das",
                       "dem", "den", "ein", "eine"})


class Resolver(PeriodRules, RelativeRules, TimeRules, DurationRules):
    """Resolves the matches of one text in order, remembering the last day it saw."""

    _handlers: dict[str, Callable[[dict[str, str]], Resolved | None]] | None = None

    def _handler(self, kind: str) -> Callable[[dict[str, str]], Resolved | None]:
        if self._handlers is not None:
            return self._handlers[kind]
        handlers: dict[str, Callable[[dict[str, str]], Resolved | None]] = {
            "date": self._date, "year": self._year, "weekday": self._weekday, "relday": self._relday,
            "relunit": self._relunit, "ago": self._ago, "anaphor": self._anaphor, "duration": self._duration,
            "set": self._set, "time": self._time, "decade": self._decade, "century": self._century,
            "season": self._season, "quarter": self._quarter, "half": self._half, "vague": self._vague,
            "daypart": self._daypart, "compound": self._compound, "dayofpart": self._day_of_part, "nightbefore": self._night_before,
            "nightof": self._night_of, "nextdaypart": self._next_day_part,
        }
        self._handlers = handlers
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
        if found is not None and found.type == "SET":
            self.last_set_end = end
        if found is not None:
            positioned = found.span if found.type in ("DATE", "TIME") else None
            frame = self._frame(groups, positioned) if positioned is not None else None
            self.story.saw(positioned, end, frame=frame, deictic=self._deictic(kind, groups))
        return found

    def _deictic(self, kind: str, groups: dict[str, str]) -> bool:
        """Whether a rule of ``kind`` speaks from the publication date ("yesterday", "last week", "ago")."""
        if kind == "relday" or any(name in groups for name in _DEICTIC_GROUPS):
            return True
        if kind == "ago":
            return not self._anaphoric_direction(groups)
        return False

    def _frame(self, groups: dict[str, str], span: DateSpan) -> Mention | None:
        """The mention, if a date with a written year sets the time of a narrative ("In 1914, ...", "Am 22.
        Juni 1941 griff ...", "En mars 2003"): not a bound ("since 1990", "bis 2014"; "between" only before
        a range's other end), not a modifier of a noun ("the August 1988 cease-fire"). A day, a month or a
        year that opens its sentence is a strong frame; a year inside its sentence a weak one."""
        if span.start is None or not any(name in groups for name in _WRITTEN_YEAR) or self._attributive():
            return None
        name = self._qualifier_name()
        if name in ("since", "until", "after", "before") or (name == "between" and _RANGE_NEXT.match(self.text, self._end)):
            return None
        opens = self._opens_sentence()
        strong = span.precision <= Precision.MONTH or opens
        return Mention(span.start.date(), span.precision, self._end, self._sentence_begin(), strong)

    def _attributive(self) -> bool:
        prev = context.previous_token(self.text, self._start).lower()
        nxt = context.next_token(self.text, self._end)
        return prev in self.lex.function_words and prev in _ARTICLES and nxt[:1].islower() and nxt.isalpha()
