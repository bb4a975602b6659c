"""The editor's "fix a date" field: own grammar first, then dateparser, precision kept."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.domain.dates import Precision
from timeline_app.extraction.user_dates import parse_user_date

REF = dt.date(2024, 5, 15)


@pytest.mark.parametrize(
    ("text", "language", "value", "precision", "approximate"),
    [
        ("3 feb 2022", "nl", "2022-02-03", Precision.DAY, False),
        ("juni 2023", "nl", "2023-06", Precision.MONTH, False),
        ("vorige week", "nl", "2024-W19", Precision.WEEK, False),
        ("2014", "nl", "2014", Precision.YEAR, False),
        ("c. 1990s", "en", "199", Precision.DECADE, True),
        ("rond 1900", "nl", "1900", Precision.YEAR, True),
        ("Q3 2023", "en", "2023-Q3", Precision.QUARTER, False),
        ("1er mars", "fr", "2024-03-01", Precision.DAY, False),
        ("3. Feb. 2022", "de", "2022-02-03", Precision.DAY, False),
        ("the 3rd of Feb. '22", "en", "2022-02-03", Precision.DAY, False),
        ("02/03/2022 10:00", "en", "2022-02-03", Precision.DAY, False),  # dateparser: the long tail
    ],
)
def test_user_dates(text: str, language: str, value: str, precision: Precision, approximate: bool) -> None:
    span = parse_user_date(text, reference_date=REF, language=language)
    assert span is not None
    assert (span.value, span.precision, span.approximate) == (value, precision, approximate)


def test_month_input_read_by_dateparser_stays_a_month() -> None:
    from timeline_app.extraction.user_dates import _dateparser

    span = _dateparser("juni 2023", REF, "nl")
    assert span is not None and (span.value, span.precision) == ("2023-06", Precision.MONTH)


@pytest.mark.parametrize("text", ["", "   ", "hello", "c.", "de gemeenteraad"])
def test_no_date(text: str) -> None:
    assert parse_user_date(text, reference_date=REF, language="nl") is None


@pytest.mark.parametrize(
    ("text", "language", "value", "approximate"),
    [
        ("c. 1990s", "nl", "199", True),  # digit forms read the same in every language
        ("1990s", "fr", "199", False),
        ("ca. 2010", "nl", "2010", True),  # "ca." is not "c" followed by a word
        ("ca. 2010", "de", "2010", True),
    ],
)
def test_editor_input_in_any_language(text: str, language: str, value: str, approximate: bool) -> None:
    span = parse_user_date(text, reference_date=dt.date(2024, 1, 10), language=language)
    assert span is not None and (span.value, span.approximate) == (value, approximate)


def test_a_year_dateparser_misreads_is_refused() -> None:
    # dateparser alone reads "1990s" as 1990 seconds before the reference date.
    from timeline_app.extraction.user_dates import _dateparser

    assert _dateparser("1990s", dt.date(2024, 1, 10), "nl") is None
