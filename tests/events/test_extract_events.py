"""Candidate events: which dates make events, captions, headings, mentions, headlines, names."""

from __future__ import annotations

import datetime as dt

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.domain.display import format_span
from timeline_app.extraction import CandidateEvent, extract_events
from timeline_app.extraction.sentences import split_sentences

REF = dt.date(2022, 2, 4)


def _events(text: str, language: str = "nl", ref: dt.date | None = REF) -> list[CandidateEvent]:
    return extract_events(text, reference_date=ref, language=language)


def _by_value(events: list[CandidateEvent]) -> dict[str, CandidateEvent]:
    return {e.span.value: e for e in events}


def test_boilerplate_credits_copyright_and_clock_times_are_not_events() -> None:
    text = (
        "De gemeenteraad besloot op 3 februari 2022 de haven uit te breiden.\n\n"
        "Schrijf je in voor onze nieuwsbrief en ontvang elke dag om 7.00 uur het nieuws van 2022.\n\n"
        "03:00 Brandweer nog ter plaatse\n\n"
        "Foto: ANP / 2021\n\n"
        "© 2024 De Grensbode. Alle rechten voorbehouden.\n\n"
        "Subscribe now and get 2023 for free."
    )
    events = _events(text)
    assert [e.span.value for e in events] == ["2022-02-03"]


def test_durations_and_sets_are_not_events() -> None:
    events = _events("De staking duurde vier jaar. Elke maandag vergadert de raad. Het overleg duurde 48 uur.")
    assert events == []


def test_caption_dates_are_flagged() -> None:
    text = (
        "De minister opende op 2 februari 2022 de nieuwe brug over de Maas.\n\n"
        "Foto: De minister knipt het lint door bij de brug, 2 februari 2022. (Foto ANP)"
    )
    events = _events(text)
    captions = [e for e in events if e.is_caption]
    assert len(captions) == 1 and captions[0].span.value == "2022-02-02"
    assert [e.is_caption for e in events].count(False) == 1
    english = _events("Workers repaired the dam on 1 February 2022.\n\nThe dam at dawn, 1 February 2022. (Photo Reuters / J. Smith)", "en")
    assert any(e.is_caption for e in english)


def test_heading_with_vague_date_gives_approximate_event_with_heading_in_headline() -> None:
    text = (
        "De ministers zijn het eens over een schadefonds van 60 miljoen euro.\n\n"
        "Overleg in Genève\n\n"
        "De ministers spraken onlangs al in Genève af dat er één fonds zou komen."
    )
    events = _events(text, ref=dt.date(2024, 11, 29))
    vague = [e for e in events if e.span.value == "PAST_REF"]
    assert len(vague) == 1
    event = vague[0]
    assert event.approximate and event.span.is_resolved
    assert event.span.end is not None and event.span.end.date() <= dt.date(2024, 11, 29)
    assert event.headline.startswith("Overleg in Genève")
    assert "onlangs" not in event.headline
    assert "Genève" in event.places
    # Vague and introduced by a heading: below the review queue's default threshold (60 %).
    assert 0 < event.confidence < 0.5


def test_same_happening_twice_is_one_event_with_two_mentions() -> None:
    text = (
        "Bij de bouw van de tunnel is gisteren grondwater de tunnelbuis in gestroomd.\n\n"
        "Volgens het consortium ontstond het lek in de tunnel op donderdag 3 februari 2022 rond vier uur."
    )
    events = _events(text)
    assert len(events) == 1
    event = events[0]
    assert [m[2] for m in event.mentions] == ["gisteren", "donderdag 3 februari 2022"]
    assert all(text[s:e] == t for s, e, t in event.mentions)
    assert len({s for s, _e, _t in event.mention_sentences}) == 2
    assert event.span.value == "2022-02-03"


def test_two_happenings_of_one_day_stay_two_events() -> None:
    # Same day, nothing in common: each source sentence must say its own event.
    text = (
        "Amerikaanse en Russische diplomaten spraken op 18 februari in Riyad over een einde aan de oorlog.\n\n"
        "Trump zei op 18 februari dat hij Poetin wil ontmoeten."
    )
    events = _events(text, ref=dt.date(2025, 2, 19))
    assert [e.span.value for e in events] == ["2025-02-18", "2025-02-18"]
    assert all(len(e.mentions) == 1 for e in events)


def test_headline_drops_date_words_and_fits_90_chars() -> None:
    text = (
        "Volgens het tunnelconsortium TriRail ontstond het lek op donderdag 3 februari 2022 rond half vier "
        "'s middags, ongeveer zeshonderd meter voorbij de Nederlandse toegangsschacht, waar de boormachine "
        "op een zone met sterk gebroken kalksteen stuitte die niemand had voorzien."
    )
    (event,) = _events(text)
    assert len(event.headline) <= 90
    assert "februari" not in event.headline and "2022" not in event.headline and " op " not in event.headline
    # The attribution ("Volgens het tunnelconsortium TriRail") goes; the verb-first rest is put back in order.
    assert event.headline.startswith("Het lek ontstond")
    long_text = "On 5 May 2021 " + "the committee discussed a very long list of proposals " * 5 + "."
    (long_event,) = _events(long_text, "en")
    # Cut at a word boundary, no ellipsis in the stored text (the display elides), no dangling "of".
    assert len(long_event.headline) <= 90 and not long_event.headline.endswith(("…", "of", " "))
    assert long_event.headline.startswith("The committee discussed")


def test_people_and_places_in_four_languages() -> None:
    cases = [
        ("nl", "Op 3 maart 2022 zei woordvoerder Femke Aalders in Heuvelrade dat het fonds er komt.", "Femke Aalders", "Heuvelrade"),
        ("en", "The ministers met in Geneva on 12 May 2023, spokesman Joost Hanegraaf said.", "Joost Hanegraaf", "Geneva"),
        ("fr", "Le 13 février 2025, la conseillère Chantal Lejeune a parlé à Liège.", "Chantal Lejeune", "Liège"),
        ("de", "Am 21. März 2024 sagte der Landwirt Bernd Kaltenbach in Aachen, er sei froh.", "Bernd Kaltenbach", "Aachen"),
    ]
    for language, sentence, person, place in cases:
        (event,) = _events(sentence, language, ref=dt.date(2025, 3, 1))
        assert person in event.people, (language, event.people)
        assert place in event.places, (language, event.places)


def test_confidence_orders_explicit_over_relative_over_vague() -> None:
    # The same kind of sentence each time (one paragraph), only the date differs.
    text = (
        "De raad stemde op 3 januari 2022 in met het plan voor de haven. "
        "De raad stemde in december 2021 in met het plan voor de brug. "
        "De raad stemde in 2019 in met het plan voor de school. "
        "De raad stemde gisteren in met het plan voor de markt. "
        "De raad stemde onlangs in met het plan voor het park."
    )
    found = _by_value(_events(text))
    day, month, year = found["2022-01-03"], found["2021-12"], found["2019"]
    relative, vague = found["2022-02-03"], found["PAST_REF"]
    assert day.confidence > month.confidence > year.confidence > relative.confidence > vague.confidence
    quoted = _events("‘We openen de brug op 3 januari 2023,’ zei de wethouder.")[0]
    assert quoted.confidence < day.confidence


def test_no_reference_date_keeps_relative_dates_unresolved_and_never_uses_today() -> None:
    events = _events("Gisteren stemde de raad in met het plan.", ref=None)
    assert len(events) == 1 and not events[0].span.is_resolved
    assert events[0].confidence <= 0.2


def test_sentence_offsets_are_exact_and_abbreviations_do_not_split() -> None:
    text = "Dr. J. Hanegraaf sprak op 14. Juni met dhr. Peters. Daarna ging hij naar huis!\n\nNieuwe alinea."
    sentences = split_sentences(text, "nl")
    assert [s.of(text) for s in sentences] == [
        "Dr. J. Hanegraaf sprak op 14. Juni met dhr. Peters.",
        "Daarna ging hij naar huis!",
        "Nieuwe alinea.",
    ]
    long_text = ("De raad vergaderde op 3 maart 2022 over de haven. " * 40 + "\n\n") * 25
    assert len(split_sentences(long_text, "nl")) == 1000


def test_format_span_follows_precision_in_four_languages() -> None:
    assert format_span(DateSpan.year(2014), "nl") == "2014"
    assert format_span(DateSpan.month(2023, 6), "nl") == "juni 2023"
    assert format_span(DateSpan.month(2025, 2, approximate=True), "nl") == "c. februari 2025"
    assert format_span(DateSpan.day(dt.date(2022, 12, 16)), "nl") == "16 dec 2022"
    assert format_span(DateSpan.day(dt.date(2022, 12, 16)), "en") == "16 Dec 2022"
    assert format_span(DateSpan.month(2023, 6), "fr") == "juin 2023"
    assert format_span(DateSpan.month(2023, 3), "de") == "März 2023"
    assert format_span(DateSpan.unresolved("PAST_REF", Precision.UNKNOWN), "en") == "recently"


def test_centuries_are_written_as_ordinals_of_each_language() -> None:
    shown = {n: {lang: format_span(DateSpan.century(n), lang) for lang in ("en", "nl", "fr", "de")} for n in (1, 2, 3, 11, 12, 21)}
    assert [shown[n]["en"] for n in (1, 2, 3, 11, 12, 21)] == [
        "1st century", "2nd century", "3rd century", "11th century", "12th century", "21st century"
    ]
    assert (shown[1]["fr"], shown[2]["fr"], shown[21]["fr"]) == ("Ier siècle", "IIe siècle", "XXIe siècle")
    assert shown[2]["nl"] == "2e eeuw"
    assert shown[21]["de"] == "21. Jahrhundert"


def test_caption_labels_stay_out_of_headlines() -> None:
    from timeline_app.extraction.headline import make_headline

    for sentence, date, language in (
        ("Bildunterschrift: Die Pumpanlage am Westportal wurde am 21. März 2024 abgeschaltet.", "21. März 2024", "de"),
        ("Légende : le tunnelier « Griet » lors de son arrivée, le 21 juin 2022.", "21 juin 2022", "fr"),
        ("Caption: Workers inspect the flooded tube on 3 February 2022.", "3 February 2022", "en"),
    ):
        start = sentence.index(date)
        headline = make_headline(sentence, [(start, start + len(date))], (start, start + len(date)), language)
        assert not headline.lower().startswith(("bildunterschrift", "légende", "caption")), headline
        assert date not in headline
