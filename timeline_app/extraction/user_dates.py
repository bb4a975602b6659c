"""Read a date an editor types into a "fix the date" field.

Editors type short things: ``3 feb 2022``, ``juni 2023``, ``vorige week``, ``2014``, ``c. 1990s``.
The tagger's own grammar is tried first (it keeps precision and knows decades, quarters and
seasons); when no single expression covers the input, dateparser reads it and its period (day,
week, month, year) becomes the precision, so that ``juni 2023`` stays a month.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction.longtail import parse_with_dateparser
from timeline_app.extraction.periods import iso_week_value, span_for_value
from timeline_app.extraction.tagger import tag_text

# Words that only say "about" around a date ("c. 1990s", "ca. 2010", "rond 1900", "vers 1950").
_APPROX = re.compile(
    r"(?:approximately|approx|circa|ca|c|about|around|roughly|rond|omstreeks|ongeveer|vers|environ"
    r"|autour\s+de|etwa|um|gegen|ungefähr)\b\.?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_FILLER = re.compile(r"[\s.,;:!?()\[\]\"'’~-]*")


def parse_user_date(text: str, *, reference_date: dt.date | None, language: str | None) -> DateSpan | None:
    """The period an editor's ``text`` names, with its precision kept; None when it names none.

    ``reference_date`` anchors relative input ("vorige week", "yesterday"); ``language`` is
    nl/en/fr/de or None (then detected). A leading approximator ("c.", "rond", "vers", "etwa")
    marks the span approximate.
    """
    stripped = text.strip()
    if not stripped:
        return None
    approximate = False
    m = _APPROX.match(stripped)
    if m is not None and (m.end() == len(stripped) or not stripped[m.end()].isalpha()):
        approximate = True
        stripped = stripped[m.end():].strip(" .")
        if not stripped:
            return None
    span = (
        _own_grammar(stripped, reference_date, language)
        # Digit forms ("1990s", "Q3 2023") read the same everywhere; English rules know them all.
        or (_own_grammar(stripped, reference_date, "en") if language not in (None, "en") else None)
        or _dateparser(stripped, reference_date, language)
    )
    if span is None:
        return None
    return span.with_approximate() if approximate and not span.approximate else span


def _own_grammar(text: str, reference: dt.date | None, language: str | None) -> DateSpan | None:
    found = [t for t in tag_text(text, reference_date=reference, language=language) if t.span is not None]
    if len(found) != 1:
        return None
    timex = found[0]
    rest = text[:timex.start] + " " + text[timex.end:]
    if not _FILLER.fullmatch(rest):
        return None  # the expression covers only part of the input
    return timex.span


def _dateparser(text: str, reference: dt.date | None, language: str | None) -> DateSpan | None:
    parsed = parse_with_dateparser(text, language=language or "en", reference=reference)
    if parsed is None:
        return None
    day, precision = parsed
    written = _YEAR.search(text)
    if written is not None and int(written.group(1)) != day.year:
        return None  # dateparser read the year as something else ("1990s" as 1990 seconds ago)
    if precision is Precision.DAY:
        value = day.isoformat()
    elif precision is Precision.WEEK:
        value = iso_week_value(day)
    elif precision is Precision.MONTH:
        value = f"{day.year:04d}-{day.month:02d}"
    else:
        value = f"{day.year:04d}"
    span = span_for_value(value)
    return span if span.is_resolved else None
