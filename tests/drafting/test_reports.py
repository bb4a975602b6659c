"""Which mentions report a date: time stamps and announcements made beforehand do not."""

from __future__ import annotations

import datetime as dt

import pytest
from drafting.draft_builders import Scope

from timeline_app.domain.dates import DateSpan
from timeline_app.drafting import DateSignals, Mention, make_draft, reason_text
from timeline_app.drafting.reports import is_calendar_date, is_timestamp

D = dt.date


def _mention(sentence: str, timex: str) -> Mention:
    start = sentence.index(timex)
    return Mention(1, 1, DateSpan.day(D(2010, 6, 15)), sentence, 0, "", True, timex_start=start,
                   timex_end=start + len(timex))


@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("Posted by: kidvid | June 15, 2010 5:08 PM | Report abuse", "June 15, 2010"),
        ("Tuesday 15 June 2010 21.31 BST Exam boards are working on contingency plans", "Tuesday 15 June 2010"),
        ("Page last updated at 07:41 GMT, Tuesday, 15 June 2010 08:41 UK Meet Chris", "07:41 GMT"),
        ("Page last updated at 07:41 GMT, Tuesday, 15 June 2010 08:41 UK Meet Chris", "Tuesday"),
        ("Robert Peston | 15:39 UK time, Tuesday, 15 June 2010 Given that BP is a core holding", "Tuesday"),
        ("Mis à jour le 15 juin 2010 à 17h08", "15 juin 2010"),
        ("Bijgewerkt op 15 juni 2010 om 17.08 uur", "15 juni 2010"),
        ("Aktualisiert am 15.06.2010, 17:08 Uhr", "15.06.2010"),
    ],
)
def test_stamps_are_recognised_in_every_language(sentence: str, timex: str) -> None:
    assert is_timestamp(_mention(sentence, timex))


@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("On 15 June 2010, 3.50 million barrels had leaked.", "15 June 2010"),
        ("The well was capped on June 15 at 2.25 pm.", "June 15"),
        ("This was completed at 1930 CDT on 15 June.", "15 June"),
        ("On Tuesday the company said its 2010 profits fell by 12.30 percent.", "Tuesday"),
        ("Le 15 juin 2010, la plateforme a explosé, tuant 11 ouvriers.", "15 juin 2010"),
    ],
)
def test_reporting_sentences_are_not_stamps(sentence: str, timex: str) -> None:
    assert not is_timestamp(_mention(sentence, timex))


def test_calendar_dates_are_told_from_relative_ones() -> None:
    assert is_calendar_date(_mention("The rig exploded on 20 April.", "20 April"))
    assert is_calendar_date(_mention("La plateforme a explosé le 20 avril.", "20 avril"))
    assert not is_calendar_date(_mention("The rig exploded on Tuesday.", "Tuesday"))
    assert not is_calendar_date(_mention("Het platform ontplofte gisteren.", "gisteren"))


def test_a_date_named_only_in_time_stamps_is_not_reported() -> None:
    scope = Scope()
    # Six comments stamped 15 June on a blog post; two reports of 14 June.
    post = scope.article(D(2010, 6, 16), "Blog")
    for n in range(6):
        scope.mention(post, D(2010, 6, 15), f"Posted by: reader{n} | June 15, 2010 5:0{n} PM | Report abuse",
                      timex="June 15, 2010")
        scope.mention(scope.article(D(2010, 6, 16), "Blog"), D(2010, 6, 15),
                      f"By Reporter {n} | June 15, 2010 ; 9:1{n} AM ET", timex="June 15, 2010")
    for outlet in ("Gazette", "Herald"):
        scope.mention(scope.article(D(2010, 6, 15), outlet), D(2010, 6, 14), "The hearing opened on 14 June.",
                      timex="14 June")
    draft = make_draft(scope.mentions, scope.articles, size=1, date_from=D(2010, 6, 1), date_to=D(2010, 6, 30))
    assert [e.span.first_day for e in draft.entries] == [D(2010, 6, 14)]
    stamped = make_draft(scope.mentions, scope.articles, size=2, date_from=D(2010, 6, 15), date_to=D(2010, 6, 15))
    assert stamped.entries[0].signals.articles == 0


def test_announcements_do_not_count_as_reports() -> None:
    scope = Scope()
    # 6 May was announced by five articles ahead of time, reported by one afterwards...
    for _ in range(5):
        scope.mention(scope.article(D(2024, 5, 1)), D(2024, 5, 6), "The vote is due on 6 May.", timex="6 May")
    scope.mention(scope.article(D(2024, 5, 7)), D(2024, 5, 6), "The council voted on 6 May.", timex="6 May")
    # ... 3 May was reported by three articles.
    for _ in range(3):
        scope.mention(scope.article(D(2024, 5, 4)), D(2024, 5, 3), "The dam broke on 3 May.", timex="3 May")
    draft = make_draft(scope.mentions, scope.articles, size=1, date_from=D(2024, 5, 1), date_to=D(2024, 5, 31))
    assert [e.span.first_day for e in draft.entries] == [D(2024, 5, 3)]
    both = make_draft(scope.mentions, scope.articles, size=2, date_from=D(2024, 5, 1), date_to=D(2024, 5, 31))
    vote = next(e for e in both.entries if e.span.first_day == D(2024, 5, 6))
    assert (vote.signals.articles, vote.signals.planned_articles) == (1, 5)
    # The entry's text and sources come from the report, not from the announcements.
    assert vote.summary == "The council voted on 6 May."
    assert [s.published for s in vote.sources] == [D(2024, 5, 7)]


def test_a_date_only_announced_comes_after_every_reported_one() -> None:
    scope = Scope()
    for _ in range(4):
        scope.mention(scope.article(D(2024, 5, 1)), D(2024, 5, 20), "The summit opens on 20 May.", timex="20 May")
    scope.mention(scope.article(D(2024, 5, 3)), D(2024, 5, 2), "A ferry sank on 2 May.", timex="2 May")
    draft = make_draft(scope.mentions, scope.articles, size=1, date_from=D(2024, 5, 1), date_to=D(2024, 5, 31))
    assert [e.span.first_day for e in draft.entries] == [D(2024, 5, 2)]
    both = make_draft(scope.mentions, scope.articles, size=2, date_from=D(2024, 5, 1), date_to=D(2024, 5, 31))
    summit = next(e for e in both.entries if e.span.first_day == D(2024, 5, 20))
    assert summit.score == 0 and summit.reason == "announced beforehand in 4 articles; no report yet"


def test_looking_back_counts_when_a_later_article_writes_the_date_out() -> None:
    scope = Scope()
    for day in (D(2024, 5, 1), D(2024, 5, 2)):
        for _ in range(2):
            scope.mention(scope.article(day), day, "It happened today.", timex="today")
    # Weeks later, one article names 1 May by its date; another names 2 May only relative to a
    # narrative date ("two days later"), which is no deliberate look back.
    scope.mention(scope.article(D(2024, 5, 25)), D(2024, 5, 1), "Since the flood of 1 May, the road is shut.",
                  timex="1 May")
    scope.mention(scope.article(D(2024, 5, 25)), D(2024, 5, 2), "Two days later the bridge fell.",
                  timex="Two days later")
    draft = make_draft(scope.mentions, scope.articles, size=2, date_from=D(2024, 5, 1), date_to=D(2024, 5, 2))
    signals = {e.span.first_day: e.signals for e in draft.entries}
    assert signals[D(2024, 5, 1)].later_articles == 1 and signals[D(2024, 5, 2)].later_articles == 0
    top = make_draft(scope.mentions, scope.articles, size=1, date_from=D(2024, 5, 1), date_to=D(2024, 5, 2))
    assert [e.span.first_day for e in top.entries] == [D(2024, 5, 1)]


@pytest.mark.parametrize(
    "signals",
    [
        DateSignals(articles=9, outlets=4, later_articles=6, publication_days=5, published_that_day=3),
        DateSignals(articles=1, outlets=0, later_articles=0, publication_days=1, published_that_day=0),
        DateSignals(articles=0, outlets=0, later_articles=0, publication_days=0, published_that_day=0,
                    planned_articles=4),
        DateSignals(articles=2, outlets=1, later_articles=0, publication_days=2, published_that_day=0,
                    relevant_articles=1, planned_articles=3),
    ],
)
def test_the_dialog_says_why_in_the_same_words_as_the_cli(signals: DateSignals) -> None:
    from timeline_app.ui.draft_dialog import reason_words

    assert reason_words(signals) == reason_text(signals).replace("about the query", "about the search")
