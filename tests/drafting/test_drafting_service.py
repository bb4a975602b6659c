"""The drafting use case on an archive: scopes, bad input, the drafted timeline and its undo."""

from __future__ import annotations

import datetime as dt

import pytest
from backends import archive_on_both_backends, backend, pg_server, pg_url  # noqa: F401  (both backends)
from builders import add_article

from timeline_app.domain.dates import DateSpan
from timeline_app.domain.models import EventSource, EventStatus
from timeline_app.services import timelines as timelines_service
from timeline_app.services.drafting import DraftError, DraftScope, create_drafted_timeline, make_draft
from timeline_app.services.jobs import JobCancelled, JobControl
from timeline_app.storage import Archive, NewEvent

D = dt.date


def _event(archive: Archive, article_id: int, title: str, span: DateSpan, timex: str, **fields: object) -> int:
    sentence = f"{title} {timex}."
    start = len(title) + 1
    source = EventSource(article_id, start, start + len(timex), sentence, 0, len(sentence), timex)
    with archive.write() as tx:
        return tx.events.add(NewEvent(title=title, span=span, **fields), [source]).id  # type: ignore[arg-type]


def _add_source(archive: Archive, event_id: int, article_id: int, sentence: str, timex: str) -> None:
    start = sentence.index(timex)
    with archive.write() as tx:
        tx.events.add_source(event_id, EventSource(article_id, start, start + len(timex), sentence, 0,
                                                   len(sentence), timex))


@pytest.fixture
def story(archive: Archive) -> dict[str, int]:
    """Three outlets report the harbour strike of 2 May; one reports a fair on 1 May; one looks back later."""
    ids: dict[str, int] = {}
    ids["herald"] = add_article(archive, "The harbour strike began on 2 May 2024.", title="Harbour strike",
                                source_name="Herald", published=D(2024, 5, 3))
    ids["courier"] = add_article(archive, "Dockers struck on 2 May 2024 at the harbour.", title="Dockers strike",
                                 source_name="Courier", published=D(2024, 5, 3))
    ids["gazette"] = add_article(archive, "The village fair opened on 1 May 2024.", title="Fair",
                                 source_name="Gazette", published=D(2024, 5, 2))
    ids["later"] = add_article(archive, "Since the strike of 2 May 2024 ships wait.", title="Ships wait",
                               source_name="Gazette", published=D(2024, 5, 20))
    ids["strike"] = _event(archive, ids["herald"], "The harbour strike began", DateSpan.day(D(2024, 5, 2)), "on 2 May 2024")
    _add_source(archive, ids["strike"], ids["courier"], "Dockers struck on 2 May 2024 at the harbour.", "2 May 2024")
    _add_source(archive, ids["strike"], ids["later"], "Since the strike of 2 May 2024 ships wait.", "2 May 2024")
    ids["fair"] = _event(archive, ids["gazette"], "The village fair opened", DateSpan.day(D(2024, 5, 1)), "on 1 May 2024")
    return ids


def test_draft_over_the_archive_ranks_and_explains(archive: Archive, story: dict[str, int]) -> None:
    draft = make_draft(archive, DraftScope(), 1)
    (entry,) = draft.entries
    assert entry.span.first_day == D(2024, 5, 2) and entry.event_id == story["strike"]
    assert entry.reason == "reported by 3 articles from 3 outlets; named again in 1 later article"
    assert [s.article_id for s in entry.sources] == [story["herald"], story["courier"], story["later"]]
    two = make_draft(archive, DraftScope(), 5)
    assert [e.span.first_day for e in two.entries] == [D(2024, 5, 1), D(2024, 5, 2)]


def test_scopes_search_articles_and_timeline(archive: Archive, story: dict[str, int]) -> None:
    found = make_draft(archive, DraftScope(query="fair"), 5)
    assert [e.span.first_day for e in found.entries] == [D(2024, 5, 1)]
    chosen = make_draft(archive, DraftScope(article_ids=(story["gazette"],)), 5)
    assert [e.event_id for e in chosen.entries] == [story["fair"]]
    timeline, _ = timelines_service.create_timeline(archive, "Strike only", event_ids=[story["strike"]])
    of_timeline = make_draft(archive, DraftScope(timeline_id=timeline.id), 5)
    assert [e.event_id for e in of_timeline.entries] == [story["strike"]]


def test_rejected_events_are_left_out(archive: Archive, story: dict[str, int]) -> None:
    with archive.write() as tx:
        tx.events.set_status([story["strike"]], EventStatus.REJECTED)
    assert [e.event_id for e in make_draft(archive, DraftScope(), 5).entries] == [story["fair"]]


def test_a_report_folded_into_an_event_of_another_date_counts_for_its_own(archive: Archive) -> None:
    # Import folded "2010" (a dateline year) of two articles into an event of 10 May, and
    # "April 20" of three articles into an event of the year 2010: each report names its own date.
    articles = [add_article(archive, f"Story {n} about the rig.", published=D(2010, 5, 12)) for n in range(4)]
    may = _event(archive, articles[0], "Shares fell", DateSpan.day(D(2010, 5, 10)), "May 10")
    year = _event(archive, articles[0], "The worst year", DateSpan.year(2010), "2010")
    for article_id in articles[1:3]:
        _add_source(archive, may, article_id, "LONDON, 2010 (Reuters) - Oil prices rose.", "2010")
    for article_id in articles[1:4]:
        _add_source(archive, year, article_id, "The rig exploded on April 20, killing 11.", "April 20")
    april = _event(archive, articles[3], "The rig exploded", DateSpan.day(D(2010, 4, 20)), "on April 20")
    draft = make_draft(archive, DraftScope(date_from=D(2010, 4, 1), date_to=D(2010, 5, 31)), 1)
    (entry,) = draft.entries
    assert entry.span.first_day == D(2010, 4, 20) and entry.signals.articles == 3
    assert entry.event_id == april
    ten_may = make_draft(archive, DraftScope(date_from=D(2010, 5, 10), date_to=D(2010, 5, 10)), 1).entries[0]
    assert ten_may.signals.articles == 1  # the datelines' bare year is no report of 10 May


def test_an_editors_date_holds_for_every_report(archive: Archive) -> None:
    article = add_article(archive, "Anything.", published=D(2022, 3, 9))
    event = _event(archive, article, "Talks", DateSpan.day(D(2022, 3, 7)), "Monday")
    with archive.write() as tx:
        tx.events.update(event, span=DateSpan.day(D(2022, 3, 1)))
    assert make_draft(archive, DraftScope(), 3).entries[0].span.first_day == D(2022, 3, 1)


def test_bad_input_gets_a_clear_error(archive: Archive) -> None:
    with pytest.raises(DraftError, match="empty"):
        make_draft(archive, DraftScope(), 5)
    add_article(archive, "Nothing dated here.", published=D(2024, 5, 3))
    with pytest.raises(DraftError, match="at least 1"):
        make_draft(archive, DraftScope(), 0)
    with pytest.raises(DraftError, match="no article matches"):
        make_draft(archive, DraftScope(query="zeppelin"), 5)
    with pytest.raises(DraftError, match="before it starts"):
        make_draft(archive, DraftScope(date_from=D(2024, 5, 3), date_to=D(2024, 5, 1)), 5)
    with pytest.raises(DraftError, match="no dated events in the archive between 2024-01-01 and 2024-01-31"):
        make_draft(archive, DraftScope(date_from=D(2024, 1, 1), date_to=D(2024, 1, 31)), 5)


def test_cancel_stops_the_draft(archive: Archive, story: dict[str, int]) -> None:
    seen: list[str] = []
    control = JobControl(lambda done, total, message: seen.append(message))
    control.cancel()
    with pytest.raises(JobCancelled):
        make_draft(archive, DraftScope(), 5, control=control)
    assert seen == ["reading the archive"]


def test_the_drafted_timeline_marks_its_entries_until_an_editor_touches_them(
    archive: Archive, story: dict[str, int]
) -> None:
    draft = make_draft(archive, DraftScope(), 5)
    timeline, changes = create_drafted_timeline(archive, "Strike", draft)
    assert changes.timelines and timeline.entry_count == 2
    _, entries, events = timelines_service.load_for_canvas(archive, timeline.id)
    assert all(e.drafted for e in entries)
    assert {e.status for e in events} == {EventStatus.SUGGESTED}  # events keep their review status
    first, second = entries
    _before, after, _ = timelines_service.update_entry(archive, first.id, importance=2)
    assert not after.drafted
    timelines_service.move_entries(archive, {second.id: None})
    assert not any(e.drafted for e in timelines_service.load_entries(archive, timeline.id)[1])
    # One undo step: deleting the timeline takes the whole draft away; a restore keeps the marks.
    fresh, _ = create_drafted_timeline(archive, "Strike again", draft)
    snapshot, _ = timelines_service.delete_timeline(archive, fresh.id)
    with archive.read() as tx:
        assert tx.timelines.find("Strike again") is None
    restored, _ = timelines_service.restore_timeline(archive, snapshot)
    assert all(e.drafted for e in timelines_service.load_entries(archive, restored.id)[1])
    with pytest.raises(ValueError, match="already exists"):
        create_drafted_timeline(archive, "Strike", draft)
