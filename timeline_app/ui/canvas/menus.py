"""Context menus of the canvas and the lane headers (their actions run ops through the panel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from timeline_app.domain.models import EditorialStatus
from timeline_app.layout import to_days
from timeline_app.services.timelines import AUTO_LANE_KINDS, lanes_in_order
from timeline_app.ui.canvas.edit_dialog import COLOURS, STATUS_LABELS

if TYPE_CHECKING:
    from timeline_app.ui.canvas.panel import TimelinePanel


def entry_menu(panel: TimelinePanel, entry_id: int) -> QMenu:
    """Edit, move to lane, set status, remove."""
    menu = QMenu(panel)
    selected = panel.scene.selected or [entry_id]
    menu.addAction("Edit…", lambda: panel.edit_entry(entry_id))
    lanes = menu.addMenu("Move to lane")
    timeline = panel.document.timeline
    for lane in lanes_in_order(timeline) if timeline else []:
        lanes.addAction(lane.name, lambda lane_id=lane.id: panel.edits.move_entries(selected, lane_id))
    lanes.addAction("(no lane)", lambda: panel.edits.move_entries(selected, 0))
    status = menu.addMenu("Status")
    for value, label in STATUS_LABELS.items():
        status.addAction(label, lambda v=value: panel.edits.set_status(selected, v))
    menu.addAction("Zoom to selection", panel.view.fit_selection)
    menu.addSeparator()
    count = len(selected)
    menu.addAction(f"Remove {count} from timeline" if count > 1 else "Remove from timeline",
                   lambda: panel.edits.remove_entries(selected))
    return menu


def background_menu(panel: TimelinePanel, days: float) -> QMenu:
    """Lanes, eras and zoom."""
    menu = QMenu(panel)
    menu.addAction("Add lane…", panel.edits.ask_add_lane)
    auto = menu.addMenu("Lanes by")
    for kind in AUTO_LANE_KINDS:
        auto.addAction(kind.capitalize(), lambda k=kind: panel.edits.auto_lanes(k))
    menu.addAction("Add era…", lambda: panel.edits.ask_add_era(days))
    timeline = panel.document.timeline
    for era in timeline.eras if timeline else ():
        if to_days(era.start) <= days <= to_days(era.end):
            menu.addAction(f"Remove era “{era.name}”", lambda era_id=era.id: panel.edits.remove_era(era_id))
    menu.addSeparator()
    menu.addAction("Zoom to fit", panel.view.fit_all)
    return menu


def lane_menu(panel: TimelinePanel, lane_id: int) -> QMenu:
    """Rename, colour, collapse, move up or down, delete."""
    menu = QMenu(panel)
    timeline = panel.document.timeline
    lane = next((lane for lane in timeline.lanes if lane.id == lane_id), None) if timeline else None
    if lane is None:
        menu.addAction("Add lane…", panel.edits.ask_add_lane)
        return menu
    menu.addAction("Rename…", lambda: panel.edits.ask_rename_lane(lane_id))
    colours = menu.addMenu("Colour")
    for label, value in COLOURS:
        colours.addAction(label, lambda v=value: panel.edits.update_lane(lane_id, "Lane colour", colour=v))
    menu.addAction("Expand" if lane.collapsed else "Collapse", lambda: panel.edits.toggle_collapsed(lane_id))
    menu.addAction("Move up", lambda: panel.edits.shift_lane(lane_id, -1))
    menu.addAction("Move down", lambda: panel.edits.shift_lane(lane_id, 1))
    menu.addSeparator()
    menu.addAction("Delete lane", lambda: panel.edits.delete_lane(lane_id))
    return menu


def status_values() -> list[EditorialStatus]:
    """Statuses offered in menus."""
    return list(STATUS_LABELS)
