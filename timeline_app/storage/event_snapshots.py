"""Exact snapshots of events, so that review decisions (even merges) can be undone.

A :class:`EventState` records a set of event ids as they stood at one moment: each present
event whole (fields, timestamps, sources with their ids, tags, timeline entries with theirs),
and the ids that did not exist. :func:`restore_state` writes that moment back: deleted events
come back with their old ids, moved sources return to their owners, entries reappear.

The schema is untouched; rows are written with explicit primary keys.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from timeline_app.domain.models import Event, EventSource, TimelineEntry
from timeline_app.storage.archive import Transaction
from timeline_app.storage.tables import (
    EventRow,
    EventSourceRow,
    TimelineEntryRow,
)
from timeline_app.storage.timelines import entry_record, entry_tags, write_entry_tags


class StaleSnapshotError(RuntimeError):
    """The archive changed in a way that makes restoring a snapshot unsafe."""


@dataclass(frozen=True, slots=True)
class EventSnapshot:
    """One event as it was: the domain record plus what it does not carry."""

    event: Event
    created_at: _dt.datetime
    updated_at: _dt.datetime
    entries: tuple[TimelineEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class EventState:
    """A set of event ids at one moment: snapshots of those present, ids of those absent."""

    events: tuple[EventSnapshot, ...] = ()
    missing: tuple[int, ...] = ()

    @property
    def ids(self) -> tuple[int, ...]:
        """Every id the state speaks about."""
        return tuple(s.event.id for s in self.events) + self.missing


def capture_state(tx: Transaction, event_ids: Iterable[int]) -> EventState:
    """Snapshot ``event_ids`` (unknown ids are recorded as missing)."""
    ids = list(dict.fromkeys(event_ids))
    events = {event.id: event for event in tx.events.many(ids)}
    session = tx.session
    stamps = {
        row_id: (created, updated)
        for row_id, created, updated in session.exec(
            select(EventRow.id, EventRow.created_at, EventRow.updated_at).where(col(EventRow.id).in_(list(events)))
        )
    }
    entries = _entries_of(session, list(events))
    snapshots = tuple(
        EventSnapshot(events[i], stamps[i][0], stamps[i][1], tuple(entries.get(i, ()))) for i in ids if i in events
    )
    return EventState(snapshots, tuple(i for i in ids if i not in events))


def restore_state(tx: Transaction, state: EventState, *, expected: EventState | None = None) -> None:
    """Write ``state`` back: absent ids are deleted, present ones rewritten with their ids.

    ``expected`` is the state the caller believes the archive is in now (the one that followed
    ``state``); an event that exists but is not in ``expected``, or was created at another
    moment, means its id was reused meanwhile and raises :class:`StaleSnapshotError`.
    """
    session = tx.session
    if expected is not None:
        _check_expected(session, state, expected)
    if state.missing:
        session.execute(delete(EventRow).where(col(EventRow.id).in_(list(state.missing))))
        session.flush()
    for snapshot in state.events:
        _write_event_row(session, snapshot)
    session.flush()
    for snapshot in state.events:
        for source in snapshot.event.sources:
            _write_source_row(session, snapshot.event.id, source)
    session.flush()
    restored_ids = [s.event.id for s in state.events]
    kept_sources = [src.id for s in state.events for src in s.event.sources if src.id is not None]
    session.execute(
        delete(EventSourceRow).where(
            col(EventSourceRow.event_id).in_(restored_ids), col(EventSourceRow.id).not_in(kept_sources)
        )
    )
    for snapshot in state.events:
        tx.events.set_tags(snapshot.event.id, snapshot.event.tags)
    _restore_entries(session, state)
    session.flush()


def move_timeline_entries(tx: Transaction, from_ids: Sequence[int], to_id: int) -> None:
    """Hand the timeline places of ``from_ids`` to ``to_id`` (where it has none on that timeline)."""
    session = tx.session
    taken = set(session.exec(select(TimelineEntryRow.timeline_id).where(TimelineEntryRow.event_id == to_id)))
    rows = session.exec(
        select(TimelineEntryRow)
        .where(col(TimelineEntryRow.event_id).in_(list(from_ids)))
        .order_by(col(TimelineEntryRow.id))
    )
    for row in list(rows):
        if row.timeline_id in taken:
            continue
        taken.add(row.timeline_id)
        row.event_id = to_id
        session.add(row)
    session.flush()


def conflicted_ids(tx: Transaction) -> set[int]:
    """Ids of the events flagged as date conflicts."""
    return {int(i) for i in tx.session.exec(select(EventRow.id).where(col(EventRow.conflict).is_(True))) if i is not None}


def last_event_id(tx: Transaction) -> int:
    """The highest event id so far (0 without events)."""
    return int(tx.session.exec(select(func.coalesce(func.max(EventRow.id), 0))).one() or 0)


# -- helpers ----------------------------------------------------------------------


def _check_expected(session: Session, state: EventState, expected: EventState) -> None:
    known = {s.event.id: s.created_at for s in expected.events}
    for snapshot in state.events:
        row = session.get(EventRow, snapshot.event.id)
        if row is None:
            continue
        if snapshot.event.id not in known or row.created_at != known[snapshot.event.id]:
            raise StaleSnapshotError(f"event {snapshot.event.id} was replaced by another event since")


def _entries_of(session: Session, event_ids: Sequence[int]) -> dict[int, list[TimelineEntry]]:
    rows = list(
        session.exec(
            select(TimelineEntryRow)
            .where(col(TimelineEntryRow.event_id).in_(list(event_ids)))
            .order_by(col(TimelineEntryRow.id))
        )
    )
    tags = entry_tags(session, [row.id for row in rows if row.id is not None])
    result: dict[int, list[TimelineEntry]] = defaultdict(list)
    for row in rows:
        assert row.id is not None
        result[row.event_id].append(entry_record(row, tags.get(row.id, ())))
    return result


def _write_event_row(session: Session, snapshot: EventSnapshot) -> None:
    event = snapshot.event
    row = session.get(EventRow, event.id)
    if row is None:
        row = EventRow(id=event.id, title=event.title, precision=int(event.span.precision), value=event.span.value,
                       created_at=snapshot.created_at, updated_at=snapshot.updated_at)
    span = event.span
    row.title = event.title
    row.description = event.description
    row.span_start, row.span_end = span.start, span.end
    row.precision = int(span.precision)
    row.value = span.value
    row.approximate = span.approximate
    row.qualifier = span.qualifier.value if span.qualifier else None
    row.status = event.status.value
    row.origin = event.origin.value
    row.confidence = event.confidence
    row.edited = event.edited
    row.conflict = event.conflict
    row.people = "\n".join(event.people)
    row.places = "\n".join(event.places)
    row.created_at = snapshot.created_at
    row.updated_at = snapshot.updated_at
    session.add(row)


def _write_source_row(session: Session, event_id: int, source: EventSource) -> None:
    row = session.get(EventSourceRow, source.id) if source.id is not None else None
    if row is None:
        row = EventSourceRow(
            id=source.id, event_id=event_id, article_id=source.article_id, char_start=source.char_start,
            char_end=source.char_end, sentence=source.sentence, sentence_start=source.sentence_start,
            sentence_end=source.sentence_end, timex_text=source.timex_text, is_caption=source.is_caption,
        )
    row.event_id = event_id
    row.article_id = source.article_id
    row.char_start, row.char_end = source.char_start, source.char_end
    row.sentence = source.sentence
    row.sentence_start, row.sentence_end = source.sentence_start, source.sentence_end
    row.timex_text = source.timex_text
    row.is_caption = source.is_caption
    session.add(row)


def _restore_entries(session: Session, state: EventState) -> None:
    event_ids = list(state.ids)
    wanted = [entry for s in state.events for entry in s.entries]
    wanted_ids = [entry.id for entry in wanted]
    session.execute(
        delete(TimelineEntryRow).where(
            col(TimelineEntryRow.event_id).in_(event_ids), col(TimelineEntryRow.id).not_in(wanted_ids)
        )
    )
    session.flush()
    for entry in wanted:
        row = session.get(TimelineEntryRow, entry.id)
        if row is None:
            row = TimelineEntryRow(id=entry.id, timeline_id=entry.timeline_id, event_id=entry.event_id)
        row.timeline_id = entry.timeline_id
        row.event_id = entry.event_id
        row.lane_id = entry.lane_id
        row.colour = entry.colour
        row.importance = entry.importance
        row.editorial_status = entry.editorial_status.value
        row.public_note = entry.public_note
        row.internal_note = entry.internal_note
        row.title_override = entry.title_override
        row.drafted = entry.drafted
        session.add(row)
        session.flush()
        write_entry_tags(session, entry.id, entry.tags)
