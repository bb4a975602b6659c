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

from sqlalchemy import and_, delete, func
from sqlmodel import Session, col, select

from timeline_app.domain.models import Event, EventSource, TimelineEntry
from timeline_app.storage import versions
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
    changed_by: str | None = None


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
        row_id: (created, updated, by)
        for row_id, created, updated, by in session.exec(
            select(EventRow.id, EventRow.created_at, EventRow.updated_at, EventRow.changed_by)
            .where(col(EventRow.id).in_(list(events)))
        )
    }
    entries = _entries_of(session, list(events))
    snapshots = tuple(
        EventSnapshot(events[i], stamps[i][0], stamps[i][1], tuple(entries.get(i, ())), stamps[i][2])
        for i in ids if i in events
    )
    return EventState(snapshots, tuple(i for i in ids if i not in events))


def restore_state(tx: Transaction, state: EventState, *, expected: EventState | None = None) -> None:
    """Write ``state`` back: absent ids are deleted, present ones rewritten with their ids.

    ``expected`` is the state the caller believes the archive is in now (the one that followed
    ``state``); an event that exists but is not in ``expected``, or was created at another
    moment, means its id was reused meanwhile and raises :class:`StaleSnapshotError`; one that
    another editor (or an import) changed since ``expected`` was taken, or that was deleted,
    raises :class:`~timeline_app.storage.versions.StaleEditError`. Versions are written back
    as ``state`` has them.
    """
    session = tx.session
    if expected is not None:
        _check_expected(session, state, expected)
    if state.missing:
        versions.deleting_events(session, col(EventRow.id).in_(list(state.missing)))
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
    for snapshot in state.events:  # exactly as it was, version included (set_tags counted a change)
        row = session.get(EventRow, snapshot.event.id)
        if row is not None and snapshot.event.version:
            row.version, row.changed_by = snapshot.event.version, snapshot.changed_by
            session.add(row)
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
        versions.touch(session, "entry", row)
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
    now = {row[0]: row[1:] for row in capture_versions(session, [s.event.id for s in expected.events])}
    for snapshot in expected.events:
        event = snapshot.event
        current = now.get(event.id)
        if current is None:
            raise versions.StaleEditError("event", event.id, event.title, None, deleted=True)
        version, by, source_ids = current
        if (event.version and version != event.version) or source_ids != {s.id for s in event.sources}:
            me = versions.editor_of(session)
            raise versions.StaleEditError("event", event.id, event.title, by, mine=bool(me) and by == me)


def capture_versions(session: Session, event_ids: Sequence[int]) -> list[tuple[int, int, str | None, set[int | None]]]:
    """Each existing event of ``event_ids`` with its version, last editor and the ids of its sources."""
    if not event_ids:
        return []
    sources: dict[int, set[int | None]] = defaultdict(set)
    for event_id, source_id in session.exec(
        select(EventSourceRow.event_id, EventSourceRow.id).where(col(EventSourceRow.event_id).in_(list(event_ids)))
    ):
        sources[event_id].add(source_id)
    rows = session.exec(
        select(EventRow.id, EventRow.version, EventRow.changed_by).where(col(EventRow.id).in_(list(event_ids)))
    )
    return [(int(i), int(v), by, sources[int(i)]) for i, v, by in rows if i is not None]


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
    fresh = row is None
    if row is None:
        row = EventRow(id=event.id, title=event.title, precision=int(event.span.precision), value=event.span.value,
                       created_at=snapshot.created_at, updated_at=snapshot.updated_at)
    else:
        versions.touch(session, "event", row)
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
    if fresh:
        session.flush()
        versions.created(session, "event", event.id)


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
    going = (col(TimelineEntryRow.event_id).in_(event_ids), col(TimelineEntryRow.id).not_in(wanted_ids))
    versions.deleting_where(session, "entry", and_(*going))
    session.execute(delete(TimelineEntryRow).where(*going))
    session.flush()
    for entry in wanted:
        row = session.get(TimelineEntryRow, entry.id)
        if row is None:
            row = TimelineEntryRow(id=entry.id, timeline_id=entry.timeline_id, event_id=entry.event_id)
            session.add(row)
            session.flush()
            versions.created(session, "entry", entry.id)
        elif entry.version and row.version != entry.version:
            versions.touch(session, "entry", row)
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
        if entry.version:
            row.version = entry.version
        session.add(row)
        session.flush()
        write_entry_tags(session, entry.id, entry.tags)
