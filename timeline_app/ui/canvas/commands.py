"""Every edit on the canvas is one of these undo commands; each calls a service (saved at once).

Commands keep entry ids as they were first given; when an undo puts a removed entry back it
gets a new id, which the document records as an alias so older commands still find it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence

from PySide6.QtGui import QUndoCommand

from timeline_app.domain.models import Era, Lane, TimelineEntry
from timeline_app.services import timelines as service
from timeline_app.services.drafting import set_drafted
from timeline_app.ui.canvas.document import TimelineDocument


class _Command(QUndoCommand):
    def __init__(self, document: TimelineDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.archive = document.archive


class MoveEntriesCommand(_Command):
    """Move entries to a lane."""

    def __init__(self, document: TimelineDocument, entry_ids: Sequence[int], lane_id: int | None, text: str = "") -> None:
        super().__init__(document, text or (f"Move {len(entry_ids)} events" if len(entry_ids) > 1 else "Move event"))
        self.entry_ids = list(entry_ids)
        self.lane_id = lane_id
        self.previous: dict[int, int | None] = {}
        self.drafted: list[int] = []  # moving touches an entry: undo gives drafted ones their mark back

    def redo(self) -> None:
        ids = [self.document.resolve(i) for i in self.entry_ids]
        self.drafted = [i for i in ids if (entry := self.document.entries.get(i)) is not None and entry.drafted]
        self.previous, _ = service.move_entries(self.archive, dict.fromkeys(ids, self.lane_id))
        self.document.reload_entries(ids)

    def undo(self) -> None:
        service.move_entries(self.archive, self.previous)
        if self.drafted:
            set_drafted(self.archive, self.drafted, True)
        self.document.reload_entries(list(self.previous))


class UpdateEntryCommand(_Command):
    """Change an entry's annotations (lane, colour, importance, status, notes, title)."""

    def __init__(self, document: TimelineDocument, entry_id: int, fields: Mapping[str, object], text: str = "") -> None:
        super().__init__(document, text or "Edit event")
        self.entry_id = entry_id
        self.fields = dict(fields)
        self.before: TimelineEntry | None = None

    def redo(self) -> None:
        before, after, _ = service.update_entry(self.archive, self.document.resolve(self.entry_id), **self.fields)
        self.before = before
        self.document.entries_changed([after])

    def undo(self) -> None:
        if self.before is None:
            return
        old = {name: getattr(self.before, name) for name in self.fields}
        old["drafted"] = self.before.drafted  # an edit clears the drafted mark; its undo restores it
        _, after, _ = service.update_entry(self.archive, self.document.resolve(self.entry_id), **old)
        self.document.entries_changed([after])


class RemoveEntriesCommand(_Command):
    """Take entries off the timeline (their events stay in the archive)."""

    def __init__(self, document: TimelineDocument, entry_ids: Sequence[int]) -> None:
        count = len(entry_ids)
        super().__init__(document, f"Remove {count} events from the timeline" if count > 1 else "Remove event from the timeline")
        self.entry_ids = list(entry_ids)
        self.removed: list[TimelineEntry] = []

    def redo(self) -> None:
        self.removed, _ = service.remove_entries(self.archive, [self.document.resolve(i) for i in self.entry_ids])
        self.document.entries_changed(removed=[e.id for e in self.removed])

    def undo(self) -> None:
        mapping, _ = service.restore_entries(self.archive, self.removed)
        for old, new in mapping.items():
            self.document.alias(old, new)
        self.document.reload_entries(list(mapping.values()))


class AddEntriesCommand(_Command):
    """Put events on the timeline."""

    def __init__(self, document: TimelineDocument, event_ids: Sequence[int], lane_id: int | None = None) -> None:
        super().__init__(document, "Add events to the timeline")
        self.event_ids = list(event_ids)
        self.lane_id = lane_id
        self.added: list[int] = []

    def redo(self) -> None:
        timeline_id = self.document.timeline_id
        assert timeline_id is not None
        known = {e.event_id for e in self.document.entries.values()}
        entries, _ = service.add_entries(self.archive, timeline_id, self.event_ids, lane_id=self.lane_id)
        self.added = [e.id for e in entries if e.event_id not in known]
        self.document.entries_changed(entries)

    def undo(self) -> None:
        service.remove_entries(self.archive, self.added)
        self.document.entries_changed(removed=self.added)


class AddLaneCommand(_Command):
    """Append a lane."""

    def __init__(self, document: TimelineDocument, name: str, colour: str | None = None) -> None:
        super().__init__(document, f"Add lane “{name}”")
        self.name = name
        self.colour = colour
        self.lane: Lane | None = None

    def redo(self) -> None:
        timeline_id = self.document.timeline_id
        assert timeline_id is not None
        self.lane, _ = service.add_lane(self.archive, timeline_id, self.name, colour=self.colour)
        self.document.refresh_timeline()

    def undo(self) -> None:
        if self.lane is not None:
            service.delete_lane(self.archive, self.lane.id)
            self.document.refresh_timeline()


class UpdateLaneCommand(_Command):
    """Rename, recolour, collapse or expand a lane."""

    def __init__(self, document: TimelineDocument, lane_id: int, fields: Mapping[str, object], text: str) -> None:
        super().__init__(document, text)
        self.lane_id = lane_id
        self.fields = dict(fields)
        self.before: Lane | None = None

    def redo(self) -> None:
        self.before, _, _ = service.update_lane(self.archive, self.lane_id, **self.fields)
        self.document.refresh_timeline()

    def undo(self) -> None:
        if self.before is not None:
            old = {name: getattr(self.before, name) for name in self.fields}
            service.update_lane(self.archive, self.lane_id, **old)
            self.document.refresh_timeline()


class ReorderLanesCommand(_Command):
    """Put lanes in a new order."""

    def __init__(self, document: TimelineDocument, lane_ids: Sequence[int]) -> None:
        super().__init__(document, "Reorder lanes")
        self.lane_ids = list(lane_ids)
        self.before: list[int] = []

    def redo(self) -> None:
        timeline_id = self.document.timeline_id
        assert timeline_id is not None
        self.before, _ = service.reorder_lanes(self.archive, timeline_id, self.lane_ids)
        self.document.refresh_timeline()

    def undo(self) -> None:
        timeline_id = self.document.timeline_id
        assert timeline_id is not None
        service.reorder_lanes(self.archive, timeline_id, self.before)
        self.document.refresh_timeline()


class DeleteLaneCommand(_Command):
    """Remove a lane; its events stay on the timeline without a lane."""

    def __init__(self, document: TimelineDocument, lane_id: int) -> None:
        super().__init__(document, "Delete lane")
        self.lane_id = lane_id
        self.lane: Lane | None = None
        self.members: list[int] = []

    def redo(self) -> None:
        self.lane, self.members, _ = service.delete_lane(self.archive, self.lane_id)
        self.document.reload_all()

    def undo(self) -> None:
        if self.lane is not None:
            restored, _ = service.restore_lane(self.archive, self.lane, self.members)
            self.lane_id = restored.id
            self.document.reload_all()


class AutoLanesCommand(_Command):
    """Sort entries into lanes by article, tag, source or person."""

    def __init__(self, document: TimelineDocument, by: str) -> None:
        super().__init__(document, f"Lanes by {by}")
        self.by = by
        self.result: service.AutoLanes | None = None

    def redo(self) -> None:
        timeline_id = self.document.timeline_id
        assert timeline_id is not None
        self.result, _ = service.auto_lanes(self.archive, timeline_id, self.by)
        self.document.reload_all()

    def undo(self) -> None:
        if self.result is not None:
            service.undo_auto_lanes(self.archive, self.result)
            self.document.reload_all()


class AddEraCommand(_Command):
    """Add a named background period."""

    def __init__(self, document: TimelineDocument, name: str, start: _dt.datetime, end: _dt.datetime) -> None:
        super().__init__(document, f"Add era “{name}”")
        self.name, self.start, self.end = name, start, end
        self.era: Era | None = None

    def redo(self) -> None:
        timeline_id = self.document.timeline_id
        assert timeline_id is not None
        self.era, _ = service.add_era(self.archive, timeline_id, self.name, self.start, self.end)
        self.document.refresh_timeline()

    def undo(self) -> None:
        if self.era is not None:
            service.remove_era(self.archive, self.era.id)
            self.document.refresh_timeline()


class RemoveEraCommand(_Command):
    """Remove an era."""

    def __init__(self, document: TimelineDocument, era_id: int) -> None:
        super().__init__(document, "Remove era")
        self.era_id = era_id
        self.era: Era | None = None

    def redo(self) -> None:
        self.era, _ = service.remove_era(self.archive, self.era_id)
        self.document.refresh_timeline()

    def undo(self) -> None:
        if self.era is not None:
            era = self.era
            made, _ = service.add_era(self.archive, era.timeline_id, era.name, era.start, era.end, colour=era.colour)
            self.era_id = made.id
            self.document.refresh_timeline()
