"""Rules for relative and deictic expressions, clock times, durations, sets and vague references."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction import context
from timeline_app.extraction.lexicon import DAY, HALF, HOUR, MINUTE, QUARTER, SECOND, WEEK, WEEKEND, YEAR
from timeline_app.extraction.narrative import Mention
from timeline_app.extraction.periods import add_months, safe_date, span_for_value
from timeline_app.extraction.resolve_base import Resolved, ResolverBase
from timeline_app.extraction.values import duration_value, key, shifted_value, unresolved_value

_DIGITS = re.compile(r"\d+")
_SPAN_UNITS = frozenset({YEAR, "M", WEEK, "DE", "CE"})
_PAST_SPAN = re.compile(r"(?:the\s+(?:past|last)|(?:het|de)\s+(?:afgelopen|voorbije))\s", re.IGNORECASE)
_QUARTER_REACH = 1500  # characters over which "a year earlier" still compares with the last quarter named
_ANCHOR_REACH = 400  # characters over which a clock time still belongs to the last day mentioned
_DAYPART_REACH = 1000  # ... and "dans la nuit", "am Abend", which refer back to a day by nature
_UNIT_PRECISION = {DAY: Precision.DAY, WEEK: Precision.WEEK, "M": Precision.MONTH, QUARTER: Precision.QUARTER,
                   HALF: Precision.HALF_YEAR, YEAR: Precision.YEAR, "DE": Precision.DECADE, "CE": Precision.CENTURY}
_MONTHS_IN = {"M": 1, QUARTER: 3, HALF: 6, YEAR: 12, "DE": 120, "CE": 1200}


class RelativeRules(ResolverBase):
    """Weekdays, yesterday/today, last week, three days ago, durations, sets, clock times."""

    # -- helpers ------------------------------------------------------------------

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
        if mention is not None and unit not in (QUARTER, WEEKEND):
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

    def _duration(self, g: dict[str, str]) -> Resolved | None:
        unit = self._unit(g)
        if "x_fixeddur" in g:
            value = self.lex.extra.get("fixeddur:" + key(g["x_fixeddur"]))
            return None if value is None else Resolved("DURATION", value, None)
        if unit is None and "x_durword" in g:
            word = key(g["x_durword"])
            unit = next((u for w, u in self.lex.units.items() if word.startswith(w)), None)
            if unit is None:
                return None
            return Resolved("DURATION", duration_value(None, unit), None)
        found, amount = self._amount(g)
        if unit is None or self._fraction(g) or (unit == YEAR and self._age(g)):
            return None
        if not found:
            amount = None
        kind = "SET" if amount == 1 and self._rate() else "DURATION"
        return Resolved(kind, duration_value(amount, unit), None)

    def _compound(self, g: dict[str, str]) -> Resolved | None:
        """A duration adjective: "twaalfurige vlucht", "3-daagse", "dreijährige Haft" (the lexicon's ``compound:``
        suffixes); a capitalized German noun is a person ("der 52-Jährige")."""
        suffix = key(g.get("cunit", ""))
        unit = self.lex.extra.get("compound:" + suffix)
        matched = self.text[self._start:self._end]
        if unit is None or (self.lex.code == "de" and any(ch.isupper() for ch in matched[1:])):
            return None
        digits = _DIGITS.match(matched)
        amount = float(digits.group()) if digits else self._number(g.get("numw"))
        if amount is None or (unit == YEAR and self._age(g)):
            return None
        return Resolved("DURATION", duration_value(amount, unit), None)

    def _age(self, g: dict[str, str]) -> bool:
        """A person's age is no duration: "une fillette de 6 ans", "Alain Parmentier, 53 ans,", "55 jaar oud",
        "im Alter von 55 Jahren" (the lexicon's ``age_before`` / ``age_after`` words; an apposition between
        commas or in brackets in every language)."""
        matched = self.text[self._start:self._end]
        number = matched.find(g["num"]) if "num" in g else -1
        head = self.text[max(0, self._start - 40):self._start] + (matched[:number] if number > 0 else "")
        tail = self.text[self._end:self._end + 12]
        if re.search(r"[,(]\s*$", head) and re.match(r"\s*[,)]", tail):
            return True
        before, after = self.lex.extra.get("age_before"), self.lex.extra.get("age_after")
        return bool((before and re.search(rf"(?<!\w)(?:{before})\s*$", head, re.IGNORECASE))
                    or (after and re.match(rf"\s*(?:{after})(?!\w)", tail, re.IGNORECASE)))

    def _rate(self) -> bool:
        """ "a year" after an amount is a rate, a SET: "$2 million a year", "four flights a week", "15 a year".

        The lexicon gives the distributive articles (``extra["rate_article"]``) and the scale words;
        the amount is a number right before, or a number and one plural noun ("700 seats a week").
        """
        articles = self.lex.extra.get("rate_article", "")
        first = self.text[self._start:self._end].split(None, 1)[0].lower()
        if not articles or not re.fullmatch(articles, first):
            return False
        before = re.findall(r"[\w$%.,']+", self.text[max(0, self._start - 40):self._start])[-2:]
        scale = self.lex.extra.get("scale", "")

        def amount(word: str) -> bool:
            word = word.lower().rstrip(".,")
            return word[-1:].isdigit() or word.endswith("%") or bool(scale and re.fullmatch(scale, word)) or (
                self.lex.numbers.get(word) is not None and word not in ("a", "an"))

        if before and amount(before[-1]):
            return True
        return len(before) == 2 and amount(before[0]) and before[1].islower() and before[1].endswith("s")

    def _fraction(self, g: dict[str, str]) -> bool:
        """A fraction word used as a share, not a period: "a half million", "three-quarters of its food".

        The lexicon lists in ``extra["fraction_units"]`` the unit words that double as fractions
        ("half", "quarter"); such a word is no period when it ends the expression and no time unit follows:
        a bare "half" never is ("sixty-one and a half", "one-half share"), a "quarter" not before "of"
        ("more than a quarter of the market"; "in a quarter that produced a loss" stays a period).
        """
        fractions = self.lex.extra.get("fraction_units", "")
        word = key(g.get("unit", ""))
        if not fractions or not re.fullmatch(fractions, word) or not key(self.text[self._start:self._end]).endswith(word):
            return False
        if self.lex.units.get(word) == HALF:
            return True
        return context.next_token(self.text, self._end).lower() == "of"

    def _set(self, g: dict[str, str]) -> Resolved | None:
        if "x_setadv" in g:
            noun = self.lex.extra.get("setadv_noun_after")
            if noun and re.fullmatch(noun, context.previous_token(self.text, self._start), re.IGNORECASE):
                return None  # "le quotidien", "un hebdomadaire": a newspaper, not a frequency
            value = self.lex.extra.get("setvalue:" + key(g["x_setadv"]))
            if value is None:
                word = key(g["x_setadv"])
                value = next((v for k, v in _SET_ADVERBS.items() if word.startswith(k)), "P1D")
            return Resolved("SET", value, None)
        if "wd" in g:
            weekday = self.lex.weekdays.get(key(g["wd"]))
            if weekday is None:
                return None
            return Resolved("SET", f"XXXX-WXX-{weekday + 1}", None)
        if "season" in g:
            season = self.lex.seasons.get(key(g["season"]))
            return None if season is None else Resolved("SET", f"XXXX-{season}", None)
        if "month" in g:
            month = self._month(g)
            return None if month is None else Resolved("SET", f"XXXX-{month:02d}", None)
        unit = self._unit(g)
        if unit is None:
            return None
        amount = self._number(g["num"]) if "num" in g else 1.0
        return Resolved("SET", duration_value(amount or 1.0, unit), None)

    def _vague(self, g: dict[str, str]) -> Resolved | None:
        word = key(g.get("vague", ""))
        value = self.lex.vague.get(word)
        if value is None or not self._vague_ok(word):
            return None
        if value == "TODAY":
            return self._day_result(self.ref)
        return Resolved("DATE", value, DateSpan.unresolved(value, approximate=True))

    def _vague_ok(self, word: str) -> bool:
        """Reject a tense-bound vague word out of its sense: "as soon as", "soon after", "was soon freed".

        The lexicon lists such words in ``extra["tensed_vague"]`` with the words that may not precede
        (``vague_not_before``) or follow (``vague_not_after``) them.
        """
        tensed = self.lex.extra.get("tensed_vague", "")
        if not tensed or word not in tensed.split("|"):
            return True
        before = self.lex.extra.get("vague_not_before", "")
        after = self.lex.extra.get("vague_not_after", "")
        prev = context.previous_token(self.text, self._start).lower()
        nxt = context.next_token(self.text, self._end).lower()
        if (before and re.fullmatch(before, prev)) or (after and re.fullmatch(after, nxt)):
            return False
        return self._tense() >= 0

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

    def _clock(self, day: dt.date | None, hhmm: str) -> Resolved:
        prefix = day.isoformat() if day is not None else "XXXX-XX-XX"
        value = f"{prefix}T{hhmm}"
        return Resolved("TIME", value, span_for_value(value) if day is not None else DateSpan.unresolved(value))


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annual": "P1Y",
                "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W"}
