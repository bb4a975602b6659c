"""Context menus of the canvas and the lane headers (their actions run ops through the panel),
and the Timeline menu's Lanes and Eras submenus that reach the same actions by keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from timeline_app.domain.models import EditorialStatus
from timeline_app.layout import to_days
from timeline_app.services.timelines import AUTO_LANE_KINDS, lanes_in_order
from timeline_app.ui.canvas.edit_dialog import colour_choices, status_labels
from timeline_app.ui.canvas.edits import auto_lane_label
from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.canvas.panel import TimelinePanel


def entry_menu(panel: TimelinePanel, entry_id: int) -> QMenu:
    """Edit, move to lane, set status, remove."""
    menu = QMenu(panel)
    selected = panel.scene.selected or [entry_id]
    menu.addAction(tr("&Edit…"), lambda: panel.edit_entry(entry_id))
    lanes = menu.addMenu(tr("&Move to Lane"))
    timeline = panel.document.timeline
    for lane in lanes_in_order(timeline) if timeline else []:
        lanes.addAction(lane.name, lambda lane_id=lane.id: panel.edits.move_entries(selected, lane_id))
    lanes.addAction(tr("(no lane)"), lambda: panel.edits.move_entries(selected, 0))
    status = menu.addMenu(tr("&Status"))
    for value, label in status_labels().items():
        status.addAction(label, lambda v=value: panel.edits.set_status(selected, v))
    menu.addAction(tr("&Zoom to Selection"), panel.view.fit_selection)
    menu.addSeparator()
    count = len(selected)
    menu.addAction(tr("&Remove {n} from the Timeline").format(n=count) if count > 1 else tr("&Remove from the Timeline"),
                   lambda: panel.edits.remove_entries(selected))
    return menu


def background_menu(panel: TimelinePanel, days: float) -> QMenu:
    """Lanes, eras and zoom."""
    menu = QMenu(panel)
    menu.addAction(tr("Add &Lane…"), panel.edits.ask_add_lane)
    auto = menu.addMenu(tr("Lanes &By"))
    for kind in AUTO_LANE_KINDS:
        auto.addAction(auto_lane_label(kind), lambda k=kind: panel.edits.auto_lanes(k))
    menu.addAction(tr("Add &Era…"), lambda: panel.edits.ask_add_era(days))
    timeline = panel.document.timeline
    for era in timeline.eras if timeline else ():
        if to_days(era.start) <= days <= to_days(era.end):
            menu.addAction(tr("Remove Era “{name}”").format(name=era.name),
                           lambda era_id=era.id: panel.edits.remove_era(era_id))
    menu.addSeparator()
    menu.addAction(tr("&Fit Timeline"), panel.view.fit_all)
    return menu


def fill_lane_menu(panel: TimelinePanel, menu: QMenu, lane_id: int) -> QMenu:
    """Rename, colour, collapse, move up or down, delete (into ``menu``)."""
    timeline = panel.document.timeline
    lane = next((lane for lane in timeline.lanes if lane.id == lane_id), None) if timeline else None
    if lane is None:
        menu.addAction(tr("Add &Lane…"), panel.edits.ask_add_lane)
        return menu
    menu.addAction(tr("&Rename…"), lambda: panel.edits.ask_rename_lane(lane_id))
    colours = menu.addMenu(tr("&Colour"))
    for label, value in colour_choices():
        colours.addAction(label, lambda v=value: panel.edits.update_lane(lane_id, tr("Lane colour"), colour=v))
    menu.addAction(tr("E&xpand") if lane.collapsed else tr("C&ollapse"), lambda: panel.edits.toggle_collapsed(lane_id))
    menu.addAction(tr("Move &Up"), lambda: panel.edits.shift_lane(lane_id, -1))
    menu.addAction(tr("Move &Down"), lambda: panel.edits.shift_lane(lane_id, 1))
    menu.addSeparator()
    menu.addAction(tr("&Delete Lane"), lambda: panel.edits.delete_lane(lane_id))
    return menu


def lane_menu(panel: TimelinePanel, lane_id: int) -> QMenu:
    """The lane header's context menu."""
    return fill_lane_menu(panel, QMenu(panel), lane_id)


def fill_lanes_menu(panel: TimelinePanel, menu: QMenu) -> None:
    """Timeline › Lanes: a submenu per lane with the lane header's actions, then Add Lane."""
    menu.clear()
    timeline = panel.document.timeline
    for lane in lanes_in_order(timeline) if timeline else []:
        fill_lane_menu(panel, menu.addMenu(lane.name.replace("&", "&&")), lane.id)
    if timeline is not None and timeline.lanes:
        menu.addSeparator()
    menu.addAction(tr("Add &Lane…"), panel.edits.ask_add_lane).setEnabled(timeline is not None)


def fill_eras_menu(panel: TimelinePanel, menu: QMenu) -> None:
    """Timeline › Eras: remove any era, or add one around the middle of the view."""
    menu.clear()
    timeline = panel.document.timeline
    for era in timeline.eras if timeline else ():
        menu.addAction(tr("Remove Era “{name}”").format(name=era.name.replace("&", "&&")),
                       lambda era_id=era.id: panel.edits.remove_era(era_id))
    if timeline is not None and timeline.eras:
        menu.addSeparator()
    menu.addAction(tr("Add &Era…"), lambda: panel.edits.ask_add_era(sum(panel.view.visible_days()) / 2)).setEnabled(
        timeline is not None)


def status_values() -> list[EditorialStatus]:
    """Statuses offered in menus."""
    return list(status_labels())
