"""Review services: every decision and its exact undo and redo."""

from __future__ import annotations

import datetime as dt

import pytest
from backends import archive_on_both_backends, backend, pg_server, pg_url  # noqa: F401  (both backends)
from builders import add_article, add_event

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import EventSource, EventStatus
from timeline_app.services import review
from timeline_app.services.review import EventEdit, QueueFilter, QueueSort
from timeline_app.storage import Archive
from timeline_app.storage.event_snapshots import capture_state


def _state(archive: Archive, ids: list[int]) -> object:
    with archive.read() as tx:
        return capture_state(tx, ids)


def _timeline(archive: Archive, name: str = "Crisis") -> int:
    with archive.write() as tx:
        return tx.timelines.create(name).id


def test_accept_reject_and_return_with_exact_undo(archive: Archive) -> None:
    article = add_article(archive)
    first, second = add_event(archive, article, "Talks"), add_event(archive, article, "Strike")
    original = _state(archive, [first, second])

    result = review.accept(archive, [first, second])
    assert result.changes.events and result.changes.article_ids == {article}
    with archive.read() as tx:
        assert {e.status for e in tx.events.many([first, second])} == {EventStatus.ACCEPTED}
    review.undo(archive, result)
    assert _state(archive, [first, second]) == original
    review.redo(archive, result)
    assert _state(archive, [first, second]) == result.after

    rejected = review.reject(archive, [first])
    with archive.read() as tx:
        assert tx.events.get_required(first).status is EventStatus.REJECTED
    back = review.return_to_queue(archive, [first])
    with archive.read() as tx:
        assert tx.events.get_required(first).status is EventStatus.SUGGESTED
    review.undo(archive, back)
    review.undo(archive, rejected)
    assert _state(archive, [first]) == result.after.__class__(result.after.events[:1])


def test_accepting_accepted_events_changes_nothing(archive: Archive) -> None:
    event = add_event(archive, add_article(archive), status=EventStatus.ACCEPTED)
    result = review.accept(archive, [event])
    assert not result.changed_anything
    assert result.event_ids == (event,)


def test_edit_changes_fields_tags_and_settles_a_conflict(archive: Archive) -> None:
    event = add_event(archive, add_article(archive), "Talks", conflict=True)
    original = _state(archive, [event])
    span = DateSpan.month(2023, 6, approximate=True).with_qualifier(Qualifier.SINCE)
    result = review.edit_event(archive, event, EventEdit(" Peace talks ", "In Geneva.", span, ("diplomacy", "un")))
    with archive.read() as tx:
        edited = tx.events.get_required(event)
    assert (edited.title, edited.description, edited.span) == ("Peace talks", "In Geneva.", span)
    assert edited.tags == ("diplomacy", "un") and edited.edited and not edited.conflict
    review.undo(archive, result)
    assert _state(archive, [event]) == original


def test_an_edit_that_changes_nothing_is_not_recorded(archive: Archive) -> None:
    event = add_event(archive, add_article(archive), "Talks")
    with archive.read() as tx:
        current = tx.events.get_required(event)
    result = review.edit_event(archive, event, EventEdit("Talks", "", current.span, ()))
    assert not result.changed_anything


def test_merge_keeps_the_best_data_and_undo_restores_ids_sources_tags_entries(archive: Archive) -> None:
    one, two = add_article(archive), add_article(archive)
    keep = add_event(archive, one, "Ceasefire agreed", DateSpan.month(2022, 2), confidence=0.9)
    other = add_event(archive, two, "Ceasefire", DateSpan.day(dt.date(2022, 2, 3)), confidence=0.4,
                      description="Both sides signed.", places=("Minsk",))
    with archive.write() as tx:
        tx.events.add_source(other, EventSource(one, 40, 50, "Again.", 40, 46, "February"))
        tx.events.set_tags(other, ["war"])
        tx.events.set_tags(keep, ["diplomacy"])
    timeline = _timeline(archive)
    with archive.write() as tx:
        entry = tx.timelines.add_entry(timeline, other)
    original = _state(archive, [keep, other])

    result = review.merge_events(archive, [other, keep])
    assert result.event_ids == (keep,)
    with archive.read() as tx:
        merged = tx.events.get_required(keep)
        assert tx.events.get(other) is None
        assert [e.event_id for e in tx.timelines.entries(timeline)] == [keep]
    assert len(merged.sources) == 3
    assert merged.span == DateSpan.day(dt.date(2022, 2, 3))  # the finer date wins
    assert merged.description == "Both sides signed." and merged.places == ("Minsk",)
    assert merged.tags == ("diplomacy", "war") and merged.confidence == 0.9

    review.undo(archive, result)
    assert _state(archive, [keep, other]) == original
    with archive.read() as tx:
        assert [e.id for e in tx.timelines.entries(timeline)] == [entry.id]
        assert tx.events.get_required(other).tags == ("war",)
    review.redo(archive, result)
    assert _state(archive, [keep, other]) == result.after


def test_merge_prefers_an_accepted_event_and_flags_disagreeing_dates(archive: Archive) -> None:
    article = add_article(archive)
    suggested = add_event(archive, article, "Vote", DateSpan.year(2019), confidence=0.99)
    accepted = add_event(archive, article, "Vote held", DateSpan.year(2021), status=EventStatus.ACCEPTED)
    result = review.merge_events(archive, [suggested, accepted])
    assert result.event_ids == (accepted,)
    with archive.read() as tx:
        assert tx.events.get_required(accepted).conflict


def test_merge_needs_two_events(archive: Archive) -> None:
    with pytest.raises(ValueError):
        review.merge_events(archive, [add_event(archive, add_article(archive))])


def test_add_to_timeline_accepts_and_undo_takes_it_off(archive: Archive) -> None:
    article = add_article(archive)
    event = add_event(archive, article)
    timeline = _timeline(archive)
    original = _state(archive, [event])
    result = review.add_to_timeline(archive, timeline, [event])
    assert result.changes.timelines
    with archive.read() as tx:
        assert [e.event_id for e in tx.timelines.entries(timeline)] == [event]
        assert tx.events.get_required(event).status is EventStatus.ACCEPTED
    review.undo(archive, result)
    assert _state(archive, [event]) == original
    with archive.read() as tx:
        assert tx.timelines.entries(timeline) == []
    review.redo(archive, result)
    with archive.read() as tx:
        assert [e.id for e in tx.timelines.entries(timeline)] == [result.after.events[0].entries[0].id]


def test_undo_refuses_when_a_deleted_id_was_reused(archive: Archive) -> None:
    article = add_article(archive)
    first = add_event(archive, article, "A")
    last = add_event(archive, article, "B")
    result = review.merge_events(archive, [first, last])
    review.undo(archive, result)
    review.redo(archive, result)
    reused = add_event(archive, article, "New event")  # SQLite may hand out the freed id again
    if reused == last:
        with pytest.raises(review.StaleSnapshotError):
            review.undo(archive, result)


def test_span_at_precision_snaps_to_the_unit_of_the_start() -> None:
    day = DateSpan.day(dt.date(2023, 6, 16), approximate=True)
    assert review.span_at_precision(day, Precision.MONTH) == DateSpan.month(2023, 6, approximate=True)
    assert review.span_at_precision(day, Precision.YEAR).value == "2023"
    assert review.span_at_precision(day, Precision.QUARTER).value == "2023-Q2"
    assert review.span_at_precision(day, Precision.DECADE).value == "202"
    assert review.span_at_precision(DateSpan.day(dt.date(2023, 1, 5)), Precision.SEASON).value == "2022-WI"
    assert review.span_at_precision(DateSpan.year(2014), Precision.DAY).value == "2014-01-01"


def test_queue_filters_sorts_and_counts(archive: Archive) -> None:
    one, two = add_article(archive, title="Zeitung"), add_article(archive, title="Avis")
    early = add_event(archive, one, "beta", DateSpan.year(2014), confidence=0.3)
    late = add_event(archive, two, "Alpha", DateSpan.month(2023, 6), confidence=0.8)
    gone = add_event(archive, two, "gamma", DateSpan.year(2020), status=EventStatus.REJECTED)
    assert review.event_ids(archive, QueueFilter()) == [early, late]
    assert review.event_ids(archive, QueueFilter(status=None)) == [early, gone, late]
    assert review.event_ids(archive, QueueFilter(sort=QueueSort.HEADLINE)) == [late, early]
    assert review.event_ids(archive, QueueFilter(sort=QueueSort.CONFIDENCE, descending=True)) == [late, early]
    assert review.event_ids(archive, QueueFilter(sort=QueueSort.ARTICLE)) == [late, early]
    assert review.event_ids(archive, QueueFilter(min_confidence=0.5)) == [late]
    assert review.event_ids(archive, QueueFilter(article_id=one)) == [early]
    assert review.event_ids(archive, QueueFilter(start=dt.datetime(2015, 1, 1))) == [late]
    assert review.event_ids(archive, QueueFilter(end=dt.datetime(2015, 1, 1))) == [early]
    assert review.event_ids(archive, QueueFilter(text="ALP")) == [late]
    assert review.counts(archive, QueueFilter(article_id=two)) == {
        EventStatus.SUGGESTED: 1, EventStatus.ACCEPTED: 0, EventStatus.REJECTED: 1
    }
    [row] = review.rows(archive, [late])
    assert (row.article_titles, row.source_count, row.language) == (("Avis",), 1, "en")
