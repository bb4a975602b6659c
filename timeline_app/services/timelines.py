"""Timeline use cases: create, rename, duplicate, delete and restore timelines; their entries.

Every function takes the :class:`~timeline_app.storage.Archive`, runs one write transaction
(so each edit is saved at once; inside an op's transaction it joins that one) and returns what
it made plus :class:`Changes`. Functions that destroy something return what puts it back, and
the restore functions put rows back with their original ids. Lanes, eras and auto-lanes live
in :mod:`timeline_app.services.lanes` (re-exported here). No Qt, no SQL: stores only.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from timeline_app.domain.colours import parse_colour
from timeline_app.domain.models import (
    Changes,
    EditorialStatus,
    Event,
    EventStatus,
    Lane,
    Timeline,
    TimelineEntry,
)
from timeline_app.services.lanes import (
    AUTO_LANE_KINDS,
    MAX_AUTO_LANES,
    OTHER_LANE,
    AutoLanes,
    LaneSnapshot,
    add_era,
    add_lane,
    auto_lanes,
    delete_lane,
    lanes_in_order,
    remove_era,
    reorder_lanes,
    restore_era,
    restore_lane,
    set_lane_positions,
    undo_auto_lanes,
    update_lane,
)
from timeline_app.storage import Archive, Transaction
from timeline_app.storage.query import check_query
from timeline_app.storage.timelines import clean_tags

__all__ = [
    "AUTO_LANE_KINDS",
    "MAX_AUTO_LANES",
    "OTHER_LANE",
    "PUBLICATION_LANGUAGES",
    "AutoLanes",
    "LaneSnapshot",
    "TimelineSnapshot",
    "add_entries",
    "add_era",
    "add_lane",
    "auto_lanes",
    "create_from_accepted",
    "create_from_search",
    "create_timeline",
    "delete_lane",
    "delete_timeline",
    "duplicate_timeline",
    "entry_statuses",
    "event_details",
    "events_for_query",
    "get_entries",
    "lanes_in_order",
    "load_entries",
    "load_for_canvas",
    "move_entries",
    "parse_tags",
    "remove_entries",
    "remove_era",
    "rename_timeline",
    "reorder_lanes",
    "restore_entries",
    "restore_era",
    "restore_lane",
    "restore_timeline",
    "set_lane_positions",
    "set_timeline_language",
    "undo_auto_lanes",
    "update_entries",
    "update_entry",
    "update_lane",
]


PUBLICATION_LANGUAGES = ("en", "nl", "fr", "de")
"""The languages a timeline can be published in (labels and dates of its exports)."""


@dataclass(frozen=True, slots=True)
class TimelineSnapshot:
    """Everything a timeline holds (its row, lanes, eras, entries with tags), to put it back whole."""

    timeline: Timeline
    entries: tuple[TimelineEntry, ...]


def _timeline_changes(timeline: Timeline, entries: Iterable[TimelineEntry] = ()) -> Changes:
    return Changes.of_timeline(
        timeline.id, entries=(e.id for e in entries), lanes=(lane.id for lane in timeline.lanes),
        eras=(era.id for era in timeline.eras),
    )


def _entry_changes(entries: Iterable[TimelineEntry]) -> Changes:
    changes = Changes()
    by_timeline: dict[int, list[int]] = {}
    for entry in entries:
        by_timeline.setdefault(entry.timeline_id, []).append(entry.id)
    for timeline_id, ids in by_timeline.items():
        changes = changes | Changes.of_timeline(timeline_id, entries=ids)
    return changes


# -- timelines -------------------------------------------------------------------


def create_timeline(
    archive: Archive, name: str, *, description: str = "", event_ids: Sequence[int] = ()
) -> tuple[Timeline, Changes]:
    """A new timeline, empty or holding ``event_ids`` (``ValueError`` for a taken or empty name)."""
    with archive.write() as tx:
        timeline = tx.timelines.create(name, description)
        entries = [tx.timelines.add_entry(timeline.id, event_id) for event_id in dict.fromkeys(event_ids)]
        return tx.timelines.get_required(timeline.id), _timeline_changes(timeline, entries)


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
        return tx.timelines.rename(timeline_id, name), Changes.of_timeline(timeline_id)


def set_timeline_language(archive: Archive, timeline_id: int, language: str | None) -> tuple[Timeline, Changes]:
    """Set the publication language of a timeline's exports (``None``: the language most of its sources are in)."""
    if language is not None and language not in PUBLICATION_LANGUAGES:
        raise ValueError(f"publication language must be one of {', '.join(PUBLICATION_LANGUAGES)}")
    with archive.write() as tx:
        return tx.timelines.set_language(timeline_id, language), Changes.of_timeline(timeline_id)


def snapshot_timeline(archive: Archive, timeline_id: int) -> TimelineSnapshot:
    """A timeline whole, as :func:`restore_timeline` puts it back (``KeyError`` when unknown)."""
    with archive.read() as tx:
        return TimelineSnapshot(tx.timelines.get_required(timeline_id), tuple(tx.timelines.entries(timeline_id)))


def duplicate_timeline(archive: Archive, timeline_id: int, name: str | None = None) -> tuple[Timeline, Changes]:
    """A copy (new ids) with the same lanes, eras and annotated entries, under a free name."""
    with archive.write() as tx:
        source = snapshot_timeline(archive, timeline_id)
        copy = _copy(tx, source, tx.timelines.free_name(name or source.timeline.name))
        return copy, _timeline_changes(copy)


def delete_timeline(archive: Archive, timeline_id: int) -> tuple[TimelineSnapshot, Changes]:
    """Delete a timeline (its events stay) and return a snapshot to restore it."""
    with archive.write() as tx:
        snapshot = snapshot_timeline(archive, timeline_id)
        tx.timelines.delete(timeline_id)
        return snapshot, _timeline_changes(snapshot.timeline, snapshot.entries)


def restore_timeline(archive: Archive, snapshot: TimelineSnapshot) -> tuple[Timeline, Changes]:
    """Put a deleted timeline back exactly: its id, name, moments, lanes, eras and entries with theirs.

    ``ValueError`` when its id or name has been taken meanwhile.
    """
    source = snapshot.timeline
    with archive.write() as tx:
        tx.timelines.insert(source)
        for lane in source.lanes:
            tx.lanes.insert_lane(lane)
        for era in source.eras:
            tx.lanes.insert_era(era)
        for entry in snapshot.entries:
            tx.timelines.insert_entry(entry)
        tx.timelines.set_stamps({source.id: source.updated_at})
        return tx.timelines.get_required(source.id), _timeline_changes(source, snapshot.entries)


def _copy(tx: Transaction, snapshot: TimelineSnapshot, name: str) -> Timeline:
    source = snapshot.timeline
    timeline = tx.timelines.create(name, source.description)
    if source.language:
        tx.timelines.set_language(timeline.id, source.language)
    lane_map: dict[int | None, int | None] = {None: None}
    for lane in source.lanes:
        made = tx.lanes.add_lane(timeline.id, lane.name, colour=lane.colour)
        if lane.collapsed:
            tx.lanes.update_lane(made.id, collapsed=True)
        lane_map[lane.id] = made.id
    for era in source.eras:
        tx.lanes.add_era(timeline.id, era.name, era.start, era.end, colour=era.colour)
    for entry in snapshot.entries:
        made_entry = tx.timelines.add_entry(timeline.id, entry.event_id, lane_id=lane_map.get(entry.lane_id))
        tx.timelines.update_entry(made_entry.id, **_annotations(entry))
    return tx.timelines.get_required(timeline.id)


def _annotations(entry: TimelineEntry) -> dict[str, object]:
    return {
        "colour": entry.colour, "importance": entry.importance, "editorial_status": entry.editorial_status,
        "public_note": entry.public_note, "internal_note": entry.internal_note,
        "title_override": entry.title_override, "tags": entry.tags, "drafted": entry.drafted,
    }


# -- entries -----------------------------------------------------------------------


def load_entries(archive: Archive, timeline_id: int) -> tuple[Timeline, list[TimelineEntry]]:
    """A timeline with its entries."""
    with archive.read() as tx:
        return tx.timelines.get_required(timeline_id), tx.timelines.entries(timeline_id)


def load_for_canvas(archive: Archive, timeline_id: int) -> tuple[Timeline, list[TimelineEntry], list[Event]]:
    """A timeline, its entries (with their tags) and their events without sources or tags, read in bulk.

    Ask :func:`event_details` for an event's sources when they are shown.
    """
    with archive.read() as tx:
        timeline = tx.timelines.get_required(timeline_id)
        entries, events = tx.timelines.canvas_rows(timeline_id)
    return timeline, entries, events


def event_details(archive: Archive, event_ids: Sequence[int]) -> list[Event]:
    """Events with their sources and tags."""
    with archive.read() as tx:
        return tx.events.many(list(event_ids))


def get_entries(archive: Archive, entry_ids: Sequence[int]) -> list[TimelineEntry]:
    """Entries by id (unknown ids skipped)."""
    with archive.read() as tx:
        return tx.timelines.entries_by_id(entry_ids)


def add_entries(
    archive: Archive, timeline_id: int, event_ids: Iterable[int], *, lane_id: int | None = None
) -> tuple[list[TimelineEntry], Changes]:
    """Put events on a timeline; returns the entries made (events already there keep theirs and are skipped)."""
    with archive.write() as tx:
        present = {entry.event_id for entry in tx.timelines.entries(timeline_id)}
        made = [tx.timelines.add_entry(timeline_id, i, lane_id=lane_id) for i in dict.fromkeys(event_ids)
                if i not in present]
        return made, Changes.of_timeline(timeline_id, entries=(e.id for e in made))


def remove_entries(archive: Archive, entry_ids: Iterable[int]) -> tuple[list[TimelineEntry], Changes]:
    """Take entries off their timeline; returns them (with their annotations) for an undo."""
    with archive.write() as tx:
        removed = tx.timelines.remove_entries(entry_ids)
        return removed, _entry_changes(removed)


def restore_entries(archive: Archive, entries: Sequence[TimelineEntry]) -> tuple[list[TimelineEntry], Changes]:
    """Put removed entries back with their ids, annotations and tags."""
    with archive.write() as tx:
        restored = [tx.timelines.insert_entry(entry) for entry in entries]
        return restored, _entry_changes(restored)


def update_entry(archive: Archive, entry_id: int, **fields: object) -> tuple[TimelineEntry, TimelineEntry, Changes]:
    """Change an entry's lane, colour, importance, status, notes, title override or tags: (before, after, changes).

    ``tags`` is a sequence of names that replaces the entry's tags.
    """
    befores, afters, changes = update_entries(archive, {entry_id: fields})
    if not befores:
        raise KeyError(entry_id)
    return befores[0], afters[0], changes


def update_entries(
    archive: Archive, fields: Mapping[int, Mapping[str, object]]
) -> tuple[list[TimelineEntry], list[TimelineEntry], Changes]:
    """Change several entries at once (entry id -> fields); unknown ids are skipped: (befores, afters, changes).

    An editor's edit clears an entry's drafted mark unless ``drafted`` is among the fields. A
    ``colour`` must be ``#rrggbb`` (``ValueError`` otherwise).
    """
    for changed in fields.values():
        if "colour" in changed:
            parse_colour(changed["colour"])
    with archive.write() as tx:
        befores = tx.timelines.entries_by_id(list(fields))
        afters = [tx.timelines.update_entry(entry.id, **edited(fields[entry.id])) for entry in befores]
        return befores, afters, _entry_changes(afters)


def edited(fields: Mapping[str, object]) -> dict[str, object]:
    """``fields`` as an editor's edit writes them: the entry loses its drafted mark unless they say otherwise."""
    return {"drafted": False, **fields}


def move_entries(archive: Archive, lanes: Mapping[int, int | None]) -> tuple[dict[int, int | None], Changes]:
    """Move entries to lanes (entry id -> lane id); returns where each one was."""
    befores, _afters, changes = update_entries(archive, {i: {"lane_id": lane} for i, lane in lanes.items()})
    return {e.id: e.lane_id for e in befores}, changes


def annotations_of(entry: TimelineEntry, names: Iterable[str]) -> dict[str, object]:
    """The values of ``names`` (entry fields) on ``entry``, as :func:`update_entries` takes them."""
    return {name: getattr(entry, name) for name in names}


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as comma-separated text: trimmed, without blanks or repeats, sorted."""
    return clean_tags(text.split(","))


def entry_statuses() -> tuple[EditorialStatus, ...]:
    """The editorial statuses an entry can have, in workflow order."""
    return (EditorialStatus.DRAFT, EditorialStatus.NEEDS_CHECK, EditorialStatus.VERIFIED)


def lane_of(timeline: Timeline, lane_id: int) -> Lane | None:
    """The lane ``lane_id`` of ``timeline``, if it has it."""
    return next((lane for lane in timeline.lanes if lane.id == lane_id), None)
