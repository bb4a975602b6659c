"""Keyboard navigation of the canvas (focus in time order and across lanes, zoom and pan keys) and tooltips."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QToolTip

from timeline_app.ui.canvas.accessible import announce_focus
from timeline_app.ui.canvas.tooltips import entry_tooltip
from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.canvas.view import TimelineView

PAN_STEP = 80


class KeyboardNavigation:
    """What the keys do on a :class:`TimelineView`: arrows move the focus, +/-/0 zoom, Enter edits."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view

    def move_focus(self, direction: int) -> None:
        """Focus the next (1) or previous (-1) entry in time order, scrolling it into view."""
        scene = self.view.timeline_scene
        order = scene.source.order
        if not order:
            return
        if scene.focus_id is None or scene.focus_id not in scene.source.events:
            start, _ = self.view.visible_days()
            candidates = [i for i in order if scene.source.events[i].start >= start]
            target = candidates[0] if candidates else order[0]
        else:
            index = order.index(scene.focus_id) + direction
            target = order[max(0, min(index, len(order) - 1))]
        self.focus_entry(target)

    def focus_entry(self, entry_id: int, *, select: bool = True) -> None:
        """Give an entry keyboard focus (and selection) and make sure it is visible."""
        scene = self.view.timeline_scene
        scene.set_focus_entry(entry_id)
        if select:
            scene.set_selection([entry_id])
        self.ensure_entry_visible(entry_id)
        announce_focus(self.view, entry_id)

    def ensure_entry_visible(self, entry_id: int) -> None:
        """Scroll (and zoom in, if clustered) until the entry shows."""
        view, scene = self.view, self.view.timeline_scene
        if entry_id not in scene.source.events:
            return
        for _ in range(12):
            if scene.layout.placed(entry_id) is not None:
                break
            scene.set_zoom_step(scene.zoom_step + 2)
        bounds = scene.layout.bounds(entry_id)
        if bounds is not None:
            x0, y0, x1, y1 = bounds
            view.ensureVisible(QRectF(x0, y0, min(x1 - x0, 400), y1 - y0), 60, 30)
        view.zoom_changed.emit(scene.zoom_step)

    def focus_other_lane(self, direction: int) -> None:
        """Focus the entry nearest in time in the lane above (-1) or below (1)."""
        scene = self.view.timeline_scene
        if scene.focus_id is None:
            self.move_focus(1)
            return
        focused = scene.source.events.get(scene.focus_id)
        if focused is None:
            return
        target_lane = focused.lane + direction
        if not 0 <= target_lane < len(scene.source.by_lane):
            return
        candidates = scene.source.by_lane[target_lane]
        if candidates:
            nearest = min(candidates, key=lambda e: abs(e.start - focused.start))
            self.focus_entry(nearest.entry_id)

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Act on a key; False when it is not one of the canvas's."""
        view, scene = self.view, self.view.timeline_scene
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            view.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            view.zoom_by(-1)
        elif key == Qt.Key.Key_0:
            view.fit_all()
        elif ctrl and key in arrows:
            dx = {Qt.Key.Key_Left: -PAN_STEP, Qt.Key.Key_Right: PAN_STEP}.get(key, 0)  # type: ignore[call-overload]
            dy = {Qt.Key.Key_Up: -PAN_STEP, Qt.Key.Key_Down: PAN_STEP}.get(key, 0)  # type: ignore[call-overload]
            view.pan_by(dx, dy)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.move_focus(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.focus_other_lane(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and scene.source.order:
            self.focus_entry(scene.source.order[0 if key == Qt.Key.Key_Home else -1])
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            view.pan_by((-1 if key == Qt.Key.Key_PageUp else 1) * view.viewport().width() * 0.8, 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and scene.focus_id is not None:
            view.edit_requested.emit(scene.focus_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and scene.selected:
            view.remove_requested.emit(list(scene.selected))
        elif key == Qt.Key.Key_Escape:
            if not view.cancel_interaction():
                scene.set_selection([])
        elif key == Qt.Key.Key_A and ctrl:
            scene.set_selection(list(scene.source.order))
        else:
            return False
        return True


def show_tooltip(view: TimelineView, event: QEvent) -> None:
    """The tooltip of the entry or cluster under the mouse (or none)."""
    pos = event.pos()  # type: ignore[attr-defined]
    scene_pos = view.mapToScene(pos)
    layout = view.timeline_scene.layout
    placed = layout.event_at(scene_pos.x(), scene_pos.y())
    if placed is not None:
        text = entry_tooltip(view.timeline_scene.document, placed.entry_id, view.timeline_scene.language)
        QToolTip.showText(event.globalPos(), text, view.viewport())  # type: ignore[attr-defined]
        return
    cluster = layout.cluster_at(scene_pos.x(), scene_pos.y())
    if cluster is not None:
        QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                          tr("{n} events — double-click to zoom in").format(n=cluster.count),
                          view.viewport())
    else:
        QToolTip.hideText()
