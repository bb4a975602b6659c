"""Narrative anchoring: reporting sentences count from the publication date, narrative passages from the
last date they named (in all four languages)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extraction import tag_text


def _values(text: str, reference: dt.date, language: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, reference_date=reference, language=language)]


NARRATIVES = [
    (
        "en",
        dt.date(2014, 6, 4),
        "On 28 June 1914, the archduke was shot in Sarajevo. Two months later, the armies met on the Marne. "
        "In December, soldiers on both sides sang carols. The museum said on Monday it will open an exhibition in "
        "August.",
        [("28 June 1914", "1914-06-28"), ("Two months later", "1914-08"), ("December", "1914-12"),
         ("Monday", "2014-06-02"), ("August", "2014-08")],
    ),
    (
        "fr",
        dt.date(2023, 3, 20),
        "Le 20 mars 2003, les troupes sont entrées dans la ville. Le lendemain, le palais est tombé. Le 9 avril, "
        "la statue a été renversée. Hier, le musée a annoncé une exposition. Elle ouvrira en juin.",
        [("Le 20 mars 2003", "2003-03-20"), ("Le lendemain", "2003-03-21"), ("Le 9 avril", "2003-04-09"),
         ("Hier", "2023-03-19"), ("juin", "2023-06")],
    ),
    (
        "de",
        dt.date(2021, 6, 18),
        "Am 22. Juni 1941 überfiel die Wehrmacht die Sowjetunion. Drei Tage später fiel Minsk. Am 3. Juli sprach "
        "Stalin im Radio. Im Herbst stand die Armee vor Moskau. Das Museum zeigt ab Juli eine Ausstellung, teilte "
        "es am Montag mit.",
        [("22. Juni 1941", "1941-06-22"), ("Drei Tage später", "1941-06-25"), ("3. Juli", "1941-07-03"),
         ("Herbst", "1941-FA"), ("Juli", "2021-07"), ("Montag", "2021-06-14")],
    ),
    (
        "nl",
        dt.date(2020, 5, 4),
        "Op 10 mei 1940 viel Duitsland Nederland binnen. Vier dagen later werd Rotterdam gebombardeerd. Op 15 mei "
        "capituleerde het leger. De dag erna trokken de troepen verder. Gisteren opende het museum een "
        "tentoonstelling die tot september loopt.",
        [("10 mei 1940", "1940-05-10"), ("Vier dagen later", "1940-05-14"), ("15 mei", "1940-05-15"),
         ("De dag erna", "1940-05-16"), ("Gisteren", "2020-05-03"), ("september", "2020-09")],
    ),
]


@pytest.mark.parametrize(("language", "reference", "text", "expected"), NARRATIVES, ids=[n[0] for n in NARRATIVES])
def test_narrative_then_reporting(language: str, reference: dt.date, text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, reference, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "In 1989, profits rose. In June, the plant closed.", ("June", "1989-06")),
        ("fr", "En 1999, la ville a grandi. En juin, l'usine a fermé.", ("juin", "1999-06")),
        ("de", "Im Jahr 1999 wuchs die Stadt. Im Juni schloss das Werk.", ("Juni", "1999-06")),
        ("nl", "In 1999 groeide de stad. In juni sloot de fabriek.", ("juni", "1999-06")),
    ],
)
def test_a_year_that_opens_a_passage_sets_its_time(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dt.date(2025, 2, 25), language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a bound or a modifier sets no time; a deictic word or a future clause brings the text back to the DCT
        ("en", "Prices have risen since 1999. In June, the plant closed.", ("June", "2024-06")),
        ("en", "He signed the 1999 treaty. In June, the plant closed.", ("June", "2024-06")),
        ("en", "In 1999, the plant opened. Last week it was sold. In June, it closed.", ("June", "2024-06")),
        ("fr", "En 1999, l'usine a ouvert. Elle fermera en juin.", ("juin", "2025-06")),
        ("de", "Seit 1999 wächst die Stadt. Im Juni schloss das Werk.", ("Juni", "2024-06")),
        ("nl", "In 1999 opende de fabriek.\n\nIn juni sloot de fabriek.", ("juni", "2024-06")),
    ],
)
def test_reporting_passages_keep_the_publication_date(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dt.date(2025, 2, 25), language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The plant opened on 3 March 1990. Two years later it was sold.", ("Two years later", "1992")),
        ("fr", "L'usine a ouvert le 3 mars 1990. Deux ans plus tard, elle a été vendue.",
         ("Deux ans plus tard", "1992")),
        ("de", "Das Werk öffnete am 3. März 1990. Zwei Jahre später wurde es verkauft. Im Jahr darauf schloss es.",
         ("Jahr darauf", "1993")),
        ("nl", "De fabriek opende op 3 maart 1990. Twee jaar later werd ze verkocht.", ("Twee jaar later", "1992")),
    ],
)
def test_anaphoric_expressions_count_from_the_last_date(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dt.date(2025, 2, 25), language)


def test_without_a_publication_date_a_narrative_still_resolves() -> None:
    found = _values("Am 1. September 1939 begann der Krieg. Zwei Tage später erklärte Frankreich den Krieg.", None,
                    "de")  # type: ignore[arg-type]
    assert found == [("1. September 1939", "1939-09-01"), ("Zwei Tage später", "1939-09-03")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Schlacht dauerte vom 5. bis 12. Juli 1943.", [("5.", "1943-07-05"), ("12. Juli 1943", "1943-07-12")]),
        ("nl", "Van 5 tot 12 juli 1998 vierde de stad feest.", [("5", "1998-07-05"), ("12 juli 1998", "1998-07-12")]),
        ("fr", "Du 5 au 12 juillet 1998, la ville a fêté.", [("5", "1998-07-05"), ("12 juillet 1998", "1998-07-12")]),
    ],
)
def test_the_first_day_of_a_range_takes_the_month_of_the_second(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, dt.date(2010, 3, 1), language) == expected


def test_a_narrative_runs_forward_into_the_next_year() -> None:
    text = "Im Dezember 1941 erreichte die Armee Moskau. Im Januar begann die Gegenoffensive. Im März war sie beendet."
    assert _values(text, dt.date(2010, 3, 1), "de") == [("Dezember 1941", "1941-12"), ("Januar", "1942-01"),
                                                        ("März", "1942-03")]


def test_a_winter_across_two_years_and_des_jahres() -> None:
    found = _values("Im Winter 1941/42 erstarrte die Front. Im Sommer des Jahres 1944 landeten die Alliierten.",
                    dt.date(2010, 3, 1), "de")
    assert found == [("Winter 1941/42", "1941-WI"), ("Sommer des Jahres 1944", "1944-SU")]


def test_the_end_of_the_month_or_year_in_a_narrative_is_that_of_the_passage() -> None:
    text = "Am 22. Juni 1941 überfiel die Wehrmacht die Sowjetunion. Ende des Monats stand sie vor Minsk."
    assert _values(text, dt.date(2010, 3, 1), "de")[-1] == ("Ende des Monats", "1941-06")
    assert _values("Bis Ende des Jahres will die Firma wachsen.", dt.date(2010, 3, 1), "de") == [
        ("Ende des Jahres", "2010")]
    assert _values("In 1914, the war began. By the end of the year, millions had died.", dt.date(2014, 6, 4),
                   "en")[-1] == ("the end of the year", "1914")


def test_the_early_hours_of_a_date() -> None:
    assert _values("In den frühen Morgenstunden des 6. Juni 1944 landeten die Alliierten.", dt.date(2010, 3, 1),
                   "de") == [("frühen Morgenstunden des 6. Juni 1944", "1944-06-06TMO")]


def test_the_next_year_is_deictic_in_reporting_and_anaphoric_in_a_narrative() -> None:
    assert ("the next year", "2026") in _values("In 2007 the plant opened. People can expect to die within the next "
                                                "year.", dt.date(2025, 2, 25), "en")
    assert ("The next year", "1991") in _values("The plant opened on 3 March 1990. The next year it was sold.",
                                                dt.date(2025, 2, 25), "en")
    assert ("The next day", "2009-03-04") in _values("He left on 3 March 2009. The next day he returned.",
                                                     dt.date(2025, 2, 25), "en")
