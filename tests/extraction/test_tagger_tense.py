"""Clause-level tense, dates with a 'last/next' word, and 'within' durations (span and value asserted)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extraction import tag_text

SAT = dt.date(2022, 12, 17)
WED = dt.date(1998, 3, 4)


def _found(text: str, reference: dt.date, language: str = "en") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, reference_date=reference, language=language)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the auxiliary governs its participle: "will be named" is future although "named" ends in -ed
        ("Collins will be named commander of the shuttle for a mission in December.", "December", "1998-12"),
        # an adjective in -ed is no past verb
        ("Qantas will double its flights by August in the search for markets untouched by the crisis.",
         "August", "1998-08"),
        ("The split would be paid on a still unspecified date in January.", "January", "1999-01"),
        # reported speech: the verb group nearest to the left decides, not "said"
        ("He said the talks would resume Monday.", "Monday", "1998-03-09"),
        ("The king met Monday with the envoy.", "Monday", "1998-03-02"),
        # an infinitive after a verb or noun of intention looks ahead
        ("It agreed to buy the unit in February, the company said.", "February", "1999-02"),
        ("It had been due to expire Friday.", "Friday", "1998-02-27"),
        # a present perfect is past
        ("Police have been searching for him since the June attack.", "June", "1997-06"),
        # a date used as a modifier names a known event
        ("Wednesday's ruling angered the family, who said they would appeal.", "Wednesday", "1998-03-04"),
        # a sentence-initial date takes the verb on its right
        ("In January, the company announced a loss.", "January", "1998-01"),
        ("The shares are to resume trading in Paris Tuesday.", "Tuesday", "1998-03-10"),
    ],
)
def test_the_governing_verb_group_decides_past_or_future(text: str, span: str, value: str) -> None:
    found = [(s, v) for s, _t, v in _found(text, WED) if s == span]
    assert found == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the verb group of the expression, not a cue word of another clause, decides
        ("The city will run free guided walks, with the first one in early March.", "early March", "1998-03"),
        # near dates with a day stay the nearest occurrence whatever the verb ("extended to Nov. 20")
        ("The offer was extended to March 20.", "March 20", "1998-03-20"),
        # "could" is no future by itself
        ("Neither he nor his wife could be located Tuesday.", "Tuesday", "1998-03-03"),
    ],
)
def test_tense_traps(text: str, span: str, value: str) -> None:
    found = [(s, v) for s, _t, v in _found(text, WED) if s == span]
    assert found == [(span, value)]


@pytest.mark.parametrize(
    ("language", "text", "span", "value"),
    [
        ("fr", "Il l'a annoncé le 3 février dernier.", "le 3 février dernier", "2022-02-03"),
        ("fr", "Il viendra le 3 mars prochain.", "le 3 mars prochain", "2023-03-03"),
        ("fr", "Le contrat a été signé le mardi 3 février dernier.", "le mardi 3 février dernier", "2022-02-03"),
        ("fr", "Il est venu le 17 décembre dernier.", "le 17 décembre dernier", "2021-12-17"),
        ("nl", "Het gebeurde afgelopen 3 februari in Gent.", "afgelopen 3 februari", "2022-02-03"),
        ("nl", "Dat was op 3 februari jl. in Gent.", "3 februari jl.", "2022-02-03"),
        ("nl", "De opening is op 3 maart aanstaande.", "3 maart aanstaande", "2023-03-03"),
        ("de", "Am vergangenen 3. Februar kam er an.", "vergangenen 3. Februar", "2022-02-03"),
        ("de", "Er kommt am kommenden 3. März.", "kommenden 3. März", "2023-03-03"),
        ("de", "Vergangenen Donnerstag kam er an.", "Vergangenen Donnerstag", "2022-12-15"),
        ("de", "Er kommt kommenden Montag.", "kommenden Montag", "2022-12-19"),
        ("en", "He was shot last Oct. 23 at his home.", "last Oct. 23", "2022-10-23"),
        ("en", "They will meet next March 5.", "next March 5", "2023-03-05"),
        ("en", "It opened last May 5, 2010.", "last May 5, 2010", "2010-05-05"),
    ],
)
def test_last_and_next_with_a_date_mean_the_latest_past_or_first_future_one(
    language: str, text: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in _found(text, SAT, language)


def test_a_date_followed_by_next_year_keeps_both_expressions() -> None:
    found = _found("De opening is op 3 februari volgend jaar.", SAT, "nl")
    assert ("3 februari", "DATE", "2023-02-03") in found
    assert ("volgend jaar", "DATE", "2023") in found


@pytest.mark.parametrize(
    ("language", "text", "span", "value"),
    [
        ("nl", "De brandweer was binnen een uur ter plaatse.", "een uur", "PT1H"),
        ("nl", "Binnen twee weken valt er een besluit.", "twee weken", "P2W"),
        ("de", "Die Feuerwehr war innerhalb einer Stunde vor Ort.", "einer Stunde", "PT1H"),
        ("de", "Die Feuerwehr war binnen einer Stunde vor Ort.", "einer Stunde", "PT1H"),
        ("fr", "Les pompiers sont arrivés en une heure.", "une heure", "PT1H"),
        ("en", "Firefighters arrived within an hour.", "an hour", "PT1H"),
    ],
)
def test_within_an_hour_is_a_duration_not_the_publication_day(
    language: str, text: str, span: str, value: str
) -> None:
    assert _found(text, SAT, language) == [(span, "DURATION", value)]


def test_over_and_in_a_period_still_point_to_a_date() -> None:
    assert _found("Over twee weken valt er een besluit.", SAT, "nl") == [("Over twee weken", "DATE", "2022-W52")]
    assert _found("Er kommt in zwei Wochen.", SAT, "de") == [("in zwei Wochen", "DATE", "2022-W52")]


@pytest.mark.parametrize(
    ("language", "text", "span", "value"),
    [
        ("en", "Prices will rise in coming months.", "coming months", "FUTURE_REF"),
        ("en", "Sales fell in the past years.", "the past years", "PAST_REF"),
        ("nl", "De prijzen stijgen de komende jaren.", "de komende jaren", "FUTURE_REF"),
        ("nl", "De prijzen stegen de afgelopen weken.", "de afgelopen weken", "PAST_REF"),
        ("de", "Die Preise stiegen in den letzten Jahren.", "letzten Jahren", "PAST_REF"),
        ("de", "Die Preise steigen in den kommenden Wochen.", "kommenden Wochen", "FUTURE_REF"),
        ("fr", "Les prix ont augmenté ces dernières années.", "ces dernières années", "PAST_REF"),
        ("fr", "Les prix vont augmenter dans les semaines à venir.", "les semaines à venir", "FUTURE_REF"),
    ],
)
def test_a_plural_unit_after_last_or_next_without_a_number_is_vague(
    language: str, text: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in _found(text, SAT, language)


@pytest.mark.parametrize(
    ("language", "text", "span", "value"),
    [
        ("en", "Sales fell last year.", "last year", "2021"),
        ("en", "Sales fell over the past two years.", "the past two years", "P2Y"),
        ("nl", "Het afgelopen jaar stegen de prijzen.", "Het afgelopen jaar", "P1Y"),
        ("de", "Die Preise stiegen im letzten Jahr.", "letzten Jahr", "2021"),
        ("fr", "Les prix ont augmenté les trois derniers mois.", "les trois derniers mois", "P3M"),
        ("fr", "Les prix ont augmenté le mois dernier.", "le mois dernier", "2022-11"),
    ],
)
def test_singular_units_and_counted_plurals_keep_their_values(language: str, text: str, span: str, value: str) -> None:
    assert any(s == span and v == value for s, _t, v in _found(text, SAT, language))


@pytest.mark.parametrize(
    "text",
    [
        "The firm holds 9% and may seek control of the company.",
        "Oil prices are set to fall further.",
        "The group began to fall apart.",
        "About 100,000 women joined the march.",
    ],
)
def test_lower_case_may_march_fall_are_no_dates_without_a_month_word_before(text: str) -> None:
    assert _found(text, WED) == []


def test_capitalized_may_is_a_month_and_no_modal_for_the_tense() -> None:
    assert _found("Sales rose in May and June.", WED) == [("May", "DATE", "1997-05"), ("June", "DATE", "1997-06")]
    assert _found("He resigned last fall.", WED) == [("last fall", "DATE", "1997-FA")]


def test_dutch_strong_past_forms_put_a_weekday_in_the_past() -> None:
    found = tag_text("De AEX steeg dinsdag met 2 procent.", reference_date=dt.date(2024, 5, 8), language="nl")
    assert [(t.text, t.value) for t in found] == [("dinsdag", "2024-05-07")]
