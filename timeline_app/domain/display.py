"""Human-readable dates that follow a span's precision: "2014", "juni 2023", "c. februari 2025"."""

from __future__ import annotations

import datetime as _dt

from timeline_app.domain.dates import DateSpan, Precision, Qualifier

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
_SHORT_MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
}
_SEASONS = {
    "nl": {3: "voorjaar", 6: "zomer", 9: "najaar", 12: "winter"},
    "en": {3: "spring", 6: "summer", 9: "autumn", 12: "winter"},
    "fr": {3: "printemps", 6: "été", 9: "automne", 12: "hiver"},
    "de": {3: "Frühjahr", 6: "Sommer", 9: "Herbst", 12: "Winter"},
}
_WORDS = {
    "nl": {"circa": "c.", "week": "week", "century": "eeuw", "unknown": "datum onbekend", "recent": "onlangs",
           "soon": "binnenkort", "now": "nu", "half": "{n}e helft", "decade": "jaren {d}"},
    "en": {"circa": "c.", "week": "week", "century": "century", "unknown": "date unknown", "recent": "recently",
           "soon": "soon", "now": "now", "half": "H{n}", "decade": "{d}s"},
    "fr": {"circa": "vers", "week": "semaine", "century": "siècle", "unknown": "date inconnue",
           "recent": "récemment", "soon": "prochainement", "now": "maintenant", "half": "{n}e semestre",
           "decade": "années {d}"},
    "de": {"circa": "ca.", "week": "KW", "century": "Jahrhundert", "unknown": "Datum unbekannt", "recent": "kürzlich",
           "soon": "demnächst", "now": "jetzt", "half": "{n}. Halbjahr", "decade": "{d}er Jahre"},
}
_QUALIFIERS = {
    "nl": {Qualifier.BEFORE: "vóór {}", Qualifier.AFTER: "na {}", Qualifier.SINCE: "sinds {}", Qualifier.UNTIL: "tot {}"},
    "en": {Qualifier.BEFORE: "before {}", Qualifier.AFTER: "after {}", Qualifier.SINCE: "since {}",
           Qualifier.UNTIL: "until {}"},
    "fr": {Qualifier.BEFORE: "avant {}", Qualifier.AFTER: "après {}", Qualifier.SINCE: "depuis {}",
           Qualifier.UNTIL: "jusqu'à {}"},
    "de": {Qualifier.BEFORE: "vor {}", Qualifier.AFTER: "nach {}", Qualifier.SINCE: "seit {}", Qualifier.UNTIL: "bis {}"},
}


def month_name(month: int, language: str | None, *, short: bool = False) -> str:
    """The name of ``month`` (1-12) in nl/en/fr/de (others get English), short or in full."""
    table = _SHORT_MONTHS if short else _MONTHS
    return table[_language(language)].split()[month - 1]


def _language(language: str | None) -> str:
    return language if language in _MONTHS else "en"


def _day(value: _dt.datetime, lang: str) -> str:
    month = _SHORT_MONTHS[lang].split()[value.month - 1]
    return f"{value.day} {month} {value.year}"


def format_span(span: DateSpan, language: str | None = "nl") -> str:
    """The span as an editor reads it, in ``language`` (nl/en/fr/de; others get English).

    Precision decides the form ("2014", "juni 2023", "16 dec 2022", "jaren 90"), an approximate
    span gets "c." ("c. februari 2025"), a qualifier its word ("sinds 2014"), and a range
    ("between") both ends.
    """
    lang = _language(language)
    words = _WORDS[lang]
    if span.start is None or span.end is None:
        if span.value == "PAST_REF":
            return words["recent"]
        if span.value == "FUTURE_REF":
            return words["soon"]
        if span.value == "PRESENT_REF":
            return words["now"]
        return words["unknown"]
    if span.value in ("PAST_REF", "FUTURE_REF"):
        middle = span.start + (span.end - span.start) / 2
        text = f"{words['circa']} {_at_precision(middle, Precision.MONTH, lang)}"
        return text
    if span.qualifier is Qualifier.BETWEEN:
        last = span.end - _dt.timedelta(microseconds=1)
        text = f"{_at_precision(span.start, span.precision, lang)} – {_at_precision(last, span.precision, lang)}"
    else:
        text = _at_precision(span.start, span.precision, lang)
        if span.precision is Precision.DECADE:
            text = words["decade"].format(d=f"{span.start.year % 100:02d}" if lang != "en" else span.start.year)
    if span.approximate:
        text = f"{words['circa']} {text}"
    template = _QUALIFIERS[lang].get(span.qualifier) if span.qualifier else None
    return template.format(text) if template else text


def _at_precision(value: _dt.datetime, precision: Precision, lang: str) -> str:
    if precision <= Precision.HOUR:
        return f"{_day(value, lang)} {value:%H:%M}"
    if precision is Precision.DAY:
        return _day(value, lang)
    if precision is Precision.WEEK:
        iso = value.isocalendar()
        return f"{_WORDS[lang]['week']} {iso.week} {iso.year}"
    if precision is Precision.MONTH:
        return f"{_MONTHS[lang].split()[value.month - 1]} {value.year}"
    if precision is Precision.SEASON:
        season = _SEASONS[lang].get(value.month)
        return f"{season} {value.year}" if season else str(value.year)
    if precision is Precision.QUARTER:
        return f"Q{(value.month - 1) // 3 + 1} {value.year}"
    if precision is Precision.HALF_YEAR:
        return f"{_WORDS[lang]['half'].format(n=1 if value.month <= 6 else 2)} {value.year}"
    if precision is Precision.YEAR:
        return str(value.year)
    if precision is Precision.DECADE:
        return f"{value.year - value.year % 10}s"
    if precision is Precision.CENTURY:
        return century_name(value.year // 100 + 1, lang)
    return str(value.year)


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def century_name(n: int, language: str | None) -> str:
    """The ordinal century ``n`` as each language writes it: "2nd century", "2e eeuw", "IIe siècle"
    ("Ier siècle"), "2. Jahrhundert"; other languages read English."""
    lang = _language(language)
    if lang == "en":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century"
    if lang == "de":
        return f"{n}. Jahrhundert"
    if lang == "fr":
        return f"{_roman(n)}{'er' if n == 1 else 'e'} siècle"
    return f"{n}e {_WORDS[lang]['century']}"


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)
