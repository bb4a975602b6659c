"""Timeline use cases: create, rename, duplicate, delete; entries, lanes, auto-lanes and eras.

Every function takes the :class:`~timeline_app.storage.Archive`, runs one write transaction
(so each edit is saved at once) and returns what it made plus :class:`Changes`. Functions that
destroy something return what an undo needs to put it back. No Qt here: the canvas wraps these
calls in undo commands, the CLI calls them directly.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import col, select

from timeline_app.domain.colours import parse_colour
from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import (
    Changes,
    EditorialStatus,
    Era,
    Event,
    EventOrigin,
    EventStatus,
    Lane,
    Timeline,
    TimelineEntry,
)
from timeline_app.storage import Archive, Transaction
from timeline_app.storage.query import check_query
from timeline_app.storage.tables import EraRow, EventRow, LaneRow, TimelineEntryRow
from timeline_app.storage.timelines import clean_tags, timeline_entry_tags

CHANGED = Changes(timelines=True)
AUTO_LANE_KINDS = ("article", "tag", "source", "person")
MAX_AUTO_LANES = 12
OTHER_LANE = "Other"


@dataclass(frozen=True, slots=True)
class TimelineSnapshot:
    """Everything a timeline holds, to restore it after a delete."""

    timeline: Timeline
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True, slots=True)
class AutoLanes:
    """What auto-lanes did: the lanes made and where each entry was before."""

    created: tuple[Lane, ...]
    previous: Mapping[int, int | None]


# -- timelines -------------------------------------------------------------------


def create_timeline(
    archive: Archive, name: str, *, description: str = "", event_ids: Sequence[int] = ()
) -> tuple[Timeline, Changes]:
    """A new timeline, empty or holding ``event_ids`` (``ValueError`` for a taken or empty name)."""
    with archive.write() as tx:
        timeline = tx.timelines.create(name, description)
        for event_id in dict.fromkeys(event_ids):
            tx.timelines.add_entry(timeline.id, event_id)
        return tx.timelines.get_required(timeline.id), CHANGED


def create_from_accepted(archive: Archive, name: str) -> tuple[Timeline, Changes]:
    """A timeline of every accepted event."""
    with archive.read() as tx:
        ids = tx.events.ids(status=EventStatus.ACCEPTED)
    return create_timeline(archive, name, event_ids=ids)


def events_for_query(tx: Transaction, query: str, *, limit: int = 200, include_suggested: bool = False) -> list[int]:
    """Ids of events reported by the articles best matching ``query``, in time order (rejected never).

    Raises :class:`~timeline_app.storage.query.QueryError` for a query beyond the limits.
    """
    check_query(query)
    wanted = {EventStatus.ACCEPTED} | ({EventStatus.SUGGESTED} if include_suggested else set())
    ids: list[int] = []
    for hit in tx.articles.search(query, limit=limit):
        ids += tx.events.ids(article_id=hit.article_id)
    events = tx.events.many(list(dict.fromkeys(ids)))
    ordered = sorted(
        (e for e in events if e.status in wanted),
        key=lambda e: (e.span.start is None, e.span.start or _dt.datetime.min, e.id),
    )
    return [e.id for e in ordered]


def create_from_search(
    archive: Archive, name: str, query: str, *, include_suggested: bool = False
) -> tuple[Timeline, Changes]:
    """A timeline of the events reported by the articles matching ``query``."""
    with archive.read() as tx:
        ids = events_for_query(tx, query, include_suggested=include_suggested)
    return create_timeline(archive, name, event_ids=ids)


def rename_timeline(archive: Archive, timeline_id: int, name: str) -> tuple[Timeline, Changes]:
    """Give a timeline another unique name."""
    with archive.write() as tx:
        return tx.timelines.rename(timeline_id, name), CHANGED


def _free_name(tx: Transaction, wanted: str) -> str:
    name, n = wanted, 2
    while tx.timelines.find(name) is not None:
        name = f"{wanted} ({n})"
        n += 1
    return name


def duplicate_timeline(archive: Archive, timeline_id: int, name: str | None = None) -> tuple[Timeline, Changes]:
    """A copy with the same lanes, eras and annotated entries."""
    with archive.write() as tx:
        source = tx.timelines.get_required(timeline_id)
        snapshot = TimelineSnapshot(source, tuple(tx.timelines.entries(timeline_id)))
        copy = _restore(tx, snapshot, _free_name(tx, name or source.name))
        return copy, CHANGED


def delete_timeline(archive: Archive, timeline_id: int) -> tuple[TimelineSnapshot, Changes]:
    """Delete a timeline (its events stay) and return a snapshot to restore it."""
    with archive.write() as tx:
        snapshot = TimelineSnapshot(tx.timelines.get_required(timeline_id), tuple(tx.timelines.entries(timeline_id)))
        tx.timelines.delete(timeline_id)
        return snapshot, CHANGED


def restore_timeline(archive: Archive, snapshot: TimelineSnapshot) -> tuple[Timeline, Changes]:
    """Bring back a deleted timeline (with new ids) from its snapshot."""
    with archive.write() as tx:
        return _restore(tx, snapshot, _free_name(tx, snapshot.timeline.name)), CHANGED


def _restore(tx: Transaction, snapshot: TimelineSnapshot, name: str) -> Timeline:
    source = snapshot.timeline
    timeline = tx.timelines.create(name, source.description)
    lane_map: dict[int | None, int | None] = {None: None}
    for lane in source.lanes:
        made = tx.timelines.add_lane(timeline.id, lane.name, colour=lane.colour)
        _lane_row(tx, made.id).collapsed = lane.collapsed
        lane_map[lane.id] = made.id
    for era in source.eras:
        made_era = tx.timelines.add_era(timeline.id, era.name, era.start, era.end)
        _era_row(tx, made_era.id).colour = era.colour
    for entry in snapshot.entries:
        _put_entry(tx, timeline.id, replace(entry, lane_id=lane_map.get(entry.lane_id)))
    tx.session.flush()
    return tx.timelines.get_required(timeline.id)


# -- entries -----------------------------------------------------------------------


def load_entries(archive: Archive, timeline_id: int) -> tuple[Timeline, list[TimelineEntry]]:
    """A timeline with its entries."""
    with archive.read() as tx:
        return tx.timelines.get_required(timeline_id), tx.timelines.entries(timeline_id)


def load_for_canvas(archive: Archive, timeline_id: int) -> tuple[Timeline, list[TimelineEntry], list[Event]]:
    """A timeline, its entries (with their tags) and their events without sources or tags, read in bulk.

    Plain column reads (no ORM objects), so 10,000 entries load in a fraction of a second;
    ask :func:`event_details` for an event's sources when they are shown.
    """
    with archive.read() as tx:
        timeline = tx.timelines.get_required(timeline_id)
        entry_rows = tx.session.execute(
            sa_select(*_ENTRY_COLUMNS).where(col(TimelineEntryRow.timeline_id) == timeline_id).order_by(col(TimelineEntryRow.id))
        ).all()
        event_rows = tx.session.execute(
            sa_select(*_EVENT_COLUMNS)
            .join(TimelineEntryRow, col(TimelineEntryRow.event_id) == col(EventRow.id))
            .where(col(TimelineEntryRow.timeline_id) == timeline_id)
        ).all()
        tags = timeline_entry_tags(tx.session, timeline_id)
    entries = [
        TimelineEntry(r[0], r[1], r[2], r[3], r[4], r[5], EditorialStatus(r[6]), r[7], r[8], r[9], tags.get(r[0], ()),
                      bool(r[10]))
        for r in entry_rows
    ]
    return timeline, entries, [_brief_event(row) for row in event_rows]


_ENTRY_COLUMNS: tuple[Any, ...] = (
    TimelineEntryRow.id, TimelineEntryRow.timeline_id, TimelineEntryRow.event_id, TimelineEntryRow.lane_id,
    TimelineEntryRow.colour, TimelineEntryRow.importance, TimelineEntryRow.editorial_status,
    TimelineEntryRow.public_note, TimelineEntryRow.internal_note, TimelineEntryRow.title_override,
    TimelineEntryRow.drafted,
)
_EVENT_COLUMNS: tuple[Any, ...] = (
    EventRow.id, EventRow.title, EventRow.description, EventRow.span_start, EventRow.span_end, EventRow.precision,
    EventRow.value, EventRow.approximate, EventRow.qualifier, EventRow.status, EventRow.origin, EventRow.confidence,
    EventRow.edited, EventRow.conflict, EventRow.people, EventRow.places,
)
_STATUSES = {s.value: s for s in EventStatus}
_ORIGINS = {o.value: o for o in EventOrigin}
_PRECISIONS = {int(p): p for p in Precision}
_QUALIFIERS = {q.value: q for q in Qualifier}


def _brief_event(row: Any) -> Event:
    (event_id, title, description, start, end, precision, value, approximate, qualifier, status, origin,
     confidence, edited, conflict, people, places) = row
    span = DateSpan(start, end, _PRECISIONS[int(precision)], value, bool(approximate),
                    _QUALIFIERS[qualifier] if qualifier else None)
    return Event(
        id=event_id, title=title, description=description, span=span, status=_STATUSES[status],
        origin=_ORIGINS[origin], confidence=confidence, edited=bool(edited), conflict=bool(conflict),
        people=tuple(p for p in people.split("\n") if p), places=tuple(p for p in places.split("\n") if p),
    )


def event_details(archive: Archive, event_ids: Sequence[int]) -> list[Event]:
    """Events with their sources and tags."""
    with archive.read() as tx:
        return tx.events.many(list(event_ids))


def get_entries(archive: Archive, entry_ids: Sequence[int]) -> list[TimelineEntry]:
    """Entries by id (unknown ids skipped)."""
    with archive.read() as tx:
        return _entries_by_id(tx, entry_ids)


def add_entries(
    archive: Archive, timeline_id: int, event_ids: Iterable[int], *, lane_id: int | None = None
) -> tuple[list[TimelineEntry], Changes]:
    """Put events on a timeline (events already there keep their entry)."""
    with archive.write() as tx:
        return [tx.timelines.add_entry(timeline_id, i, lane_id=lane_id) for i in dict.fromkeys(event_ids)], CHANGED


def remove_entries(archive: Archive, entry_ids: Iterable[int]) -> tuple[list[TimelineEntry], Changes]:
    """Take entries off their timeline; returns them (with their annotations) for an undo."""
    with archive.write() as tx:
        rows = tx.session.exec(select(TimelineEntryRow).where(col(TimelineEntryRow.id).in_(list(entry_ids)))).all()
        removed = _entries_by_id(tx, [row.id for row in rows if row.id is not None])
        for entry in removed:
            tx.timelines.remove_entry(entry.id)
        return removed, CHANGED


def restore_entries(archive: Archive, entries: Sequence[TimelineEntry]) -> tuple[dict[int, int], Changes]:
    """Put removed entries back with their annotations; returns old id -> new id."""
    with archive.write() as tx:
        return {entry.id: _put_entry(tx, entry.timeline_id, entry).id for entry in entries}, CHANGED


def update_entry(archive: Archive, entry_id: int, **fields: object) -> tuple[TimelineEntry, TimelineEntry, Changes]:
    """Change an entry's lane, colour, importance, status, notes, title override or tags: (before, after, changes).

    ``tags`` is a sequence of names that replaces the entry's tags. An editor's edit clears the
    entry's drafted mark unless ``drafted`` is given.
    """
    fields.setdefault("drafted", False)
    if "colour" in fields:
        fields["colour"] = parse_colour(fields["colour"])
    with archive.write() as tx:
        before = _entries_by_id(tx, [entry_id])
        if not before:
            raise KeyError(entry_id)
        return before[0], tx.timelines.update_entry(entry_id, **fields), CHANGED


def move_entries(
    archive: Archive, lanes: Mapping[int, int | None]
) -> tuple[dict[int, int | None], Changes]:
    """Move entries to lanes (entry id -> lane id); returns where each one was. Moved entries lose their drafted mark."""
    with archive.write() as tx:
        previous = {e.id: e.lane_id for e in _entries_by_id(tx, list(lanes))}
        for entry_id, lane_id in lanes.items():
            if entry_id in previous:
                tx.timelines.update_entry(entry_id, lane_id=lane_id, drafted=False)
        return previous, CHANGED


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as comma-separated text: trimmed, without blanks or repeats, sorted."""
    return clean_tags(text.split(","))


def _entries_by_id(tx: Transaction, entry_ids: Sequence[int]) -> list[TimelineEntry]:
    return tx.timelines.entries_by_id(entry_ids)


def _put_entry(tx: Transaction, timeline_id: int, entry: TimelineEntry) -> TimelineEntry:
    made = tx.timelines.add_entry(timeline_id, entry.event_id, lane_id=entry.lane_id)
    return tx.timelines.update_entry(
        made.id,
        colour=entry.colour,
        importance=entry.importance,
        editorial_status=entry.editorial_status,
        public_note=entry.public_note,
        internal_note=entry.internal_note,
        title_override=entry.title_override,
        tags=entry.tags,
        drafted=entry.drafted,
    )


# -- lanes -------------------------------------------------------------------------


def _lane_row(tx: Transaction, lane_id: int) -> LaneRow:
    row = tx.session.get(LaneRow, lane_id)
    if row is None:
        raise KeyError(lane_id)
    tx.session.add(row)
    return row


def _era_row(tx: Transaction, era_id: int) -> EraRow:
    row = tx.session.get(EraRow, era_id)
    if row is None:
        raise KeyError(era_id)
    tx.session.add(row)
    return row


def add_lane(archive: Archive, timeline_id: int, name: str, *, colour: str | None = None) -> tuple[Lane, Changes]:
    """Append a lane."""
    if not name.strip():
        raise ValueError("a lane needs a name")
    checked = parse_colour(colour)
    with archive.write() as tx:
        return tx.timelines.add_lane(timeline_id, name.strip(), colour=checked), CHANGED


def update_lane(archive: Archive, lane_id: int, **fields: object) -> tuple[Lane, Lane, Changes]:
    """Rename, recolour or collapse a lane (``name``, ``colour``, ``collapsed``): (before, after, changes)."""
    unknown = set(fields) - {"name", "colour", "collapsed"}
    if unknown:
        raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
    if "colour" in fields:
        fields["colour"] = parse_colour(fields["colour"])
    with archive.write() as tx:
        row = _lane_row(tx, lane_id)
        before = Lane(lane_id, row.timeline_id, row.name, row.position, row.colour, row.collapsed)
        for name, value in fields.items():
            setattr(row, name, value)
        tx.session.flush()
        after = Lane(lane_id, row.timeline_id, row.name, row.position, row.colour, row.collapsed)
        return before, after, CHANGED


def reorder_lanes(archive: Archive, timeline_id: int, lane_ids: Sequence[int]) -> tuple[list[int], Changes]:
    """Put the lanes in the order given (others keep theirs after them); returns the old order."""
    with archive.write() as tx:
        old = [lane.id for lane in tx.timelines.get_required(timeline_id).lanes]
        order = [i for i in lane_ids if i in old] + [i for i in old if i not in lane_ids]
        for position, lane_id in enumerate(order):
            _lane_row(tx, lane_id).position = position
        tx.session.flush()
        return old, CHANGED


def delete_lane(archive: Archive, lane_id: int) -> tuple[Lane, list[int], Changes]:
    """Remove a lane; its entries lose their lane. Returns the lane and the entries that were in it."""
    with archive.write() as tx:
        row = _lane_row(tx, lane_id)
        lane = Lane(lane_id, row.timeline_id, row.name, row.position, row.colour, row.collapsed)
        members = [e.id for e in tx.timelines.entries(row.timeline_id) if e.lane_id == lane_id]
        for entry_id in members:
            tx.timelines.update_entry(entry_id, lane_id=None)
        tx.session.delete(row)
        tx.session.flush()
        return lane, members, CHANGED


def restore_lane(archive: Archive, lane: Lane, members: Sequence[int]) -> tuple[Lane, Changes]:
    """Bring back a deleted lane (new id) at its old position with its entries."""
    with archive.write() as tx:
        made = tx.timelines.add_lane(lane.timeline_id, lane.name, colour=lane.colour)
        row = _lane_row(tx, made.id)
        row.collapsed = lane.collapsed
        ids = [i.id for i in tx.timelines.get_required(lane.timeline_id).lanes if i.id != made.id]
        ids.insert(min(lane.position, len(ids)), made.id)
        for position, lane_id in enumerate(ids):
            _lane_row(tx, lane_id).position = position
        for entry_id in members:
            tx.timelines.update_entry(entry_id, lane_id=made.id)
        tx.session.flush()
        return replace(made, position=row.position, collapsed=lane.collapsed), CHANGED


def auto_lanes(archive: Archive, timeline_id: int, by: str) -> tuple[AutoLanes, Changes]:
    """Sort entries into lanes by their first article, tag, source (publication) or person named.

    "tag" uses the entry's own tags when it has any, else its event's tags.

    The commonest keys get a lane each (at most :data:`MAX_AUTO_LANES`); the rest share "Other".
    Existing lanes with the same name are reused.
    """
    if by not in AUTO_LANE_KINDS:
        raise ValueError(f"auto-lanes by {by!r}: choose one of {', '.join(AUTO_LANE_KINDS)}")
    with archive.write() as tx:
        timeline = tx.timelines.get_required(timeline_id)
        entries = tx.timelines.entries(timeline_id)
        events = {e.id: e for e in tx.events.many([entry.event_id for entry in entries])}
        titles: dict[int, str] = {}
        keys: dict[int, str] = {}
        for entry in entries:
            event = events.get(entry.event_id)
            if event is None:
                continue
            key = _auto_key(tx, by, entry.tags or event.tags, event.people, [s.article_id for s in event.sources], titles)
            keys[entry.id] = key or OTHER_LANE
        common = [k for k, _ in Counter(k for k in keys.values() if k != OTHER_LANE).most_common(MAX_AUTO_LANES)]
        existing = {lane.name: lane for lane in timeline.lanes}
        created: list[Lane] = []
        lane_of: dict[str, int] = {}
        for name in [*sorted(common, key=str.casefold), OTHER_LANE]:
            if name == OTHER_LANE and all(k in common for k in keys.values()):
                continue
            lane = existing.get(name)
            if lane is None:
                lane = tx.timelines.add_lane(timeline_id, name)
                created.append(lane)
            lane_of[name] = lane.id
        previous = {entry.id: entry.lane_id for entry in entries if entry.id in keys}
        for entry_id, key in keys.items():
            tx.timelines.update_entry(entry_id, lane_id=lane_of[key if key in common else OTHER_LANE])
        return AutoLanes(tuple(created), previous), CHANGED


def _auto_key(
    tx: Transaction, by: str, tags: Sequence[str], people: Sequence[str], articles: Sequence[int], titles: dict[int, str]
) -> str | None:
    if by == "tag":
        return tags[0] if tags else None
    if by == "person":
        return people[0] if people else None
    if not articles:
        return None
    article_id = articles[0]
    if article_id not in titles:
        article = tx.articles.get(article_id)
        label = None
        if article is not None:
            label = article.title if by == "article" else article.source_name
        titles[article_id] = (label or "")[:60]
    return titles[article_id] or None


def undo_auto_lanes(archive: Archive, result: AutoLanes) -> Changes:
    """Put entries back in their lanes and remove the lanes auto-lanes made."""
    with archive.write() as tx:
        for entry_id, lane_id in result.previous.items():
            tx.timelines.update_entry(entry_id, lane_id=lane_id)
        for lane in result.created:
            tx.session.delete(_lane_row(tx, lane.id))
        tx.session.flush()
        return CHANGED


# -- eras --------------------------------------------------------------------------


def add_era(
    archive: Archive, timeline_id: int, name: str, start: _dt.datetime, end: _dt.datetime, *, colour: str | None = None
) -> tuple[Era, Changes]:
    """Add a named background period (``colour`` is ``#rrggbb``)."""
    checked = parse_colour(colour)
    with archive.write() as tx:
        era = tx.timelines.add_era(timeline_id, name, start, end)
        _era_row(tx, era.id).colour = checked
        tx.session.flush()
        return replace(era, colour=checked), CHANGED


def remove_era(archive: Archive, era_id: int) -> tuple[Era, Changes]:
    """Remove an era; returns it for an undo."""
    with archive.write() as tx:
        row = _era_row(tx, era_id)
        era = Era(era_id, row.timeline_id, row.name, row.start, row.end, row.colour)
        tx.session.delete(row)
        tx.session.flush()
        return era, CHANGED


def entry_statuses() -> tuple[EditorialStatus, ...]:
    """The editorial statuses an entry can have, in workflow order."""
    return (EditorialStatus.DRAFT, EditorialStatus.NEEDS_CHECK, EditorialStatus.VERIFIED)


def lanes_in_order(timeline: Timeline) -> list[Lane]:
    """The lanes of a timeline top to bottom."""
    return sorted(timeline.lanes, key=lambda lane: (lane.position, lane.id))
