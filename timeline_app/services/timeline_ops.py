"""The ops of timelines, lanes, eras and entries (see :mod:`timeline_app.services.ops`).

Each names its target by id when it is made: a lane op its lane, an entry op its entries,
``AddLane`` its timeline, never "the open timeline". Running one calls a service of
:mod:`timeline_app.services.timelines` or :mod:`timeline_app.services.lanes` and returns the
exact inverse: deleted rows come back with their own ids, so the ops recorded before and
after one another keep naming the same rows.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline_app.domain.models import Changes, Era, TimelineEntry
from timeline_app.drafting import Draft
from timeline_app.services import lanes as lane_services
from timeline_app.services import timelines as services
from timeline_app.services.lanes import LaneSnapshot
from timeline_app.services.ops import Batch, Done, Op
from timeline_app.services.timelines import TimelineSnapshot
from timeline_app.storage import Archive
from timeline_app.storage.timelines import clean_tags
from timeline_app.storage.versions import Key

Fields = Mapping[str, object]


# -- timelines -------------------------------------------------------------------


@dataclass(frozen=True)
class CreateTimeline(Op):
    """New timeline."""

    name: str
    description: str = ""
    event_ids: tuple[int, ...] = ()
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        timeline, changes = services.create_timeline(
            archive, self.name, description=self.description, event_ids=self.event_ids)
        return Done(changes, DeleteTimeline(timeline.id), timeline)


@dataclass(frozen=True)
class DeleteTimeline(Op):
    """Delete timeline."""

    timeline_id: int
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return (("timeline", self.timeline_id),)

    def apply(self, archive: Archive) -> Done:
        snapshot, changes = services.delete_timeline(archive, self.timeline_id)
        return Done(changes, RestoreTimeline(snapshot), snapshot)


@dataclass(frozen=True)
class RestoreTimeline(Op):
    """Restore timeline."""

    snapshot: TimelineSnapshot
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        timeline, changes = services.restore_timeline(archive, self.snapshot)
        return Done(changes, DeleteTimeline(timeline.id), timeline)


@dataclass(frozen=True)
class RenameTimeline(Op):
    """Rename timeline."""

    timeline_id: int
    name: str
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return (("timeline", self.timeline_id),)

    def apply(self, archive: Archive) -> Done:
        with archive.read() as tx:
            current = tx.timelines.get_required(self.timeline_id)
        if current.name == self.name.strip():
            return Done(Changes(), None, current)
        timeline, changes = services.rename_timeline(archive, self.timeline_id, self.name)
        return Done(changes, RenameTimeline(self.timeline_id, current.name), timeline)


@dataclass(frozen=True)
class SetTimelineLanguage(Op):
    """Set publication language."""

    timeline_id: int
    language: str | None
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        with archive.read() as tx:
            current = tx.timelines.get_required(self.timeline_id)
        if current.language == self.language:
            return Done(Changes(), None, current)
        timeline, changes = services.set_timeline_language(archive, self.timeline_id, self.language)
        return Done(changes, SetTimelineLanguage(self.timeline_id, current.language), timeline)


@dataclass(frozen=True)
class DuplicateTimeline(Op):
    """Duplicate timeline."""

    timeline_id: int
    name: str | None = None
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        copy, changes = services.duplicate_timeline(archive, self.timeline_id, self.name)
        return Done(changes, DeleteTimeline(copy.id), copy)


@dataclass(frozen=True)
class CreateDraftedTimeline(Op):
    """Draft timeline."""

    name: str
    draft: Draft
    description: str = ""
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        from timeline_app.services import drafting  # here: drafting loads the tagger, which start-up does without

        timeline, _ = drafting.create_drafted_timeline(archive, self.name, self.draft, description=self.description)
        _timeline, entries = services.load_entries(archive, timeline.id)
        return Done(Changes.of_timeline(timeline.id, entries=(e.id for e in entries)), DeleteTimeline(timeline.id),
                    timeline)


@dataclass(frozen=True)
class SetDrafted(Op):
    """Clear draft marks."""

    entry_ids: tuple[int, ...]
    drafted: bool
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return tuple(("entry", i) for i in self.entry_ids)

    def apply(self, archive: Archive) -> Done:
        changing = [e for e in services.get_entries(archive, self.entry_ids) if e.drafted != self.drafted]
        if not changing:
            return Done(Changes(), None)
        from timeline_app.services import drafting

        drafting.set_drafted(archive, [e.id for e in changing], self.drafted)
        changes = Changes()
        for entry in changing:
            changes = changes | Changes.of_timeline(entry.timeline_id, entries=[entry.id])
        return Done(changes, SetDrafted(tuple(e.id for e in changing), not self.drafted))


# -- lanes -------------------------------------------------------------------------


@dataclass(frozen=True)
class AddLane(Op):
    """Add lane."""

    timeline_id: int
    name: str
    colour: str | None = None
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        lane, changes = lane_services.add_lane(archive, self.timeline_id, self.name, colour=self.colour)
        return Done(changes, DeleteLane(lane.id), lane)


@dataclass(frozen=True)
class DeleteLane(Op):
    """Delete lane."""

    lane_id: int
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return (("lane", self.lane_id),)

    def apply(self, archive: Archive) -> Done:
        lane, members, changes = lane_services.delete_lane(archive, self.lane_id)
        return Done(changes, RestoreLane(LaneSnapshot(lane, tuple(members))), lane)


@dataclass(frozen=True)
class RestoreLane(Op):
    """Restore lane."""

    snapshot: LaneSnapshot
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        lane, changes = lane_services.restore_lane(archive, self.snapshot.lane, self.snapshot.members)
        return Done(changes, DeleteLane(lane.id), lane)


@dataclass(frozen=True)
class UpdateLane(Op):
    """Edit lane."""

    lane_id: int
    fields: Fields
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return (("lane", self.lane_id),)

    def apply(self, archive: Archive) -> Done:
        with archive.read() as tx:
            current = tx.lanes.lane(self.lane_id)
        wanted = {name: value for name, value in self.fields.items() if getattr(current, name, value) != value}
        if not wanted:
            return Done(Changes(), None, current)
        before, after, changes = lane_services.update_lane(archive, self.lane_id, **wanted)
        return Done(changes, UpdateLane(self.lane_id, {name: getattr(before, name) for name in wanted}), after)


@dataclass(frozen=True)
class SetLanePositions(Op):
    """Reorder lanes."""

    timeline_id: int
    positions: Mapping[int, int]
    text: str = ""

    @classmethod
    def order(cls, timeline_id: int, lane_ids: list[int], text: str = "") -> SetLanePositions:
        """The lanes ``lane_ids`` top to bottom."""
        return cls(timeline_id, {lane_id: position for position, lane_id in enumerate(lane_ids)}, text)

    def targets(self) -> tuple[Key, ...]:
        return tuple(("lane", i) for i in self.positions)

    def apply(self, archive: Archive) -> Done:
        with archive.read() as tx:
            current = {lane.id: lane.position for lane in tx.lanes.lanes(self.timeline_id)}
        wanted = {i: p for i, p in self.positions.items() if current.get(i, p + 1) != p}
        if not wanted:
            return Done(Changes(), None)
        old, changes = lane_services.set_lane_positions(archive, self.timeline_id, wanted)
        return Done(changes, SetLanePositions(self.timeline_id, old))


@dataclass(frozen=True)
class AutoLanes(Op):
    """Lanes by …"""

    timeline_id: int
    by: str
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        with archive.read() as tx:
            drafted = {e.id: e.drafted for e in tx.timelines.entries(self.timeline_id)}
        result, changes = lane_services.auto_lanes(archive, self.timeline_id, self.by)
        back = {i: {"lane_id": lane, "drafted": drafted[i]} for i, lane in result.previous.items()}
        undo: list[Op] = [UpdateEntries(back)] if back else []
        undo += [DeleteLane(lane.id) for lane in result.created]
        return Done(changes, Batch(tuple(undo)) if undo else None, result)


# -- eras --------------------------------------------------------------------------


@dataclass(frozen=True)
class AddEra(Op):
    """Add era."""

    timeline_id: int
    name: str
    start: _dt.datetime
    end: _dt.datetime
    colour: str | None = None
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        era, changes = lane_services.add_era(archive, self.timeline_id, self.name, self.start, self.end,
                                             colour=self.colour)
        return Done(changes, RemoveEra(era.id), era)


@dataclass(frozen=True)
class RemoveEra(Op):
    """Remove era."""

    era_id: int
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return (("era", self.era_id),)

    def apply(self, archive: Archive) -> Done:
        era, changes = lane_services.remove_era(archive, self.era_id)
        return Done(changes, RestoreEra(era), era)


@dataclass(frozen=True)
class RestoreEra(Op):
    """Restore era."""

    era: Era
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        era, changes = lane_services.restore_era(archive, self.era)
        return Done(changes, RemoveEra(era.id), era)


# -- entries -----------------------------------------------------------------------


@dataclass(frozen=True)
class AddEntries(Op):
    """Add events to the timeline."""

    timeline_id: int
    event_ids: tuple[int, ...]
    lane_id: int | None = None
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        made, changes = services.add_entries(archive, self.timeline_id, self.event_ids, lane_id=self.lane_id)
        return Done(changes, RemoveEntries(tuple(e.id for e in made)) if made else None, made)


@dataclass(frozen=True)
class RemoveEntries(Op):
    """Remove events from the timeline."""

    entry_ids: tuple[int, ...]
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return tuple(("entry", i) for i in self.entry_ids)

    def apply(self, archive: Archive) -> Done:
        removed, changes = services.remove_entries(archive, self.entry_ids)
        return Done(changes, RestoreEntries(tuple(removed)) if removed else None, removed)


@dataclass(frozen=True)
class RestoreEntries(Op):
    """Put events back on the timeline."""

    entries: tuple[TimelineEntry, ...]
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        restored, changes = services.restore_entries(archive, self.entries)
        return Done(changes, RemoveEntries(tuple(e.id for e in restored)), restored)


@dataclass(frozen=True)
class UpdateEntries(Op):
    """Edit events on the timeline: entry id -> the fields to write (lane, colour, status, notes, tags...)."""

    fields: Mapping[int, Fields] = field(default_factory=dict)
    text: str = ""

    @classmethod
    def same(cls, entry_ids: list[int], text: str = "", **values: object) -> UpdateEntries:
        """The same ``values`` for every entry of ``entry_ids``."""
        return cls({entry_id: dict(values) for entry_id in entry_ids}, text)

    @classmethod
    def move(cls, lanes: Mapping[int, int | None], text: str = "") -> UpdateEntries:
        """Move entries to lanes (entry id -> lane id, ``None``: no lane)."""
        return cls({entry_id: {"lane_id": lane_id} for entry_id, lane_id in lanes.items()}, text)

    def targets(self) -> tuple[Key, ...]:
        return tuple(("entry", i) for i in self.fields)

    def apply(self, archive: Archive) -> Done:
        wanted: dict[int, dict[str, object]] = {}
        for entry in services.get_entries(archive, list(self.fields)):
            fields = services.edited(self.fields[entry.id])  # an editor's touch clears the drafted mark
            differ = {name: value for name, value in fields.items()
                      if services.annotations_of(entry, [name])[name] != _normal(name, value)}
            if differ:
                wanted[entry.id] = {**differ, "drafted": fields["drafted"]}
        if not wanted:
            return Done(Changes(), None, [])
        befores, afters, changes = services.update_entries(archive, wanted)
        # The inverse names the drafted mark too: putting values back is no editor's touch.
        old = {e.id: services.annotations_of(e, [*wanted[e.id], "drafted"]) for e in befores}
        return Done(changes, UpdateEntries(old), afters)


def _normal(name: str, value: object) -> object:
    """A field value as an entry holds it (tags cleaned and sorted)."""
    if name == "tags" and isinstance(value, (tuple, list)):
        return clean_tags(value)
    return value

