"""Name keys, spelling variants, numbers and the cross-language predicate; name variants in search."""

from __future__ import annotations

import datetime as dt

from builders import add_article

from timeline_app.domain.dates import DateSpan
from timeline_app.extraction.names import (
    Signature,
    cross_language_features,
    name_key,
    name_variants,
    same_happening_across_languages,
    sentence_signature,
)
from timeline_app.services.archive_queries import search_articles


def test_one_key_for_the_spellings_of_a_name_in_four_languages() -> None:
    groups = [
        [("Riyad", "nl"), ("Riyadh", "en"), ("Riad", "de"), ("Riyad", "fr")],
        [("Poetin", "nl"), ("Putin", "en"), ("Putin", "de"), ("Poutine", "fr")],
        [("Krim", "nl"), ("Crimea", "en"), ("Krim", "de"), ("Crimée", "fr")],
        [("Kiev", "nl"), ("Kyiv", "en"), ("Kiew", "de"), ("Kiev", "fr")],
        [("Lavrov", "nl"), ("Lavrov", "en"), ("Lawrow", "de"), ("Lavrov", "fr")],
        [("Zelensky", "en"), ("Selenskyj", "de"), ("Zelenski", "nl")],
    ]
    keys = []
    for group in groups:
        found = {name_key(name, language) for name, language in group}
        assert len(found) == 1, group
        keys.append(found.pop())
    assert len(set(keys)) == len(keys)  # different names keep different keys
    assert name_key("Trump", "en") != name_key("Putin", "en")


def test_search_spellings_of_a_name() -> None:
    assert {"riyadh", "riad"} <= set(name_variants("Riyad"))
    assert {"putin", "poutine"} <= set(name_variants("poetin"))
    assert {"crimea", "krim"} <= set(name_variants("crimee"))
    assert name_variants("de") == []
    assert "oslo" not in name_variants("Oslo")
    assert "crime" not in name_variants("krim")  # an English word is no spelling of Krim


def test_numbers_agree_across_separators_and_scales() -> None:
    nl = sentence_signature("Vexa schrapt 4.000 banen; de omzet daalde met 18 procent tot 1,1 miljard euro.", "nl")
    en = sentence_signature("Vexa cuts 4,000 jobs as revenue fell 18 percent to 1.1 billion euros.", "en")
    fr = sentence_signature("Vexa supprime 4 000 emplois, le chiffre d'affaires recule de 18 % à 1,1 milliard.", "fr")
    assert nl.numbers == en.numbers == fr.numbers == {"4000", "18%", "1.1e+09"}
    assert name_key("Vexa") in nl.name_keys & en.name_keys & fr.name_keys
    # A date inside the sentence (skipped) and a year are not numbers to compare.
    assert sentence_signature("Op 3 februari 2022 stierven 12 mensen.", "nl", [(3, 18)]).numbers == {"12"}


def test_same_happening_needs_the_same_day_agreeing_names_and_numbers() -> None:
    day = DateSpan.day(dt.date(2025, 2, 18))
    other_day = DateSpan.day(dt.date(2025, 2, 19))
    month = DateSpan.month(2025, 2)
    talks_nl = sentence_signature("Op 18 februari spraken Rubio en Lavrov in Riyad over 3 punten.", "nl", [(3, 14)])
    talks_en = sentence_signature("Rubio and Lavrov met in Riyadh on 18 February and agreed 3 points.", "en")
    other = sentence_signature("Zelensky postponed a visit to Ankara.", "en")
    assert same_happening_across_languages(day, talks_nl, day, talks_en)
    assert not same_happening_across_languages(day, talks_nl, other_day, talks_en)
    assert not same_happening_across_languages(month, talks_nl, month, talks_en)  # a month is no day
    assert not same_happening_across_languages(day, talks_nl, day, other)
    wrong_count = Signature(talks_en.name_keys, frozenset({"5"}))
    assert not same_happening_across_languages(day, talks_nl, day, wrong_count)
    features = cross_language_features(day, talks_nl, day, talks_en)
    assert features["same_day"] == 1 and features["shared_names"] >= 3 and features["numbers_conflict"] == 0


def test_a_search_for_riyad_finds_riyadh_and_riad_marked_as_variants(archive) -> None:
    add_article(archive, "De ministers spraken gisteren in Riyad met elkaar.", title="Overleg")
    add_article(archive, "The ministers met in Riyadh on Tuesday.", title="Talks", language="en")
    add_article(archive, "Die Minister trafen sich in Riad.", title="Gespräche", language="de")
    add_article(archive, "De gemeenteraad vergaderde over de begroting.", title="Raad")
    hits = search_articles(archive, "Riyad")
    by_title = {hit.title: hit for hit in hits}
    assert set(by_title) == {"Overleg", "Talks", "Gespräche"}
    assert by_title["Overleg"].variant_matches == ()
    assert by_title["Talks"].variant_matches == ("Riyadh",)
    assert by_title["Gespräche"].variant_matches == ("Riad",)
    plain = search_articles(archive, "Riyad", variants=False)
    assert [hit.title for hit in plain] == ["Overleg"]
    # Phrases, prefixes and exclusions keep working on the expanded query.
    assert {hit.title for hit in search_articles(archive, "ministers NOT Riyad")} == set()
    assert {hit.title for hit in search_articles(archive, '"in Riyad"')} == {"Overleg"}
