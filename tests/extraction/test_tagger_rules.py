"""General rules added for English news (span and value asserted) and the traps they must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extraction import tag_text

THU = dt.date(1989, 10, 26)


def _found(text: str, reference: dt.date = THU, language: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, reference_date=reference, language=language)]


def test_a_year_earlier_in_a_quarterly_report_is_the_same_quarter_a_year_back() -> None:
    text = "Third-quarter profit rose to $5 million from $4 million a year earlier. Sales fell from a year ago."
    found = _found(text)
    assert ("a year earlier", "DATE", "1988-Q3") in found
    assert ("a year ago", "DATE", "1988-Q3") in found


def test_a_year_ago_without_a_quarter_is_a_year_and_five_years_stays_a_year() -> None:
    assert _found("The plant opened a year ago.") == [("a year ago", "DATE", "1988")]
    found = _found("In the third quarter, net rose. Five years ago the plant opened.")
    assert ("Five years ago", "DATE", "1984") in found


def test_the_year_earlier_quarter_is_the_quarter_named_a_year_back() -> None:
    found = _found("Net rose in the third quarter from the year-earlier quarter.")
    assert found[-1] == ("the year-earlier quarter", "DATE", "1988-Q3")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Castro attended a rally Thursday by media workers.", "2000-01-06"),  # 'by' is no future cue
        ("The father will be traveling to the United States Thursday.", "2000-01-13"),  # 'United' is no past verb
        ("The group could leave as soon as Thursday.", "2000-01-13"),
        ("Protesters were planning a march on Thursday.", "2000-01-13"),
    ],
)
def test_weekday_tense_cues(text: str, value: str) -> None:
    found = [t for t in tag_text(text, reference_date=dt.date(2000, 1, 7), language="en") if t.text == "Thursday"]
    assert [t.value for t in found] == [value]


def test_spoken_years() -> None:
    assert _found("In nineteen ninety-one he was convicted.") == [("nineteen ninety-one", "DATE", "1991")]


def test_soon_is_future_ref_but_not_in_as_soon_as_or_past_clauses() -> None:
    assert _found("The company will soon begin selling boxes.") == [("soon", "DATE", "FUTURE_REF")]
    assert _found("They left as soon as possible.") == []
    assert _found("He was soon released.") == []
    assert _found("Soon after the vote, he resigned.") == []


def test_bare_plural_units_after_for_in_within_are_vague_durations() -> None:
    assert _found("For weeks the government has held rallies.") == [("weeks", "DURATION", "PXW")]
    assert _found("It was the first growth in years.") == [("years", "DURATION", "PXY")]
    assert _found("Troops arrive within weeks or months.") == [("weeks or months", "DURATION", "PXW")]
    assert _found("In the years that followed, it grew.") == []
    assert _found("The weeks were long.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It happened on the 3rd of Feb. '22 in town.", "3rd of Feb. '22", "2022-02-03"),
        ("On March the 5th they met.", "March the 5th", "2022-03-05"),
        ("Since March the 5th, 2019, he has led.", "March the 5th, 2019", "2019-03-05"),
        ("Prices rose on Feb. 3rd, '21 sharply.", "Feb. 3rd, '21", "2021-02-03"),
    ],
)
def test_long_tail_dates_are_joined_and_valued_by_dateparser(text: str, span: str, value: str) -> None:
    found = tag_text(text, reference_date=dt.date(2022, 6, 15), language="en")
    assert [(t.text, t.value) for t in found] == [(span, value)]


def test_long_tail_join_never_invents_a_day() -> None:
    found = _found("In March the 1990s ended.", dt.date(2022, 6, 15))
    assert ("March", "DATE", "2022-03") in found
    assert _found("Sales in March, '22 rose.", dt.date(2022, 6, 15))[0][2] != "2022-03-22"
