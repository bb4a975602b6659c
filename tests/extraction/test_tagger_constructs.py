"""One construct at a time, per language: the span found and the TIMEX3 value."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extraction import tag_text

DCT = dt.date(2025, 2, 25)  # a Tuesday, ISO week 2025-W09

CASES: list[tuple[str, str, str, str, str]] = [
    # (language, sentence, expected text, type, value)
    ("nl", "Het gebeurde op 3 februari 2022 in Utrecht.", "3 februari 2022", "DATE", "2022-02-03"),
    ("nl", "Het contract van 03-02-2022 is geldig.", "03-02-2022", "DATE", "2022-02-03"),
    ("nl", "De factuur van 16.12.2022 is betaald.", "16.12.2022", "DATE", "2022-12-16"),
    ("nl", "Tot 16/12 geldt de actie.", "16/12", "DATE", "2025-12-16"),
    ("nl", "In juni 2023 was het druk.", "juni 2023", "DATE", "2023-06"),
    ("nl", "In 2014 begon het.", "2014", "DATE", "2014"),
    ("nl", "Het seizoen '22 was zwak.", "'22", "DATE", "2022"),
    ("nl", "Gisteren werd hij gearresteerd.", "Gisteren", "DATE", "2025-02-24"),
    ("nl", "Vorige week kwam de raad bijeen.", "Vorige week", "DATE", "2025-W08"),
    ("nl", "Afgelopen weekend was het druk.", "Afgelopen weekend", "DATE", "2025-W08-WE"),
    ("nl", "Later deze week volgt een besluit.", "Later deze week", "DATE", "2025-W09"),
    ("nl", "Over twee weken is de opening.", "Over twee weken", "DATE", "2025-W11"),
    ("nl", "Drie dagen geleden viel het besluit.", "Drie dagen geleden", "DATE", "2025-02-22"),
    ("nl", "Dat was 3 dagen geleden.", "3 dagen geleden", "DATE", "2025-02-22"),
    ("nl", "Begin maart start de bouw.", "Begin maart", "DATE", "2025-03"),
    ("nl", "De fabriek sloot eind vorig jaar.", "eind vorig jaar", "DATE", "2024"),
    ("nl", "Medio 2024 kwam de subsidie.", "Medio 2024", "DATE", "2024"),
    ("nl", "In het voorjaar van 2022 begon de sloop.", "voorjaar van 2022", "DATE", "2022-SP"),
    ("nl", "De winst steeg in Q3 2023.", "Q3 2023", "DATE", "2023-Q3"),
    ("nl", "Dat was in de jaren negentig.", "jaren negentig", "DATE", "199"),
    ("nl", "Het huis is uit de 19de eeuw.", "19de eeuw", "DATE", "18"),
    ("nl", "Het dorp is uit de negentiende eeuw.", "negentiende eeuw", "DATE", "18"),
    ("nl", "Onlangs werd hij ziek.", "Onlangs", "DATE", "PAST_REF"),
    ("nl", "Binnenkort volgt meer.", "Binnenkort", "DATE", "FUTURE_REF"),
    ("nl", "Momenteel is het rustig.", "Momenteel", "DATE", "PRESENT_REF"),
    ("nl", "De bouw duurde vier jaar.", "vier jaar", "DURATION", "P4Y"),
    ("nl", "De trein vertrekt om 14.00 uur.", "14.00 uur", "TIME", "2025-02-25T14:00"),
    ("nl", "Elke maandag is er markt.", "Elke maandag", "SET", "XXXX-WXX-1"),
    ("nl", "De storing begon gisteravond.", "gisteravond", "TIME", "2025-02-24TEV"),
    ("nl", "Zij zagen elkaar donderdagochtend.", "donderdagochtend", "TIME", "2025-02-20TMO"),
    ("en", "It happened on February 3, 2022, in Ohio.", "February 3, 2022", "DATE", "2022-02-03"),
    ("en", "The firm reported on 3 February 2022.", "3 February 2022", "DATE", "2022-02-03"),
    ("en", "Sales rose in June 2023.", "June 2023", "DATE", "2023-06"),
    ("en", "The plant opened mid-2024.", "mid-2024", "DATE", "2024"),
    ("en", "The council met the day before.", "the day before", "DATE", "2025-02-24"),
    ("en", "Profit fell in the second half of 2021.", "the second half of 2021", "DATE", "2021-H2"),
    ("en", "Sales rose in the third quarter.", "the third quarter", "DATE", "2024-Q3"),
    ("en", "Prices fell in the 1990s.", "the 1990s", "DATE", "199"),
    ("en", "It was built in the 19th century.", "the 19th century", "DATE", "18"),
    ("en", "Prices rose recently.", "recently", "DATE", "PAST_REF"),
    ("en", "The shop stays open until June.", "June", "DATE", "2025-06"),
    ("en", "The strike lasted 48 hours.", "48 hours", "DURATION", "PT48H"),
    ("en", "The alarm went off at 03:00.", "03:00", "TIME", "2025-02-25T03:00"),
    ("en", "Profit rose 5% from a year ago.", "a year ago", "DATE", "2024"),
    ("en", "The company said last year that it would grow.", "last year", "DATE", "2024"),
    ("en", "The rate is reviewed every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ("fr", "Le pont a ouvert le 3 février 2022.", "le 3 février 2022", "DATE", "2022-02-03"),
    ("fr", "Le mois dernier, les prix ont baissé.", "Le mois dernier", "DATE", "2025-01"),
    ("fr", "La semaine dernière, il a plu.", "La semaine dernière", "DATE", "2025-W08"),
    ("fr", "Il est parti il y a trois jours.", "il y a trois jours", "DATE", "2025-02-22"),
    ("fr", "Le chantier reprendra dans deux semaines.", "dans deux semaines", "DATE", "2025-W11"),
    ("fr", "Les travaux commencent début avril.", "début avril", "DATE", "2025-04"),
    ("fr", "Le bâtiment date du XIXe siècle.", "XIXe siècle", "DATE", "18"),
    ("fr", "C'était dans les années 1960.", "les années 1960", "DATE", "196"),
    ("fr", "Il faisait beau à l'automne 2023.", "l'automne 2023", "DATE", "2023-FA"),
    ("fr", "La salle sera ouverte au premier semestre 2026.", "premier semestre 2026", "DATE", "2026-H1"),
    ("fr", "La réunion aura lieu jeudi 27 février à 14h30.", "14h30", "TIME", "2025-02-27T14:30"),
    ("fr", "Les bus passent toutes les heures.", "toutes les heures", "SET", "PT1H"),
    ("fr", "Il a été condamné à dix-huit mois de prison.", "dix-huit mois", "DURATION", "P18M"),
    ("fr", "Actuellement, le site est fermé.", "Actuellement", "DATE", "PRESENT_REF"),
    ("de", "Der Vertrag wurde am 12.08.2019 unterzeichnet.", "12.08.2019", "DATE", "2019-08-12"),
    ("de", "Letzte Woche gab es Streit.", "Letzte Woche", "DATE", "2025-W08"),
    ("de", "Vor zwei Jahren begann der Bau.", "Vor zwei Jahren", "DATE", "2023"),
    ("de", "Die Halle wird Anfang Mai eröffnet.", "Anfang Mai", "DATE", "2025-05"),
    ("de", "Das Haus stammt aus dem 16. Jahrhundert.", "16. Jahrhundert", "DATE", "15"),
    ("de", "Anfang der 1990er-Jahre war alles anders.", "Anfang der 1990er-Jahre", "DATE", "199"),
    ("de", "Die Anlage läuft seit viereinhalb Jahren.", "viereinhalb Jahren", "DURATION", "P4Y6M"),
    ("de", "Der Zug fährt um 9.30 Uhr.", "9.30 Uhr", "TIME", "2025-02-25T09:30"),
    ("de", "Jeden Dienstag ist Markt.", "Jeden Dienstag", "SET", "XXXX-WXX-2"),
    ("de", "Derzeit ist alles ruhig.", "Derzeit", "DATE", "PRESENT_REF"),
    ("de", "Die Bahn fuhr im ersten Halbjahr 2024 pünktlich.", "ersten Halbjahr 2024", "DATE", "2024-H1"),
]


@pytest.mark.parametrize(("language", "sentence", "expected", "kind", "value"), CASES)
def test_construct_is_found_with_span_and_value(language: str, sentence: str, expected: str, kind: str, value: str) -> None:
    found = tag_text(sentence, reference_date=DCT, language=language)
    start = sentence.index(expected)
    matching = [t for t in found if (t.start, t.end) == (start, start + len(expected))]
    assert matching, f"{expected!r} not found in {[(t.text, t.value) for t in found]}"
    assert matching[0].type == kind
    assert matching[0].value == value
    assert matching[0].text == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "La candidate Claire Mars a été élue."),
        ("de", "Finanzchefin Julia Sommer sprach lange."),
        ("nl", "De koers steeg 4,5 procent en 9.800 leden stemden."),
        ("en", "Officials said the talks may continue."),
        ("de", "Der Vorstand wohnt in der Hauptstraße 14."),
        ("nl", "De uitslag was 3-1 na een goede wedstrijd."),
    ],
)
def test_traps_are_not_tagged(language: str, sentence: str) -> None:
    assert tag_text(sentence, reference_date=DCT, language=language) == []
