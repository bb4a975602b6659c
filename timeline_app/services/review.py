"""Reviewing suggested events: accept, reject, edit, merge duplicates, put them on a timeline.

Every decision is written at once in its own transaction and returns a :class:`ReviewResult`:
the :class:`~timeline_app.domain.models.Changes` for views, plus exact snapshots of the events
before and after, so that :func:`undo` and :func:`redo` can write either moment back (deleted
events return with their ids, sources, tags and timeline entries).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import Changes, Event, EventOrigin, EventStatus
from timeline_app.extraction.periods import iso_week_value, span_for_value
from timeline_app.storage import Archive, Transaction
from timeline_app.storage.event_snapshots import (
    EventState,
    StaleSnapshotError,
    capture_state,
    move_timeline_entries,
    restore_state,
)
from timeline_app.storage.review_queue import QueueFilter, QueueRow, QueueSort

__all__ = [
    "EventEdit",
    "QueueFilter",
    "QueueRow",
    "QueueSort",
    "ReviewResult",
    "StaleSnapshotError",
    "accept",
    "add_to_timeline",
    "counts",
    "edit_event",
    "event_ids",
    "merge_events",
    "redo",
    "reject",
    "return_to_queue",
    "rows",
    "set_status",
    "span_at_precision",
    "undo",
]


@dataclass(frozen=True, slots=True)
class EventEdit:
    """What an editor may change about an event in the review queue."""

    title: str
    description: str
    span: DateSpan
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """What a review action did: changes for views, and the states undo/redo write back.

    ``event_ids`` are the events to show afterwards (the survivor of a merge).
    """

    changes: Changes
    before: EventState
    after: EventState
    event_ids: tuple[int, ...] = field(default=())

    @property
    def changed_anything(self) -> bool:
        """False when the action found nothing to do (all already accepted, ...)."""
        return bool(self.before.ids)


# -- queue queries ---------------------------------------------------------------


def event_ids(archive: Archive, query: QueueFilter) -> list[int]:
    """The ids of the events the queue shows for ``query``, in its order."""
    with archive.read() as tx:
        return tx.queue.ids(query)


def rows(archive: Archive, ids: Sequence[int]) -> list[QueueRow]:
    """Table rows for ``ids`` (one page of the queue)."""
    with archive.read() as tx:
        return tx.queue.rows(ids)


def counts(archive: Archive, query: QueueFilter) -> dict[EventStatus, int]:
    """Events per status under ``query``'s other filters ("142 suggested · 37 accepted")."""
    with archive.read() as tx:
        return tx.queue.counts(query)


# -- decisions -------------------------------------------------------------------


def set_status(archive: Archive, ids: Iterable[int], status: EventStatus) -> ReviewResult:
    """Give ``ids`` the review ``status`` (events that already have it are left alone)."""
    wanted = list(dict.fromkeys(ids))
    with archive.write() as tx:
        current = tx.events.many(wanted)
        touched = [e.id for e in current if e.status is not status]
        before = capture_state(tx, touched)
        tx.events.set_status(touched, status)
        after = capture_state(tx, touched)
    return ReviewResult(state_changes(before, after), before, after, tuple(e.id for e in current))


def accept(archive: Archive, ids: Iterable[int]) -> ReviewResult:
    """Accept events for use on timelines."""
    return set_status(archive, ids, EventStatus.ACCEPTED)


def reject(archive: Archive, ids: Iterable[int]) -> ReviewResult:
    """Reject events (they stay in the archive, out of the queue)."""
    return set_status(archive, ids, EventStatus.REJECTED)


def return_to_queue(archive: Archive, ids: Iterable[int]) -> ReviewResult:
    """Put events back among the suggestions."""
    return set_status(archive, ids, EventStatus.SUGGESTED)


def edit_event(archive: Archive, event_id: int, edit: EventEdit) -> ReviewResult:
    """Change headline, description, date and tags; a new date settles a date conflict."""
    with archive.write() as tx:
        event = tx.events.get_required(event_id)
        before = capture_state(tx, [event_id])
        fields: dict[str, object] = {}
        if edit.title.strip() != event.title:
            fields["title"] = edit.title.strip()
        if edit.description.strip() != event.description:
            fields["description"] = edit.description.strip()
        if edit.span != event.span:
            fields["span"] = edit.span
            fields["conflict"] = False
        tags = tuple(dict.fromkeys(t.strip() for t in edit.tags if t.strip()))
        if not fields and tuple(sorted(tags)) == tuple(sorted(event.tags)):
            return ReviewResult(Changes(), EventState(), EventState(), (event_id,))
        if fields:
            tx.events.update(event_id, **fields)
        tx.events.set_tags(event_id, tags)
        after = capture_state(tx, [event_id])
    return ReviewResult(state_changes(before, after), before, after, (event_id,))


def merge_events(archive: Archive, ids: Iterable[int]) -> ReviewResult:
    """Fold duplicates into one event that keeps the best data and every source.

    The survivor is the event an editor already vouched for (accepted, edited, made by hand),
    else the most confident and most reported. It takes the others' sources, tags, people and
    places, their description when it has none, a finer date when its own is unresolved or
    coarser and not edited, and their places on timelines. ``ValueError`` for fewer than two.
    """
    wanted = list(dict.fromkeys(ids))
    with archive.write() as tx:
        events = tx.events.many(wanted)
        if len(events) < 2:
            raise ValueError("select at least two events to merge")
        survivor = max(events, key=_merit)
        others = [e for e in events if e.id != survivor.id]
        before = capture_state(tx, [e.id for e in events])
        _absorb(tx, survivor, others)
        tx.events.merge(survivor.id, [e.id for e in others])
        after = capture_state(tx, [e.id for e in events])
    return ReviewResult(state_changes(before, after), before, after, (survivor.id,))


def add_to_timeline(archive: Archive, timeline_id: int, ids: Iterable[int]) -> ReviewResult:
    """Put events on a timeline (once each) and accept those not accepted yet."""
    wanted = list(dict.fromkeys(ids))
    with archive.write() as tx:
        tx.timelines.get_required(timeline_id)
        present = {entry.event_id for entry in tx.timelines.entries(timeline_id)}
        events = tx.events.many(wanted)
        touched = [e.id for e in events if e.id not in present or e.status is not EventStatus.ACCEPTED]
        before = capture_state(tx, touched)
        for event in events:
            if event.id not in present:
                tx.timelines.add_entry(timeline_id, event.id)
        tx.events.set_status([e.id for e in events if e.status is not EventStatus.ACCEPTED], EventStatus.ACCEPTED)
        after = capture_state(tx, touched)
    changes = state_changes(before, after) | Changes.of_timeline(timeline_id)
    return ReviewResult(changes, before, after, tuple(e.id for e in events))


# -- undo / redo -----------------------------------------------------------------


def undo(archive: Archive, result: ReviewResult) -> Changes:
    """Write back the state before ``result``'s action (raises StaleSnapshotError if unsafe)."""
    with archive.write() as tx:
        restore_state(tx, result.before, expected=result.after)
    return result.changes


def redo(archive: Archive, result: ReviewResult) -> Changes:
    """Write back the state after ``result``'s action, with the same ids as the first time."""
    with archive.write() as tx:
        restore_state(tx, result.after, expected=result.before)
    return result.changes


def restore_events(archive: Archive, state: EventState) -> Changes:
    """Write ``state`` back unconditionally (the inverse of any action captured before it)."""
    with archive.write() as tx:
        restore_state(tx, state)
    return state_changes(state, state)


# -- dates -----------------------------------------------------------------------


def span_at_precision(span: DateSpan, precision: Precision) -> DateSpan:
    """``span`` widened or narrowed to the ``precision`` unit that holds its start.

    A ``between`` range keeps its ends; an unresolved span only changes its precision.
    """
    if span.start is None or precision is span.precision or span.qualifier is Qualifier.BETWEEN:
        return replace(span, precision=precision)
    start = span.start
    if precision is Precision.UNKNOWN:
        return replace(span, precision=precision)
    if precision <= Precision.HOUR:
        first = start.replace(minute=0 if precision is Precision.HOUR else start.minute, second=0, microsecond=0)
        step = _dt.timedelta(hours=1) if precision is Precision.HOUR else _dt.timedelta(minutes=1)
        value = f"{first:%Y-%m-%dT%H:%M}"
        return DateSpan(first, first + step, precision, value, span.approximate, span.qualifier)
    value = _value_at(start, precision)
    snapped = span_for_value(value, approximate=span.approximate)
    if not snapped.is_resolved:
        return replace(span, precision=precision)
    return replace(snapped, approximate=span.approximate, qualifier=span.qualifier)


def _value_at(start: _dt.datetime, precision: Precision) -> str:
    year = start.year
    if precision is Precision.DAY:
        return start.date().isoformat()
    if precision is Precision.WEEK:
        return iso_week_value(start.date())
    if precision is Precision.MONTH:
        return f"{year:04d}-{start.month:02d}"
    if precision is Precision.SEASON:
        if start.month <= 2:
            return f"{year - 1:04d}-WI"
        return f"{year:04d}-" + {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(
            start.month, "WI"
        )
    if precision is Precision.QUARTER:
        return f"{year:04d}-Q{(start.month - 1) // 3 + 1}"
    if precision is Precision.HALF_YEAR:
        return f"{year:04d}-H{1 if start.month <= 6 else 2}"
    if precision is Precision.DECADE:
        return f"{year // 10:03d}"
    if precision is Precision.CENTURY:
        return f"{year // 100:02d}"
    return f"{year:04d}"


# -- helpers ---------------------------------------------------------------------


def _merit(event: Event) -> tuple[bool, bool, bool, float, int, int]:
    return (
        event.status is EventStatus.ACCEPTED,
        event.edited,
        event.origin is EventOrigin.EDITOR,
        event.confidence,
        len(event.sources),
        -event.id,
    )


def _union(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for group in groups for item in group if item))


def _best_span(survivor: Event, others: Sequence[Event]) -> DateSpan:
    span = survivor.span
    if survivor.edited and span.is_resolved:
        return span
    candidates = [e.span for e in others if e.span.is_resolved]
    if not span.is_resolved:
        return min(candidates, key=lambda s: s.precision) if candidates else span
    finer = [s for s in candidates if s.precision < span.precision and s.overlaps(span)]
    return min(finer, key=lambda s: s.precision) if finer else span


def _absorb(tx: Transaction, survivor: Event, others: Sequence[Event]) -> None:
    """Give ``survivor`` the best of ``others`` (their sources move in the store's merge)."""
    everyone = [survivor, *others]
    span = _best_span(survivor, others)
    disagree = any(e.span.is_resolved and span.is_resolved and not e.span.overlaps(span) for e in others)
    description = survivor.description or max((e.description for e in others), key=len, default="")
    tx.events.update(
        survivor.id,
        title=survivor.title or max((e.title for e in others), key=len, default=""),
        description=description,
        span=span,
        people=_union(*(e.people for e in everyone)),
        places=_union(*(e.places for e in everyone)),
        confidence=max(e.confidence for e in everyone),
        conflict=disagree or survivor.conflict,
    )
    tx.events.set_tags(survivor.id, _union(*(e.tags for e in everyone)))
    move_timeline_entries(tx, [e.id for e in others], survivor.id)


def state_changes(before: EventState, after: EventState) -> Changes:
    """What going from ``before`` to ``after`` (or back) changes: events, their articles, entries, timelines."""
    snapshots = [*before.events, *after.events]
    article_ids = frozenset(src.article_id for s in snapshots for src in s.event.sources)
    entries = [entry for s in snapshots for entry in s.entries]
    changes = Changes(events=bool(snapshots) or bool(before.ids or after.ids),
                      event_ids=frozenset(before.ids) | frozenset(after.ids), article_ids=article_ids)
    for entry in entries:
        changes = changes | Changes.of_timeline(entry.timeline_id, entries=[entry.id])
    return changes
