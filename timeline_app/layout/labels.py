"""Axis labels in the newsroom's languages (nl, en, fr, de; others read English)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.domain.display import century_name
from timeline_app.domain.display import month_name as display_month_name

_WEEKDAYS = {
    "nl": "ma di wo do vr za zo",
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "de": "Mo Di Mi Do Fr Sa So",
}
_WEEK = {"nl": "wk {n}", "en": "W{n}", "fr": "sem. {n}", "de": "KW {n}"}
_QUARTER = {"nl": "K{n}", "en": "Q{n}", "fr": "T{n}", "de": "Q{n}"}
_DECADE = {"nl": "jaren {y}", "en": "{y}s", "fr": "années {y}", "de": "{y}er"}
_HOUR = {"nl": "{h:02d}:{m:02d}", "en": "{h:02d}:{m:02d}", "fr": "{h} h", "de": "{h:02d}:{m:02d}"}

LANGUAGES = ("nl", "en", "fr", "de")


def language_of(language: str | None) -> str:
    """``language`` if the axis speaks it, else English."""
    return language if language in _WEEKDAYS else "en"



def month_name(month: int, language: str, *, short: bool = False) -> str:
    """The (short) name of ``month`` (1..12), as dates are written everywhere in the app."""
    return display_month_name(month, language_of(language), short=short)


def hour_label(moment: _dt.datetime, language: str) -> str:
    """"14:00" (fr "14 h")."""
    lang = language_of(language)
    if lang == "fr" and moment.minute:
        return f"{moment.hour} h {moment.minute:02d}"
    return _HOUR[lang].format(h=moment.hour, m=moment.minute)


def day_label(moment: _dt.datetime, language: str, *, with_weekday: bool = True) -> str:
    """"ma 16" / "Mon 16": a day tick under a month heading."""
    lang = language_of(language)
    if not with_weekday:
        return str(moment.day)
    return f"{_WEEKDAYS[lang].split()[moment.weekday()]} {moment.day}"


def full_day_label(moment: _dt.datetime, language: str) -> str:
    """"ma 16 dec 2022": a day heading above hour ticks."""
    lang = language_of(language)
    weekday = _WEEKDAYS[lang].split()[moment.weekday()]
    return f"{weekday} {moment.day} {month_name(moment.month, lang, short=True)} {moment.year}"


def week_label(moment: _dt.datetime, language: str) -> str:
    """"wk 12" / "W12" / "sem. 12" / "KW 12" (ISO weeks)."""
    return _WEEK[language_of(language)].format(n=moment.isocalendar().week)


def month_label(moment: _dt.datetime, language: str, *, with_year: bool = False) -> str:
    """"dec" under a year heading, or "december 2022" as a heading."""
    lang = language_of(language)
    if with_year:
        return f"{month_name(moment.month, lang)} {moment.year}"
    return month_name(moment.month, lang, short=True)


def quarter_label(moment: _dt.datetime, language: str) -> str:
    """"K1" / "Q1" / "T1"."""
    return _QUARTER[language_of(language)].format(n=(moment.month - 1) // 3 + 1)


def year_label(moment: _dt.datetime, language: str) -> str:
    """"2022"."""
    return str(moment.year)


def decade_label(moment: _dt.datetime, language: str) -> str:
    """"jaren 1990" / "1990s" / "années 1990" / "1990er"."""
    return _DECADE[language_of(language)].format(y=moment.year - moment.year % 10)


def century_label(moment: _dt.datetime, language: str) -> str:
    """"20e eeuw" / "20th century" / "XXe siècle" / "20. Jahrhundert" for the hundred years from 1900."""
    return century_name(moment.year // 100 + 1, language_of(language))


def millennium_label(moment: _dt.datetime, language: str) -> str:
    """"1000–1999": the thousand years starting at ``moment``."""
    first = moment.year - moment.year % 1000
    return f"{max(first, 1)}–{first + 999}"
