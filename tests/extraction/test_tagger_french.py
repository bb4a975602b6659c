"""French span and value conventions of French TimeBank (FR-TimeML), with the traps they must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extraction import tag_text

SUN = dt.date(2003, 2, 23)


def _found(text: str, reference: dt.date = SUN) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, reference_date=reference, language="fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les faits ont eu lieu le 27 mai 1998.", ("le 27 mai 1998", "DATE", "1998-05-27")),
        ("Il a été élu le 6 mai dernier.", ("le 6 mai dernier", "DATE", "2002-05-06")),
        ("La gare sera fermée le mercredi 3 avril.", ("le mercredi 3 avril", "DATE", "2003-04-03")),
        ("Les travaux ont été faits à la fin de l'année dernière.", ("la fin de l'année dernière", "DATE", "2002")),
        ("C'était dans les années 1980.", ("les années 1980", "DATE", "198")),
    ],
)
def test_the_article_of_a_calendar_noun_phrase_is_part_of_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_preposition_fused_with_the_article_stays_outside() -> None:
    assert _found("Le programme du 30 mai, au mois de juin.") == [
        ("30 mai", "DATE", "2003-05-30"), ("mois de juin", "DATE", "2003-06")]


def test_a_month_with_last_or_next_or_a_two_digit_year() -> None:
    assert _found("Le contrat sera signé en juin prochain.") == [("juin prochain", "DATE", "2003-06")]
    assert _found("Les attentats de septembre dernier.") == [("septembre dernier", "DATE", "2002-09")]
    assert _found("Le rythme a changé dès octobre 98 pour les écoles.") == [("octobre 98", "DATE", "1998-10")]
    assert _found("Il est né le 10 novembre 93, à Nancy.") == [("le 10 novembre 93", "DATE", "1993-11-10")]
    # a count after a date is no year
    assert _found("Le 3 mars 12 personnes sont venues.") == [("Le 3 mars", "DATE", "2003-03-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Une fillette de 6 ans s'est noyée.",
        "Alain Parmentier, 53 ans, employé de la société.",
        "Agé de 54 ans, il devrait regagner son corps.",
        "Une promenade de santé pour les moins de 17 ans qui ont dû lutter.",
        "Un chauffeur de bus de 38 ans a été agressé.",
    ],
)
def test_ages_are_no_durations(text: str) -> None:
    assert _found(text) == []


def test_durations_in_years_stay() -> None:
    assert _found("Un accord au terme de trois ans de tractations.") == [("trois ans", "DURATION", "P3Y")]
    assert _found("Il est bénévole depuis douze ans.") == [("douze ans", "DURATION", "P12Y")]


def test_a_part_of_the_day_with_its_article_is_that_part_of_the_day_last_mentioned() -> None:
    found = _found("Une panne a plongé hier soir la ville dans le noir. Le courant a été rétabli au cours de la nuit.")
    assert found == [("hier soir", "TIME", "2003-02-22TEV"), ("la nuit", "TIME", "2003-02-22TNI")]


def test_an_adjectival_season_and_a_newspaper_are_no_times() -> None:
    assert _found("Les Jeux olympiques d'hiver s'ouvrent.") == []
    assert _found("Selon le quotidien local, la presse quotidienne recule.") == []
    assert ("quotidien", "SET", "P1D") in _found("Les patrouilles sont le lot quotidien des soldats.")
    assert _found("Pendant les mois d'été, la ville se vide.") == [("été", "DATE", "2003-SU")]


def test_this_weekday_is_the_coming_one_unless_the_clause_is_past() -> None:
    assert _found("Les inscriptions se feront ce lundi.") == [("ce lundi", "DATE", "2003-02-24")]
    assert _found("Ce vendredi, il a annoncé sa démission.") == [("Ce vendredi", "DATE", "2003-02-21")]


def test_a_bare_weekday_in_a_past_clause_is_the_last_one() -> None:
    assert _found("Nous avons ouvert vendredi jusqu'à 17 h.")[0] == ("vendredi", "DATE", "2003-02-21")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a terminé à 30,4 secondes du vainqueur.", ("30,4 secondes", "DURATION", "PT30.4S")),
        ("Le local sert depuis un quart de siècle.", ("un quart de siècle", "DURATION", "P25Y")),
        ("Un demi-siècle a passé.", ("Un demi-siècle", "DURATION", "P50Y")),
        ("Il est favorable à un quinquennat.", ("quinquennat", "DURATION", "P5Y")),
    ],
)
def test_decimal_fractional_and_named_durations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_thousands_group_is_no_duration() -> None:
    assert _found("Il y a 1.000 ans, la ville existait.") == []
    assert [(t.text, t.value) for t in tag_text("About 1.000 years.", reference_date=SUN, language="en")] == []


def test_the_night_refers_back_to_the_day_of_its_paragraph() -> None:
    text = ("Une panne a plongé hier soir la ville dans le noir. " + "La centrale était neuve. " * 20
            + "Le courant a été rétabli au cours de la nuit.")
    assert _found(text)[-1] == ("la nuit", "TIME", "2003-02-22TNI")
