"""The seed cases of issue 13: US-Russia talks reported in Dutch, English and German.

A Dutch piece of the Business AM kind (published 2025-02-26) and our own English and German
reports. Each test names the failure it guards against.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extraction import CandidateEvent, extract_events

NL = (
    "Amerikaanse en Russische diplomaten zijn het eens geworden over een nieuwe gespreksronde over de oorlog in "
    "Oekraïne. Dat maakte het Russische ministerie van Buitenlandse Zaken woensdag bekend.\n\n"
    "Bijeenkomst in Riyad\n\n"
    "Op 18 februari spraken de Amerikaanse minister van Buitenlandse Zaken Marco Rubio en zijn Russische collega "
    "Sergej Lavrov ruim vier uur met elkaar in Riyad. Het was het eerste overleg op dat niveau sinds de Russische "
    "invasie van 24 februari 2022.\n\n"
    "Foto: Delegaties aan tafel in het Diriyah-paleis in Riyad, 18 februari 2025. (Foto ANP / Reuters)\n\n"
    "Eerder stelde Poetin zijn voorwaarden voor een bestand al. Dat omvat de geannexeerde Krim en de vier regio's "
    "die Rusland in 2022 tot Russisch grondgebied verklaarde. Oekraïne eist een terugkeer naar de grenzen van voor "
    "2014.\n\n"
    "Dit volgt op het telefoongesprek van 12 februari tussen Trump en Poetin. Op 20 februari steunde president "
    "Donald Trump het plan. Ook op 21 februari steunde hij het plan opnieuw. Op 22 februari sprak Trump met gezant "
    "Steve Witkoff. Op 23 februari belde hij opnieuw.\n\n"
    "Volgens Kremlin-woordvoerder Dmitri Peskov komen de delegaties donderdag in Istanbul opnieuw samen."
)
EN = (
    "RIYADH (Reuters) - The United States and Russia agreed on Tuesday to set up teams to work toward ending the "
    "war in Ukraine, after Marco Rubio and Sergei Lavrov met in Riyadh.\n\n"
    "Russia, which annexed Crimea in 2014, controls about a fifth of Ukraine's territory."
)
DE = (
    "ISTANBUL (dpa) - Vertreter Russlands und der USA sind am Donnerstag in Istanbul zu neuen Gesprächen "
    "zusammengekommen.\n\n"
    "\"Wir erwarten keine schnellen Ergebnisse\", sagte Kremlsprecher Dmitri Peskow am Mittwoch.\n\n"
    "Am 18. Februar hatten Marco Rubio und Sergej Lawrow in Riad erstmals miteinander gesprochen. Am Dienstag hatte "
    "Präsident Donald Trump erklärt, er wolle sich bald mit Wladimir Putin treffen.\n\n"
    "Die Krim, die Russland 2014 annektiert hatte, ist heute ein zentraler Streitpunkt."
)


def _events(text: str, language: str, published: dt.date) -> list[CandidateEvent]:
    return extract_events(text, reference_date=published, language=language)


def _by_value(events: list[CandidateEvent]) -> dict[str, list[CandidateEvent]]:
    """Body events (captions left out) by date value."""
    found: dict[str, list[CandidateEvent]] = {}
    for event in events:
        if not event.is_caption:
            found.setdefault(event.span.value, []).append(event)
    return found


def test_dutch_headlines_start_with_their_subject_and_carry_no_ellipsis() -> None:
    events = _events(NL, "nl", dt.date(2025, 2, 26))
    found = _by_value(events)
    # "Spraken de Amerikaanse minister ..." (verb first) becomes subject-verb, names for the roles.
    (riyad,) = found["2025-02-18"]
    assert riyad.headline == "Marco Rubio en Sergej Lavrov spraken ruim vier uur met elkaar in Riyad"
    # "Dat omvat de Krim en de vier regio's die Rusland in 2022 ... verklaarde": the relative clause.
    (regions,) = found["2022"]
    assert regions.headline.startswith("Rusland verklaarde de vier regio's")
    # "Dit volgt op het telefoongesprek van 12 februari ...": the noun phrase the date describes.
    assert found["2025-02-12"][0].headline == "Het telefoongesprek tussen Trump en Poetin"
    # "Ook ... steunde hij": the connective goes; "hij" is Donald Trump, the one person named in
    # the sentence before; after a sentence naming two people it stays "Hij".
    assert found["2025-02-20"][0].headline == "President Donald Trump steunde het plan"
    assert found["2025-02-21"][0].headline == "Donald Trump steunde het plan opnieuw"
    assert found["2025-02-23"][0].headline.startswith("Hij belde")
    # "Dat maakte het ministerie woensdag bekend": the announcement is the sentence before.
    assert found["2025-02-26"][0].headline.startswith("Amerikaanse en Russische diplomaten zijn het eens")
    # "Volgens Kremlin-woordvoerder Dmitri Peskov komen de delegaties ...": the attribution goes.
    assert found["2025-02-27"][0].headline.startswith("De delegaties komen")
    for event in events:
        assert not event.headline.endswith("…") and len(event.headline) <= 90
        assert not event.headline.startswith(("Bijeenkomst in Riyad", "Spraken", "Stelde", "Dat ", "Dit ", "Ook "))


def test_dutch_dates_attach_to_their_own_clause() -> None:
    events = _events(NL, "nl", dt.date(2025, 2, 26))
    found = _by_value(events)
    # The Riyad talks are dated by their verb's modifier, not by the invasion in the same sentence.
    assert "Riyad" in found["2025-02-18"][0].headline
    (invasion,) = found["2022-02-24"]
    assert invasion.headline == "De Russische invasie"
    # "de grenzen van voor 2014" qualifies a noun; "eerder" has no anchor: neither is an event.
    assert "2014" not in found
    assert not any(e.span.value == "PAST_REF" or e.span.approximate for e in events)


def test_captions_rank_below_the_events_they_show() -> None:
    events = _events(NL, "nl", dt.date(2025, 2, 26))
    caption = next(e for e in events if e.is_caption)
    talks = next(e for e in events if e.span.value == "2025-02-18" and not e.is_caption)
    assert caption.confidence < talks.confidence
    assert "ANP" not in caption.headline and not caption.headline.startswith("Foto")


def test_english_relative_clause_and_dateline() -> None:
    found = _by_value(_events(EN, "en", dt.date(2025, 2, 19)))
    # "Russia, which annexed Crimea in 2014, controls about a fifth ...": no ungrammatical join.
    assert found["2014"][0].headline == "Russia annexed Crimea"
    talks = found["2025-02-18"][0].headline
    assert talks.startswith("The United States and Russia agreed") and "RIYADH" not in talks


def test_german_quote_tag_and_verb_second() -> None:
    found = _by_value(_events(DE, "de", dt.date(2025, 2, 27)))
    # "..., sagte Kremlsprecher Dmitri Peskow am Mittwoch" -> "Speaker: quote".
    assert found["2025-02-26"][0].headline == "Kremlsprecher Dmitri Peskow: Wir erwarten keine schnellen Ergebnisse"
    # "Am Dienstag hatte Präsident Donald Trump erklärt, ..." -> subject first, the content kept.
    assert found["2025-02-25"][0].headline.startswith("Präsident Donald Trump hatte erklärt, er wolle")
    assert found["2025-02-18"][0].headline.startswith("Marco Rubio und Sergej Lawrow hatten in Riad")
    # "Die Krim ... ist heute ein zentraler Streitpunkt": "heute" is "nowadays", so the Crimea
    # sentence is no second source of the Istanbul talks of the same day.
    (istanbul,) = found["2025-02-27"]
    assert len(istanbul.mentions) == 1 and "Krim" not in istanbul.sentence
    assert found["2014"][0].headline == "Russland hatte die Krim annektiert"


def test_the_talks_in_three_languages_are_one_happening() -> None:
    nl = _by_value(_events(NL, "nl", dt.date(2025, 2, 26)))["2025-02-18"][0]
    en = _by_value(_events(EN, "en", dt.date(2025, 2, 19)))["2025-02-18"][0]
    de = _by_value(_events(DE, "de", dt.date(2025, 2, 27)))["2025-02-18"][0]
    assert nl.same_happening_as(en) and en.same_happening_as(de) and de.same_happening_as(nl)
    # Another day, or other names, is another happening.
    istanbul = _by_value(_events(DE, "de", dt.date(2025, 2, 27)))["2025-02-27"][0]
    assert not istanbul.same_happening_as(nl)


def test_headings_captions_and_credits_on_their_own_line_stay_out_of_sentences() -> None:
    from timeline_app.ingest.paragraphs import split_paragraphs

    text = (
        "VS en Rusland praten verder\n"
        "Foto: Delegaties aan tafel in Riyad. (Foto ANP / Reuters)\n"
        "Bijeenkomst in Riyad\n"
        "Op 18 februari spraken Rubio en Lavrov ruim vier uur met elkaar in Riyad. Het was\n"
        "het eerste overleg op dat niveau.\n"
        "The ministers met for four hours and\n"
        "Talked about Ukraine."
    )
    assert split_paragraphs(text) == [
        "VS en Rusland praten verder",
        "Foto: Delegaties aan tafel in Riyad. (Foto ANP / Reuters)",
        "Bijeenkomst in Riyad",
        "Op 18 februari spraken Rubio en Lavrov ruim vier uur met elkaar in Riyad. Het was het eerste overleg op "
        "dat niveau. The ministers met for four hours and Talked about Ukraine.",
    ]
