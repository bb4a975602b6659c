"""Fractions that are no periods, and years given by their end date (span and value asserted)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extraction import tag_text

REF = dt.date(1989, 11, 2)


def _found(text: str, reference: dt.date = REF, language: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, reference_date=reference, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        "Iraq imports about three-quarters of its foodstuffs.",
        "Shares of the company closed at sixty-one and a half.",
        "In Maine, about a half million people still don't have power.",
        "Each right entitles shareholders to buy one-half share of common for $30.",
        "It accounts for more than a quarter of the entire high-yield market.",
        "The unit operates lotteries in a half dozen states.",
    ],
)
def test_fractions_are_no_periods(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        # a fraction next to a time unit stays a period
        ("A pilot calls in a minute and a half later.", "a minute and a half", "DURATION", "PT1M30S"),
        ("The talks lasted a half hour.", "a half hour", "DURATION", "PT30M"),
        ("Tax payments would be minimal in a quarter that produced such a big loss.", "a quarter", "DURATION",
         "P3M"),
        ("Sales rose in the first half of 1989.", "the first half of 1989", "DATE", "1989-H1"),
        ("Profit grew over the past two quarters.", "the past two quarters", "DURATION", "P6M"),
    ],
)
def test_fractions_with_a_time_unit_stay_periods(text: str, span: str, kind: str, value: str) -> None:
    assert (span, kind, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The businesses had revenue of $76 million for the year ended March 31.", "the year"),
        ("It expects a loss for the year ending June 30, 1990.", "the year"),
        ("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "the fiscal year"),
    ],
)
def test_a_year_given_by_its_end_is_a_twelve_month_duration(text: str, span: str) -> None:
    found = _found(text)
    assert (span, "DURATION", "P1Y") in found
    assert not any(kind == "DATE" and value == "1989" for _, kind, value in found)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The company forecast lower earnings for the fiscal year.", "the fiscal year", "1989"),
        ("For the year, pet food volume was flat.", "the year", "1989"),
        ("Sales for the full year were $6.6 billion.", "the full year", "1989"),
    ],
)
def test_the_year_without_an_end_date_stays_the_year(text: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in _found(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("His promise to halve unemployment by the year two thousand has been abandoned.", "the year two thousand",
         "2000"),
        ("The approach of the year 2000 worries them.", "the year 2000", "2000"),
        ("Work ends in the year two thousand and five.", "the year two thousand and five", "2005"),
    ],
)
def test_the_year_with_its_number_is_that_year(text: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in _found(text, dt.date(1998, 2, 5))


def test_two_thousand_without_the_year_is_a_number() -> None:
    assert _found("Two thousand people came to the rally.", dt.date(1998, 2, 5)) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("U.K. sales for last year's quarter were about $3 million.", "last year's quarter"),
        ("Net was 44 cents a share for the corresponding period last year.", "the corresponding period last year"),
        ("Net rose 5% from the same quarter a year ago.", "the same quarter a year ago"),
    ],
)
def test_the_same_quarter_a_year_back(text: str, span: str) -> None:
    found = _found("Net income fell in the third quarter. " + text)
    assert ("the third quarter", "DATE", "1989-Q3") in found
    assert (span, "DATE", "1988-Q3") in found


def test_last_years_amount_stays_last_year() -> None:
    assert _found("Sales rose from last year's $2.34 billion.") == [("last year", "DATE", "1988")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Qantas flies there four flights a week.", "a week", "P1W"),
        ("It should help Unisys save $500 million a year in costs.", "a year", "P1Y"),
        ("It will build tankers at a rate of 15 a year.", "a year", "P1Y"),
    ],
)
def test_a_unit_after_an_amount_is_a_rate(text: str, span: str, value: str) -> None:
    assert (span, "SET", value) in _found(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The talks lasted a week.", "a week", "P1W"),
        ("The appeal could take as long as a month or two.", "a month", "P1M"),
        ("He stayed there for a year.", "a year", "P1Y"),
    ],
)
def test_a_unit_without_an_amount_stays_a_duration(text: str, span: str, value: str) -> None:
    assert (span, "DURATION", value) in _found(text)
