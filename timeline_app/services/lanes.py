"""Lanes and eras of a timeline: add, edit, reorder, delete and restore (with their ids); auto-lanes.

Like :mod:`timeline_app.services.timelines`: one write transaction per call (joining an op's),
stores only, and what a delete took is returned so that a restore puts it back exactly.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline_app.domain.colours import parse_colour
from timeline_app.domain.models import Changes, Era, Lane, Timeline
from timeline_app.storage import Archive, Transaction

AUTO_LANE_KINDS = ("article", "tag", "source", "person")
MAX_AUTO_LANES = 12
OTHER_LANE = "Other"


@dataclass(frozen=True, slots=True)
class LaneSnapshot:
    """A deleted lane as it was, and the entries that were in it."""

    lane: Lane
    members: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AutoLanes:
    """What auto-lanes did: the lanes made, where each entry was before and where it went."""

    timeline_id: int
    created: tuple[Lane, ...]
    previous: Mapping[int, int | None]
    assigned: Mapping[int, int | None]


def lanes_in_order(timeline: Timeline) -> list[Lane]:
    """The lanes of a timeline top to bottom."""
    return sorted(timeline.lanes, key=lambda lane: (lane.position, lane.id))


def add_lane(archive: Archive, timeline_id: int, name: str, *, colour: str | None = None) -> tuple[Lane, Changes]:
    """Append a lane."""
    if not name.strip():
        raise ValueError("a lane needs a name")
    checked = parse_colour(colour)  # #rrggbb or ValueError: a colour never carries CSS into an export
    with archive.write() as tx:
        lane = tx.lanes.add_lane(timeline_id, name.strip(), colour=checked)
        return lane, Changes.of_timeline(timeline_id, lanes=[lane.id])


def update_lane(archive: Archive, lane_id: int, **fields: object) -> tuple[Lane, Lane, Changes]:
    """Rename, recolour or collapse a lane (``name``, ``colour``, ``collapsed``): (before, after, changes)."""
    if "colour" in fields:
        fields["colour"] = parse_colour(fields["colour"])
    with archive.write() as tx:
        before = tx.lanes.lane(lane_id)
        after = tx.lanes.update_lane(lane_id, **fields)
        return before, after, Changes.of_timeline(before.timeline_id, lanes=[lane_id])


def reorder_lanes(archive: Archive, timeline_id: int, lane_ids: Sequence[int]) -> tuple[dict[int, int], Changes]:
    """Put the lanes in the order given (others keep theirs after them); returns the old positions."""
    with archive.read() as tx:
        old = tx.lanes.lanes(timeline_id)
    order = [i for i in lane_ids if i in {lane.id for lane in old}]
    order += [lane.id for lane in old if lane.id not in order]
    return set_lane_positions(archive, timeline_id, {lane_id: position for position, lane_id in enumerate(order)})


def set_lane_positions(
    archive: Archive, timeline_id: int, positions: Mapping[int, int]
) -> tuple[dict[int, int], Changes]:
    """Give a timeline's lanes these positions (lane id -> position); returns the old ones."""
    with archive.write() as tx:
        old = {lane.id: lane.position for lane in tx.lanes.lanes(timeline_id)}
        unknown = set(positions) - set(old)
        if unknown:
            raise KeyError(sorted(unknown)[0])
        tx.lanes.set_positions(positions)
        return {i: old[i] for i in positions}, Changes.of_timeline(timeline_id, lanes=positions)


def delete_lane(archive: Archive, lane_id: int) -> tuple[Lane, list[int], Changes]:
    """Remove a lane; its entries lose their lane. Returns the lane and the entries that were in it."""
    with archive.write() as tx:
        members = tx.lanes.members(lane_id)
        lane = tx.lanes.delete_lane(lane_id)
        return lane, members, Changes.of_timeline(lane.timeline_id, entries=members, lanes=[lane_id])


def restore_lane(archive: Archive, lane: Lane, members: Sequence[int]) -> tuple[Lane, Changes]:
    """Put a deleted lane back with its id and position, and its entries in it."""
    with archive.write() as tx:
        restored = tx.lanes.insert_lane(lane)
        for entry_id in members:
            tx.timelines.update_entry(entry_id, lane_id=lane.id)
        return restored, Changes.of_timeline(lane.timeline_id, entries=members, lanes=[lane.id])


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
                lane = tx.lanes.add_lane(timeline_id, name)
                created.append(lane)
            lane_of[name] = lane.id
        was = {entry.id: entry.lane_id for entry in entries}
        previous: dict[int, int | None] = {}
        assigned: dict[int, int | None] = {}
        for entry_id, key in keys.items():
            lane_id = lane_of[key if key in common else OTHER_LANE]
            if was[entry_id] != lane_id:  # entries already in their lane are left alone
                previous[entry_id], assigned[entry_id] = was[entry_id], lane_id
                tx.timelines.update_entry(entry_id, lane_id=lane_id)
        changes = Changes.of_timeline(timeline_id, entries=assigned, lanes=lane_of.values())
        return AutoLanes(timeline_id, tuple(created), previous, assigned), changes


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
            tx.lanes.delete_lane(lane.id)
    return Changes.of_timeline(result.timeline_id, entries=result.previous, lanes=[lane.id for lane in result.created])


# -- eras --------------------------------------------------------------------------


def add_era(
    archive: Archive, timeline_id: int, name: str, start: _dt.datetime, end: _dt.datetime, *, colour: str | None = None
) -> tuple[Era, Changes]:
    """Add a named background period (``colour`` is ``#rrggbb``)."""
    checked = parse_colour(colour)
    with archive.write() as tx:
        era = tx.lanes.add_era(timeline_id, name, start, end, colour=checked)
        return era, Changes.of_timeline(timeline_id, eras=[era.id])


def remove_era(archive: Archive, era_id: int) -> tuple[Era, Changes]:
    """Remove an era; returns it for an undo."""
    with archive.write() as tx:
        era = tx.lanes.delete_era(era_id)
        return era, Changes.of_timeline(era.timeline_id, eras=[era_id])


def restore_era(archive: Archive, era: Era) -> tuple[Era, Changes]:
    """Put a removed era back with its id."""
    with archive.write() as tx:
        return tx.lanes.insert_era(era), Changes.of_timeline(era.timeline_id, eras=[era.id])
