"""Resolver state and shared helpers: numbers and years, clause tense, qualifiers, the narrative's time."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction import context
from timeline_app.extraction.lexicon import Lexicon
from timeline_app.extraction.narrative import Mention, Story
from timeline_app.extraction.periods import narrow, span_for_value
from timeline_app.extraction.tense import Tense, governing_tense
from timeline_app.extraction.values import key

_DIGITS = re.compile(r"\d+")
_SENTENCE_START = re.compile(r"[.!?;:]\s+(?=[\"“«(]?[^\W\d_]*[A-ZÀ-Ý0-9])|\n")


@cache
def onward_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """The lexicon's "from ... on" words ("ab", "vanaf", "dès") right before a position."""
    words = lex.extra.get("onward")
    return re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE) if words else None


@cache
def reporting_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """The lexicon's reporting words ("said", "laut", "selon", "volgens") as a pattern."""
    words = lex.extra.get("reporting")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


@dataclass(frozen=True, slots=True)
class Resolved:
    """The meaning of one expression."""

    type: str
    value: str
    span: DateSpan | None


class ResolverBase:
    """State and shared helpers of the resolver: reference date, anaphora, clause tense."""

    def __init__(self, lexicon: Lexicon, text: str, reference: dt.date | None) -> None:
        self.lex = lexicon
        self.text = text
        self.ref = reference
        self.last_day: dt.date | None = None
        self.last_day_end = -1
        self.last_value: str | None = None
        self.last_year: int | None = None
        self.last_quarter: str | None = None  # the last quarter named ("2024-Q3")
        self.last_quarter_end = -1
        self.story = Story(text, reference, reporting_pattern(lexicon))
        self.last_set_end = -100
        self._clause_memo: tuple[tuple[int, int], Tense] | None = None
        self._start = 0
        self._end = 0

    # -- helpers --------------------------------------------------------------

    def _tense(self) -> int:
        return self._clause().direction

    def _clause(self) -> Tense:
        """The tense of the clause governing the current expression (see :mod:`tense`), computed once."""
        where = (self._start, self._end)
        if self._clause_memo is None or self._clause_memo[0] != where:
            self._clause_memo = (where, governing_tense(self.lex, self.text, self._start, self._end))
        return self._clause_memo[1]

    def _narrative_year(self, month: int | None = None) -> int | None:
        """The year of the narrative passage around the current expression (None in reporting passages).

        A narrative runs forward: a month well before the month last told ("Im Dezember 1941 ... Im Januar")
        is in the next year."""
        found = self._told()
        if found is None:
            return None
        if month is not None and found.precision <= Precision.MONTH and month < found.day.month - 2:
            return found.day.year + 1
        return found.day.year

    def _told(self) -> Mention | None:
        """The date that sets the time of the passage around the current expression, if it is a narrative."""
        if not self.story.may_narrate(self._start):
            return None
        future = bool(self._onward()) or self._tense() > 0
        return self.story.narrative(self._start, future_clause=future, opens_sentence=self._opens_sentence())

    def _opens_sentence(self) -> bool:
        """At most three words between the start of the sentence and the expression ("But in 1941, ...")."""
        lo = max(0, self._start - 60)
        head = self.text[lo:self._start]
        cuts = [m.end() for m in _SENTENCE_START.finditer(head)]
        return (bool(cuts) or lo == 0) and len(head[cuts[-1] if cuts else 0:].split()) <= 3

    def _sentence_begin(self) -> int:
        """Where the sentence of the current expression starts (within 400 characters)."""
        lo = max(0, self._start - 400)
        cuts = [m.end() for m in _SENTENCE_START.finditer(self.text, lo, self._start)]
        return cuts[-1] if cuts else lo

    def _number(self, word: str | None) -> float | None:
        if word is None:
            return None
        k = key(word)
        if k[:1].isdigit():
            try:
                return float(k.replace(",", "."))
            except ValueError:
                return None
        value = self.lex.numbers.get(k)
        return None if value is None else float(value)

    def _month(self, g: dict[str, str]) -> int | None:
        if "mnum" in g:
            return int(g["mnum"])
        word = g.get("month")
        if word is None:
            return None
        k = key(word)
        return self.lex.months.get(k) or self.lex.month_abbr.get(k)

    def _year_number(self, g: dict[str, str]) -> int | None:
        if "x_yearref" in g:
            return self._referred_year(g["x_yearref"])
        for name in ("year", "year_b", "yearn"):
            if name in g:
                return int(g[name])
        for name in ("x_yy2", "x_yy", "yy"):
            if name in g:
                return self._two_digit_year(int(_DIGITS.findall(g[name])[0]))
        for name in ("x_yword", "yword", "x_ykilo"):
            if name in g:
                return self._year_words(g[name])
        return None

    def _referred_year(self, words: str) -> int | None:
        """ "des folgenden Jahres", "of that year", "van het jaar daarop": the year of the last date mentioned,
        shifted as the words say (the publication year when the text named none)."""
        anchor = self.story.anchor()
        year = anchor.day.year if anchor is not None else (self.ref.year if self.ref is not None else None)
        if year is None:
            return None
        folded = key(words)
        for name, step in (("yearref_next", 1), ("yearref_prev", -1)):
            pattern = self.lex.extra.get(name)
            if pattern and re.search(pattern, folded):
                return year + step
        return year

    def _in_set(self, *, joined_by: frozenset[str] | None = None) -> bool:
        """Right after a set ("täglich um 9.30 Uhr", "jedes Jahr im Mai"): a time or month of every occurrence.

        ``joined_by`` limits the word between them ("im", not "bis": "every Sunday until June" is one June)."""
        if not 0 <= self._start - self.last_set_end <= 15:
            return False
        between = self.text[self.last_set_end:self._start].split()
        return joined_by is None or (len(between) == 1 and between[0].lower() in joined_by)

    def _two_digit_year(self, yy: int) -> int:
        pivot = (self.ref.year % 100 + 10) if self.ref else 30
        return (1900 if yy > pivot else 2000) + yy if self.ref is None or self.ref.year >= 2000 or yy > pivot else (
            (self.ref.year // 100) * 100 + yy
        )

    def _year_words(self, words: str) -> int | None:
        folded = key(words).replace("-", " ")
        whole = self.lex.numbers.get(folded)
        if whole is not None and whole >= 1000:
            return int(whole)  # "two thousand"
        thousands = next((n for w, n in self.lex.numbers.items() if n >= 1000 and folded.startswith(w + " ")), None)
        if thousands is not None:  # "two thousand and one"
            extra = self.lex.numbers.get(folded.split(" ", 2)[2].removeprefix("and "))
            return None if extra is None else int(thousands + extra)
        parts = folded.split(" ", 1)
        if len(parts) != 2:
            return None
        century = self.lex.numbers.get(parts[0])
        rest = 0.0 if parts[1] == "hundred" else self.lex.numbers.get(parts[1])
        if century is None or rest is None:
            return None
        return int(century) * 100 + int(rest)

    def _looks_like_amount(self) -> bool:
        after = self.text[self._end:self._end + 14].lower()
        before = self.text[max(0, self._start - 2):self._start]
        amount = self.lex.extra.get("amount")
        if any(ch in before for ch in "$€£#") or after.startswith(("%", " %", "-jarig", "-year-old")):
            return True
        return bool(amount and re.match(rf"\s*(?:{amount})(?!\w)", after))

    def _date_result(self, value: str, part: str | None, typ: str = "DATE") -> Resolved:
        span = span_for_value(value)
        if part is not None:
            span = narrow(span, str(self.lex.parts.get(key(part), "")))
        return Resolved(typ, value, span)

    def _direction(self) -> int:
        """Past (-1) or future (+1) from a qualifier right before the expression, else the clause tense."""
        qualified = self._qualified_direction()
        return self._tense() if qualified is None else qualified

    def _qualified_direction(self) -> int | None:
        """-1 after "since"/"after", +1 after "until" or "from ... on" ("ab", "vanaf", "dès"); None without
        such a qualifier, or for the end of a range ("von Samstag bis Sonntag": the range's own tense)."""
        name = self._qualifier_name()
        if name in ("since", "after"):
            return 1 if self._onward() else -1
        if name == "until" and not self._range_end():
            if self._opens_sentence():  # "Until Thursday, they had not called him a suspect": the clause's tense
                clause = self._clause()
                return -1 if clause.strong and clause.direction < 0 else 1
            return 1  # "has given them until Tuesday", "extended the loans through January": a deadline
        return None

    def _qualifier_name(self) -> str | None:
        """The qualifier right before the current expression ("since", "until", ...), if any."""
        first, last = context.words_before(self.text, self._start)
        token = context.previous_token(self.text, self._start).lower().replace("’", "'")
        for word in (last, f"{first} {last}".strip(), token):
            name = self.lex.qualifiers.get(word)
            if name is not None:
                return name
        return None

    def _onward(self) -> bool | None:
        """Whether the word before is "from ... on" (the lexicon's ``onward``: "ab", "vanaf", "dès")."""
        pattern = onward_pattern(self.lex)
        if pattern is None:
            return None
        return True if pattern.search(self.text, max(0, self._start - 16), self._start) else None

    def _range_end(self) -> bool:
        """Whether the expression ends a range whose start was just tagged ("van 7 tot 9 uur")."""
        last = self.story.last_end
        return 0 <= self._start - last <= 16 and len(self.text[last:self._start].split()) == 1

    # -- absolute dates ---------------------------------------------------------
