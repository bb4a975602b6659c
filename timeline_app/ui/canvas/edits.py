"""The edits of the timeline panel: each an op naming its timeline, lanes and entries by id.

The op runs on the writer thread (:class:`~timeline_app.ui.ops.OpRunner`); the panel shows the
result when the hub delivers it. A failure is posted as the panel's notice.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from timeline_app.domain.models import EditorialStatus
from timeline_app.layout import from_days
from timeline_app.services import timeline_ops as ops_
from timeline_app.services.ops import Guarded, Op
from timeline_app.services.timelines import lane_of, lanes_in_order
from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.canvas.panel import TimelinePanel


def auto_lane_label(kind: str) -> str:
    """How the "Lanes by" menu names a way of sorting entries into lanes."""
    return {"article": tr("Article"), "tag": tr("Tag"), "source": tr("Source"), "person": tr("Person")}.get(
        kind, kind.capitalize())


class TimelineEdits:
    """Entry, lane and era edits of a :class:`TimelinePanel` (saved at once, undoable)."""

    def __init__(self, panel: TimelinePanel) -> None:
        self.panel = panel

    def run(self, op: Op) -> None:
        """Run an edit (saved at once, undoable); its failure is posted as a notice.

        The edit names the versions of its entries and lanes as the canvas shows them, so it is
        refused when another editor changed one of them since.
        """
        self.panel.ops.run(Guarded.of(op, self._version_of), origin=self.panel,
                           on_failed=self.panel.notice_posted.emit)

    def _version_of(self, key: tuple[str, int]) -> int | None:
        kind, row_id = key
        document = self.panel.document
        if kind == "entry":
            entry = document.entries.get(row_id)
            return entry.version if entry is not None else None
        timeline = document.timeline
        if timeline is None:
            return None
        if kind == "timeline" and row_id == timeline.id:
            return timeline.version
        rows = timeline.lanes if kind == "lane" else timeline.eras if kind == "era" else ()
        return next((row.version for row in rows if row.id == row_id), None)

    def move_entries(self, entry_ids: list[int], lane_key: int) -> None:
        """Move entries to a lane (0: no lane)."""
        text = tr("Move {n} events").format(n=len(entry_ids)) if len(entry_ids) > 1 else tr("Move event")
        self.run(ops_.UpdateEntries.move(dict.fromkeys(entry_ids, lane_key or None), text))

    def remove_entries(self, entry_ids: list[int]) -> None:
        """Take entries off the timeline."""
        if entry_ids:
            count = len(entry_ids)
            text = tr("Remove {n} events from the timeline").format(n=count) if count > 1 else tr(
                "Remove event from the timeline")
            self.run(ops_.RemoveEntries(tuple(entry_ids), text))

    def set_status(self, entry_ids: list[int], status: EditorialStatus) -> None:
        """Set the editorial status of entries (one undo step)."""
        self.run(ops_.UpdateEntries.same(entry_ids, tr("Set status"), editorial_status=status))

    def add_entries(self, event_ids: list[int]) -> bool:
        """Put events on the open timeline; False when none is open."""
        timeline_id = self.panel.document.timeline_id
        if timeline_id is None:
            return False
        self.run(ops_.AddEntries(timeline_id, tuple(event_ids), text=tr("Add events to the timeline")))
        return True

    def ask_add_lane(self) -> None:
        """Ask for a name and add a lane."""
        timeline_id = self.panel.document.timeline_id
        name, ok = self.panel.ask_text(self.panel, tr("Add lane"), tr("Lane name:"), "")
        if ok and name.strip() and timeline_id is not None:
            self.run(ops_.AddLane(timeline_id, name.strip(), text=tr("Add lane “{name}”").format(name=name.strip())))

    def _lane(self, lane_id: int) -> tuple[int, str, bool] | None:
        timeline = self.panel.document.timeline
        lane = lane_of(timeline, lane_id) if timeline else None
        return (lane.id, lane.name, lane.collapsed) if lane else None

    def ask_rename_lane(self, lane_id: int) -> None:
        """Ask for a new lane name."""
        lane = self._lane(lane_id)
        if lane is None:
            return
        name, ok = self.panel.ask_text(self.panel, tr("Rename lane"), tr("Lane name:"), lane[1])
        if ok and name.strip() and name.strip() != lane[1]:
            self.update_lane(lane_id, tr("Rename lane"), name=name.strip())

    def update_lane(self, lane_id: int, text: str, **fields: object) -> None:
        """Rename, recolour or collapse a lane."""
        self.run(ops_.UpdateLane(lane_id, fields, text))

    def toggle_collapsed(self, lane_id: int) -> None:
        """Collapse or expand a lane."""
        lane = self._lane(lane_id)
        if lane is not None:
            self.update_lane(lane_id, tr("Expand lane") if lane[2] else tr("Collapse lane"), collapsed=not lane[2])

    def shift_lane(self, lane_id: int, offset: int) -> None:
        """Move a lane up (-1) or down (1)."""
        timeline = self.panel.document.timeline
        if timeline is None:
            return
        order = [lane.id for lane in lanes_in_order(timeline)]
        self.move_lane_to(lane_id, order.index(lane_id) + offset)

    def move_lane_to(self, lane_id: int, index: int) -> None:
        """Put a lane at ``index`` among the timeline's lanes (one undo step)."""
        timeline = self.panel.document.timeline
        if timeline is None:
            return
        order = [lane.id for lane in lanes_in_order(timeline)]
        if lane_id not in order:
            return
        current = order.index(lane_id)
        target = max(0, min(index, len(order) - 1))
        if target != current:
            order.insert(target, order.pop(current))
            self.run(ops_.SetLanePositions.order(timeline.id, order, tr("Reorder lanes")))

    def delete_lane(self, lane_id: int) -> None:
        """Delete a lane (its events stay, without a lane)."""
        self.run(ops_.DeleteLane(lane_id, tr("Delete lane")))

    def auto_lanes(self, by: str) -> None:
        """Sort entries into lanes by article, tag, source or person."""
        timeline_id = self.panel.document.timeline_id
        if timeline_id is not None:
            self.run(ops_.AutoLanes(timeline_id, by, tr("Lanes by {kind}").format(kind=auto_lane_label(by).lower())))

    def ask_add_era(self, days: float) -> None:
        """Ask for an era name and add it around ``days`` (a tenth of the visible range wide)."""
        name, ok = self.panel.ask_text(self.panel, tr("Add era"), tr("Era name:"), "")
        if not (ok and name.strip()):
            return
        start, end = self.panel.view.visible_days()
        half = (end - start) / 10
        self.add_era(name.strip(), from_days(days - half), from_days(days + half))

    def add_era(self, name: str, start: _dt.datetime, end: _dt.datetime) -> None:
        """Add a named background period."""
        timeline_id = self.panel.document.timeline_id
        if timeline_id is not None:
            self.run(ops_.AddEra(timeline_id, name, start, end, text=tr("Add era “{name}”").format(name=name)))

    def remove_era(self, era_id: int) -> None:
        """Remove an era."""
        self.run(ops_.RemoveEra(era_id, tr("Remove era")))
