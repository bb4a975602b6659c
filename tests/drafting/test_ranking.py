"""Salience and selection: which dates a draft proposes, how many, and what it says about them."""

from __future__ import annotations

import datetime as dt

import pytest
from drafting.draft_builders import Scope

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.drafting import DateSignals, make_draft, reason_text, salience

D = dt.date


def _days(draft) -> list[dt.date]:  # type: ignore[no-untyped-def]
    return [e.span.first_day for e in draft.entries]


def test_a_date_named_by_many_outlets_beats_one_named_many_times_by_one_article() -> None:
    scope = Scope()
    chatty = scope.article(D(2024, 5, 2), "Gazette")
    for n in range(8):
        scope.mention(chatty, D(2024, 5, 1), f"The fair opened on 1 May, sentence {n}.")
    for outlet in ("Gazette", "Herald", "Courier"):
        scope.mention(scope.article(D(2024, 5, 3), outlet), D(2024, 5, 2), f"The bridge closed on 2 May ({outlet}).")
    draft = make_draft(scope.mentions, scope.articles, size=1)
    assert _days(draft) == [D(2024, 5, 2)]
    assert draft.entries[0].signals.articles == 3 and draft.entries[0].signals.outlets == 3


def test_more_outlets_beat_as_many_articles_from_one_outlet() -> None:
    scope = Scope()
    for _ in range(3):
        scope.mention(scope.article(D(2024, 5, 2), "Gazette"), D(2024, 5, 1))
    for outlet in ("Gazette", "Herald", "Courier"):
        scope.mention(scope.article(D(2024, 5, 3), outlet), D(2024, 5, 2))
    assert _days(make_draft(scope.mentions, scope.articles, size=1)) == [D(2024, 5, 2)]


def test_later_retrospective_mentions_raise_a_date() -> None:
    scope = Scope()
    # Both days reported by two articles the next day...
    for day in (D(2024, 5, 1), D(2024, 5, 2)):
        for _ in range(2):
            scope.mention(scope.article(day + dt.timedelta(days=1)), day)
    # ... but only 2 May is named again weeks later.
    scope.mention(scope.article(D(2024, 5, 20)), D(2024, 5, 2), "Since the flood of 2 May, the road is closed.",
                  timex="2 May")
    scope.mention(scope.article(D(2024, 5, 20)), D(2024, 5, 1) + dt.timedelta(days=18))  # that day's own news
    draft = make_draft(scope.mentions, scope.articles, size=1, date_from=D(2024, 5, 1), date_to=D(2024, 5, 2))
    assert _days(draft) == [D(2024, 5, 2)]
    assert draft.entries[0].signals.later_articles == 1
    # "Yesterday" in the next day's paper is news of the day, not a look back.
    first = make_draft(scope.mentions, scope.articles, size=2, date_from=D(2024, 5, 1), date_to=D(2024, 5, 1))
    assert first.entries[0].signals.later_articles == 0


def test_near_duplicate_events_across_articles_make_one_entry_with_all_sources() -> None:
    scope = Scope()
    ids = []
    for outlet in ("Gazette", "Herald", "Courier"):
        article = scope.article(D(2024, 5, 3), outlet)
        ids.append(scope.mention(article, D(2024, 5, 2), f"The dam broke on 2 May, {outlet} reports.").event_id)
    draft = make_draft(scope.mentions, scope.articles, size=5)
    assert len(draft.entries) == 1
    entry = draft.entries[0]
    assert set(entry.event_ids) == set(ids) and entry.event_id in ids
    assert [s.outlet for s in entry.sources] == ["Gazette", "Herald", "Courier"]


def test_size_is_respected_and_entries_come_in_date_order() -> None:
    scope = Scope()
    for n in range(30):
        day = D(2024, 1, 1) + dt.timedelta(days=n)
        for _ in range(1 + n % 4):
            scope.mention(scope.article(day), day)
    draft = make_draft(scope.mentions, scope.articles, size=7, date_from=D(2024, 1, 1), date_to=D(2024, 1, 30))
    assert len(draft.entries) == 7
    assert _days(draft) == sorted(_days(draft))
    assert all(e.signals.articles == 4 for e in draft.entries)  # the best-covered days
    assert draft.candidates == 30


@pytest.mark.parametrize("size", [0, -3])
def test_a_size_below_one_is_refused(size: int) -> None:
    scope = Scope()
    scope.mention(scope.article(D(2024, 1, 2)), D(2024, 1, 1))
    with pytest.raises(ValueError, match="at least 1"):
        make_draft(scope.mentions, scope.articles, size=size)


def test_a_date_needs_an_event_dated_to_it() -> None:
    scope = Scope()
    # Five reports name 4 May but all sit in an event of another date (folded in on import).
    for _ in range(5):
        scope.mention(scope.article(D(2024, 5, 6)), D(2024, 5, 4), matches=False)
    scope.mention(scope.article(D(2024, 5, 6)), D(2024, 5, 5))
    draft = make_draft(scope.mentions, scope.articles, size=2)
    assert _days(draft) == [D(2024, 5, 5)]


def test_the_publication_day_itself_is_not_a_mention() -> None:
    scope = Scope()
    for _ in range(6):
        scope.article(D(2024, 5, 9))  # a burst of articles that name no date
    scope.mention(scope.article(D(2024, 5, 12)), D(2024, 5, 11))
    draft = make_draft(scope.mentions, scope.articles, size=3, date_from=D(2024, 5, 1), date_to=D(2024, 5, 31))
    assert _days(draft) == [D(2024, 5, 11)]


def test_months_and_years_only_when_the_range_is_long_and_the_draft_short() -> None:
    scope = Scope()
    for _ in range(5):
        scope.mention(scope.article(D(2020, 1, 5)), DateSpan.month(2015, 3))
    scope.mention(scope.article(D(2020, 1, 5)), D(2016, 7, 1))
    short = make_draft(scope.mentions, scope.articles, size=2, date_from=D(2015, 3, 1), date_to=D(2015, 6, 30))
    assert short.entries == ()  # a timeline of weeks gets days only
    long = make_draft(scope.mentions, scope.articles, size=2, date_from=D(2014, 1, 1), date_to=D(2019, 12, 31))
    assert [(e.span.precision, e.span.value) for e in long.entries] == [(Precision.MONTH, "2015-03"),
                                                                         (Precision.DAY, "2016-07-01")]


def test_without_a_range_a_stray_old_date_does_not_stretch_the_draft() -> None:
    scope = Scope()
    for n in range(60):
        day = D(2009, 4, 1) + dt.timedelta(days=n % 30)
        scope.mention(scope.article(day + dt.timedelta(days=1)), day)
    scope.mention(scope.article(D(2009, 4, 20)), D(1918, 11, 11), "As in the pandemic of 1918.")
    draft = make_draft(scope.mentions, scope.articles, size=40)
    assert draft.date_from is not None and draft.date_from.year == 2009
    assert D(1918, 11, 11) not in _days(draft)


def test_matching_the_query_raises_a_date() -> None:
    scope = Scope()
    for _ in range(2):
        scope.mention(scope.article(D(2024, 5, 2)), D(2024, 5, 1), "The council met on 1 May.")
        scope.mention(scope.article(D(2024, 5, 3)), D(2024, 5, 2), "The harbour closed on 2 May.")

    def relevant(sentence: str) -> bool:
        return "harbour" in sentence

    assert _days(make_draft(scope.mentions, scope.articles, size=1, relevant=relevant)) == [D(2024, 5, 2)]


def test_the_summary_is_a_trimmed_sentence_from_the_sources() -> None:
    scope = Scope()
    long_sentence = "The dam broke on 2 May after " + "days of rain and " * 40 + "warnings."
    scope.mention(scope.article(D(2024, 5, 3), "Herald"), D(2024, 5, 2), long_sentence)
    scope.mention(scope.article(D(2024, 5, 3), "Courier"), D(2024, 5, 2), "The dam broke on 2 May after days of rain.")
    entry = make_draft(scope.mentions, scope.articles, size=1).entries[0]
    assert entry.summary.startswith("The dam broke on 2 May")
    assert len(entry.summary) <= 280
    assert all(s.sentence in (long_sentence, "The dam broke on 2 May after days of rain.") or s.sentence.endswith("…")
               for s in entry.sources)
    assert entry.reason == "reported by 2 articles from 2 outlets"


def test_reason_and_salience_follow_the_signals() -> None:
    signals = DateSignals(articles=9, outlets=4, later_articles=6, publication_days=5, published_that_day=3)
    assert reason_text(signals) == "reported by 9 articles from 4 outlets; named again in 6 later articles"
    assert reason_text(DateSignals(1, 0, 0, 1, 0)) == "reported by 1 article"
    assert salience(signals) > salience(DateSignals(9, 4, 0, 5, 3)) > salience(DateSignals(9, 1, 0, 5, 3))
    assert salience(DateSignals(0, 0, 0, 0, 0)) == 0.0
