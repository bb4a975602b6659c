"""Time scale and axis ticks at every level, with labels in nl/en/fr/de."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.layout import TickLevel, TickUnit, TimeScale, axis_for, choose_unit, from_days, ticks, to_days
from timeline_app.layout.ticks import UNITS, tick_label


def measure(text: str) -> float:
    return 7.0 * len(text)


def test_days_round_trip_and_scale() -> None:
    moment = dt.datetime(2022, 2, 3, 14, 30)
    assert from_days(to_days(moment)) == moment
    scale = TimeScale(to_days(dt.date(2022, 1, 1)), 10.0)
    assert scale.x_of(dt.date(2022, 1, 11)) == pytest.approx(100.0)
    zoomed = scale.zoomed(2.0, anchor_days=to_days(dt.date(2022, 1, 6)))
    assert zoomed.x(to_days(dt.date(2022, 1, 6))) == pytest.approx(50.0)


@pytest.mark.parametrize(
    ("px_per_day", "level"),
    [
        (2000.0, TickLevel.HOUR),
        (60.0, TickLevel.DAY),
        (20.0, TickLevel.WEEK),
        (3.0, TickLevel.MONTH),
        (0.8, TickLevel.QUARTER),
        (0.2, TickLevel.YEAR),
        (0.01, TickLevel.DECADE),
        (0.002, TickLevel.CENTURY),
        (0.00005, TickLevel.MILLENNIUM),
    ],
)
def test_unit_follows_zoom(px_per_day: float, level: TickLevel) -> None:
    assert choose_unit(px_per_day, measure, "en").level is level


def test_labels_fit_at_chosen_unit() -> None:
    start = to_days(dt.date(1990, 1, 1))
    for ppd in (0.0005, 0.05, 0.5, 5.0, 50.0, 500.0):
        axis = axis_for(start, start + 1400 / ppd, ppd, measure, "nl")
        xs = [t.days * ppd for t in axis.ticks]
        for (a, label), b in zip(zip(xs, [t.label for t in axis.ticks], strict=True), xs[1:], strict=False):
            assert b - a >= measure(label), (ppd, label)


def test_ticks_fall_on_calendar_boundaries() -> None:
    start, end = to_days(dt.date(2021, 12, 20)), to_days(dt.date(2022, 3, 5))
    months = [from_days(t.days) for t in ticks(TickUnit(TickLevel.MONTH), start, end, "en")]
    assert months[0] == dt.datetime(2021, 12, 1) and months[-1] == dt.datetime(2022, 3, 1)
    weeks = [from_days(t.days) for t in ticks(TickUnit(TickLevel.WEEK), start, end, "en")]
    assert all(w.weekday() == 0 for w in weeks)
    hours = ticks(TickUnit(TickLevel.HOUR, 6), start, start + 1, "en")
    assert [t.label for t in hours] == ["00:00", "06:00", "12:00", "18:00", "00:00"]
    decades = ticks(TickUnit(TickLevel.DECADE), to_days(dt.date(1995, 1, 1)), to_days(dt.date(2021, 1, 1)), "en")
    assert [from_days(t.days).year for t in decades] == [1990, 2000, 2010, 2020]


def test_every_unit_produces_ticks_over_a_matching_span() -> None:
    start = to_days(dt.date(1500, 1, 1))
    for unit in UNITS:
        found = ticks(unit, start, start + unit.approx_days * 3, "en")
        assert 3 <= len(found) <= 5, unit


@pytest.mark.parametrize(
    ("language", "month", "heading", "week", "quarter", "decade", "century"),
    [
        ("nl", "mrt", "maart 2022", "wk 9", "K1", "jaren 1990", "20e eeuw"),
        ("en", "Mar", "March 2022", "W9", "Q1", "1990s", "20th century"),
        ("fr", "mars", "mars 2022", "sem. 9", "T1", "années 1990", "XXe siècle"),
        ("de", "März", "März 2022", "KW 9", "Q1", "1990er", "20. Jahrhundert"),
    ],
)
def test_labels_per_language(language: str, month: str, heading: str, week: str, quarter: str, decade: str,
                             century: str) -> None:
    moment = dt.datetime(2022, 3, 1)
    assert tick_label(TickUnit(TickLevel.MONTH), moment, language) == month
    assert tick_label(TickUnit(TickLevel.MONTH), moment, language, heading=True) == heading
    assert tick_label(TickUnit(TickLevel.WEEK), moment, language) == week
    assert tick_label(TickUnit(TickLevel.QUARTER), moment, language) == quarter
    assert tick_label(TickUnit(TickLevel.DECADE), dt.datetime(1990, 1, 1), language, heading=True) == decade
    assert tick_label(TickUnit(TickLevel.CENTURY), dt.datetime(1900, 1, 1), language, heading=True) == century
