"""The long tail of date forms, normalised with dateparser.

The tagger's own grammar spots and values the common forms. A few written forms split into
pieces it cannot join on its own: ``March the 5th``, ``the 3rd of Feb. '22``, ``Feb. 3rd, '22``.
:func:`extend_dates` finds such a continuation right after a date the grammar found and lets
dateparser value the joined text, keeping the precision (a day only when the text names one;
dateparser is never allowed to invent the day).

dateparser is imported on first use only: its import and language data cost about half a second,
which the common forms never pay.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache
from typing import Any

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction.timex import Timex

# What may continue a month or a day-and-month the grammar found: "the 5th", ", '22", ", 2021".
_DAY_AFTER_MONTH = re.compile(r"\s+the\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?!\w)(?:,?\s+(?:(?:1[89]|20)\d\d|['’]\d\d)(?![\w'’]))?")
_YEAR_AFTER_DAY = re.compile(r",?\s+(?:['’]\d\d)(?![\w'’])")
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d")
_MONTH_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d")
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")

_PERIOD_PRECISION = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}


@cache
def _parser(language: str, reference: dt.date | None, prefer: str) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": False}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime(reference.year, reference.month, reference.day)
    return DateDataParser(languages=[language], settings=settings)


def parse_with_dateparser(
    text: str, *, language: str, reference: dt.date | None, prefer: str = "current_period"
) -> tuple[dt.date, Precision] | None:
    """The date dateparser reads in ``text`` with its precision (day, week, month or year), or None.

    ``prefer`` is dateparser's ``PREFER_DATES_FROM`` (``past``, ``future`` or ``current_period``).
    """
    try:
        data = _parser(language, reference, prefer).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    precision = _PERIOD_PRECISION.get(str(data.period or ""))
    if precision is None:
        return None
    return data.date_obj.date(), precision


def extend_dates(text: str, found: list[Timex], *, language: str, reference: dt.date | None) -> list[Timex]:
    """Join long-tail continuations onto the dates of ``found`` ("March the 5th", "Feb. 3rd, '22")."""
    out: list[Timex] = []
    index = 0
    while index < len(found):
        timex = found[index]
        index += 1
        if timex.type != "DATE" or timex.span is None:
            out.append(timex)
            continue
        limit = found[index].end if index < len(found) else len(text)
        pattern = _DAY_AFTER_MONTH if _MONTH_VALUE.fullmatch(timex.value) else (
            _YEAR_AFTER_DAY if _DAY_VALUE.fullmatch(timex.value) else None
        )
        m = pattern.match(text, timex.end) if pattern is not None else None
        if m is None or m.end() > limit:
            out.append(timex)
            continue
        joined = _joined(text, timex, m.end(), language, reference)
        if joined is None:
            out.append(timex)
            continue
        while index < len(found) and found[index].start < joined.end:
            index += 1  # drop the pieces the joined date covers ("'22")
        out.append(joined)
    return out


def _joined(text: str, timex: Timex, end: int, language: str, reference: dt.date | None) -> Timex | None:
    phrase = text[timex.start:end]
    parsed = parse_with_dateparser(phrase, language=language, reference=reference)
    if parsed is None or parsed[1] is not Precision.DAY:
        return None  # keep precision: never a day the text does not name
    day = parsed[0]
    if not _WRITTEN_YEAR.search(text, timex.end, end):
        # no year written: keep the year the grammar chose by tense and nearness
        year = timex.value[:4]
        if not year.isdigit():
            value = f"XXXX-{day.month:02d}-{day.day:02d}"
            span = DateSpan.unresolved(value, Precision.DAY)
            return replace(timex, end=end, text=phrase, value=value, span=span)
        try:
            day = day.replace(year=int(year))
        except ValueError:
            return None
    elif _DAY_VALUE.fullmatch(timex.value) and (int(timex.value[5:7]), int(timex.value[8:10])) != (day.month, day.day):
        return None  # dateparser read another day than the grammar: trust neither
    span = DateSpan.day(day)
    if timex.span is not None and timex.span.qualifier is not None:
        span = span.with_qualifier(timex.span.qualifier)
    return replace(timex, end=end, text=phrase, value=day.isoformat(), span=span)
