"""German rules for parts of days, anaphoric years, ranges and sets (span and value asserted), with traps."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extraction import tag_text

MON = dt.date(2023, 5, 15)


def _found(text: str, reference: dt.date = MON, language: str = "de") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, reference_date=reference, language=language)]


def test_a_part_of_the_day_after_am_is_that_part_of_the_day_last_mentioned() -> None:
    found = _found("Am 1. September 1939 griff die Wehrmacht Polen an. Noch am Morgen fielen Bomben.")
    assert found == [("1. September 1939", "DATE", "1939-09-01"), ("Morgen", "TIME", "1939-09-01TMO")]
    assert _found("Die Feier beginnt am Vormittag.") == [("Vormittag", "TIME", "2023-05-15TMO")]
    assert _found("Wir sehen uns morgen.") == [("morgen", "DATE", "2023-05-16")]  # lower case: tomorrow


def test_the_evening_of_a_date_and_the_night_before_a_date() -> None:
    assert _found("Am Abend des 9. November 1989 fiel die Mauer.") == [
        ("Abend des 9. November 1989", "TIME", "1989-11-09TEV")]
    assert _found("In der Nacht zum 3. Oktober 1990 wurde die Fahne gehisst.") == [
        ("Nacht zum 3. Oktober 1990", "TIME", "1990-10-02TNI")]
    assert _found("In der Nacht zu Donnerstag trat der Fluss über die Ufer.", dt.date(2021, 7, 16)) == [
        ("Nacht zu Donnerstag", "TIME", "2021-07-14TNI")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Firma wurde im März 2015 gegründet; im Oktober desselben Jahres zog sie um.",
         ("Oktober desselben Jahres", "DATE", "2015-10")),
        ("de", "Das Werk öffnete 1968. Im Herbst des folgenden Jahres brannte es.", ("Herbst des folgenden Jahres",
                                                                                  "DATE", "1969-FA")),
        ("en", "The plant opened in March 2015 and closed in October of that year.",
         ("October of that year", "DATE", "2015-10")),
        ("nl", "De fabriek opende in maart 2015 en sloot in oktober van datzelfde jaar.",
         ("oktober van datzelfde jaar", "DATE", "2015-10")),
        ("fr", "L'usine a ouvert en mars 2015 et a fermé en octobre de la même année.",
         ("octobre de la même année", "DATE", "2015-10")),
    ],
)
def test_a_month_of_the_year_last_mentioned(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text, language=language)


def test_vorjahr_is_the_year_before_the_one_named_in_its_sentence_else_before_the_publication_year() -> None:
    assert ("Vorjahr", "DATE", "2024") in _found("Der Umsatz stieg 2025 kräftig, doppelt so viel wie im Vorjahr.",
                                                 dt.date(2026, 2, 16))
    assert _found("Es kamen mehr Gäste als im Vorjahr.", dt.date(2019, 7, 6)) == [("Vorjahr", "DATE", "2018")]


def test_ab_is_from_then_on_and_seit_is_since() -> None:
    assert _found("Die Ausstellung ist ab Sonntag geöffnet.", dt.date(2024, 11, 8)) == [
        ("Sonntag", "DATE", "2024-11-10")]
    assert _found("Seit März arbeitet das Team im neuen Büro.", dt.date(2026, 2, 16)) == [("März", "DATE", "2025-03")]


def test_the_end_of_a_range_has_the_tense_of_the_range() -> None:
    found = _found("Die Helfer arbeiteten von Samstag 6 Uhr bis Sonntagmittag.")
    assert found[-1] == ("Sonntagmittag", "TIME", "2023-05-14T12:00")


def test_a_time_or_month_right_after_a_set_is_that_of_every_occurrence() -> None:
    assert _found("Das Ministerium meldet die Zahlen täglich um 9.30 Uhr.") == [
        ("täglich", "SET", "P1D"), ("9.30 Uhr", "TIME", "XXXX-XX-XXT09:30")]
    assert _found("Das Fest wird jedes Jahr im Mai gefeiert.") == [("jedes Jahr", "SET", "P1Y"), ("Mai", "DATE", "XXXX-05")]
    assert ("June", "DATE", "2025-06") in _found("A bus runs every Sunday until June.", dt.date(2025, 2, 25), "en")


def test_weak_past_forms_put_a_weekday_in_the_past_and_present_tense_in_the_future() -> None:
    assert _found("Am Samstag siegte sie knapp.", dt.date(2019, 2, 4)) == [("Samstag", "DATE", "2019-02-02")]
    assert _found("Am Mittwoch reist er weiter.", dt.date(2019, 9, 2)) == [("Mittwoch", "DATE", "2019-09-04")]


def test_an_age_in_an_inflected_phrase_is_no_duration() -> None:
    assert _found("Das Gericht verurteilte einen 52 Jahre alten Berater.") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Na een twaalfurige vlucht landde het toestel.", ("twaalfurige", "DURATION", "PT12H")),
        ("nl", "De 3-daagse top begon.", ("3-daagse", "DURATION", "P3D")),
        ("de", "Er wurde zu einer dreijährigen Haftstrafe verurteilt.", ("dreijährigen", "DURATION", "P3Y")),
        ("de", "Die zweitägige Konferenz beginnt.", ("zweitägige", "DURATION", "P2D")),
        ("en", "Over the years the city grew.", ("Over the years", "DURATION", "PXY")),
        ("nl", "In de loop der jaren groeide de stad.", ("In de loop der jaren", "DURATION", "PXY")),
        ("de", "Im Laufe der Jahre wuchs die Stadt.", ("Laufe der Jahre", "DURATION", "PXY")),
        ("fr", "Au fil des ans, la ville a grandi.", ("fil des ans", "DURATION", "PXY")),
        ("nl", "Afgelopen februari stegen de prijzen.", ("Afgelopen februari", "DATE", "2024-02")),
        ("de", "Vergangenen Februar stiegen die Preise.", ("Vergangenen Februar", "DATE", "2024-02")),
        ("nl", "Op 7/8/07 gebeurde het.", ("7/8/07", "DATE", "2007-08-07")),
    ],
)
def test_duration_adjectives_vague_stretches_and_relative_months(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text, dt.date(2024, 5, 6), language)


def test_a_person_is_no_duration_adjective() -> None:
    assert _found("Der 52-Jährige schwieg.") == []


def test_until_opening_a_past_sentence_is_the_last_one_and_a_deadline_the_next_one() -> None:
    assert _found("Until Thursday, they had not called him a suspect.", dt.date(1999, 5, 7), "en") == [
        ("Thursday", "DATE", "1999-05-06")]
    assert _found("The agency has given them until Tuesday to sign.", dt.date(2000, 4, 3), "en") == [
        ("Tuesday", "DATE", "2000-04-04")]


def test_narrative_parts_of_days_and_seasons() -> None:
    ref = dt.date(2010, 3, 1)
    assert _found("In der Nacht vom 5. auf den 6. Juni 1944 sprangen Fallschirmjäger ab.", ref) == [
        ("Nacht vom 5. auf den 6. Juni 1944", "TIME", "1944-06-05TNI")]
    found = _found("Am 22. Juni 1941 begann der Angriff. Am Abend desselben Tages fiel Brest. Am folgenden Morgen "
                   "rückten sie vor.", ref)
    assert found[1:] == [("Abend desselben Tages", "TIME", "1941-06-22TEV"), ("folgenden Morgen", "TIME", "1941-06-23TMO")]
    assert _found("Im Spätsommer 1942 erreichte die Armee Stalingrad. Ende des Jahres 1942 war sie eingeschlossen.",
                  ref) == [("Spätsommer 1942", "DATE", "1942-SU"), ("Ende des Jahres 1942", "DATE", "1942")]
