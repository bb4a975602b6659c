"""Mouse gestures on the canvas, one object per gesture (pan, rubber band, drag to another lane)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QRubberBand

if TYPE_CHECKING:
    from timeline_app.ui.canvas.view import TimelineView


class Interaction:
    """A gesture in progress: gets the mouse until it ends."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view

    def mouse_moved(self, event: QMouseEvent) -> None:
        """The mouse moved with the button down."""

    def mouse_released(self, event: QMouseEvent) -> None:
        """The button went up: finish."""

    def cancel(self) -> None:
        """Escape or focus loss: undo any preview."""


class PanInteraction(Interaction):
    """Drag the background to pan in both directions."""

    def __init__(self, view: TimelineView, start: QPoint) -> None:
        super().__init__(view)
        self.last = start
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouse_moved(self, event: QMouseEvent) -> None:
        delta = event.position().toPoint() - self.last
        self.last = event.position().toPoint()
        self.view.pan_by(-delta.x(), -delta.y())

    def mouse_released(self, event: QMouseEvent) -> None:
        self.view.viewport().unsetCursor()

    def cancel(self) -> None:
        self.view.viewport().unsetCursor()


class RubberBandInteraction(Interaction):
    """Shift-drag on the background: select the entries inside the rectangle."""

    def __init__(self, view: TimelineView, start: QPoint, *, extend: bool = False) -> None:
        super().__init__(view)
        self.start = start
        self.extend = extend
        self.before = list(view.timeline_scene.selected)
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, view.viewport())
        self.band.setGeometry(QRect(start, QSize()))
        self.band.show()

    def mouse_moved(self, event: QMouseEvent) -> None:
        rect = QRect(self.start, event.position().toPoint()).normalized()
        self.band.setGeometry(rect)
        self._select(rect)

    def _select(self, rect: QRect) -> None:
        top_left = self.view.mapToScene(rect.topLeft())
        bottom_right = self.view.mapToScene(rect.bottomRight())
        found = self.view.timeline_scene.layout.entries_in(top_left.x(), top_left.y(), bottom_right.x(), bottom_right.y())
        self.view.timeline_scene.set_selection(self.before + found if self.extend else found)

    def mouse_released(self, event: QMouseEvent) -> None:
        self._select(QRect(self.start, event.position().toPoint()).normalized())
        self.band.hide()
        self.band.deleteLater()

    def cancel(self) -> None:
        self.view.timeline_scene.set_selection(self.before)
        self.band.hide()
        self.band.deleteLater()


class DragEntryInteraction(Interaction):
    """Press on an event and drag it (with the rest of the selection) into another lane."""

    def __init__(self, view: TimelineView, start: QPoint, entry_ids: list[int]) -> None:
        super().__init__(view)
        self.start = start
        self.entry_ids = entry_ids
        self.dragging = False

    def _target(self, pos: QPointF) -> tuple[int, float]:
        scene_pos = self.view.mapToScene(pos.toPoint())
        lane = self.view.timeline_scene.layout.lane_at(scene_pos.y())
        return (lane.index if lane else -1), scene_pos.x()

    def mouse_moved(self, event: QMouseEvent) -> None:
        pos = event.position()
        if not self.dragging:
            if (pos.toPoint() - self.start).manhattanLength() < QApplication.startDragDistance():
                return
            self.dragging = True
            self.view.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
        scene = self.view.timeline_scene
        index, x = self._target(pos)
        lanes = scene.layout.lanes
        scene.drag_preview = (lanes[index], x, len(self.entry_ids)) if 0 <= index < len(lanes) else None
        scene.update()

    def mouse_released(self, event: QMouseEvent) -> None:
        scene = self.view.timeline_scene
        scene.drag_preview = None
        scene.update()
        self.view.viewport().unsetCursor()
        if not self.dragging:
            return
        index, _ = self._target(event.position())
        lanes = scene.layout.lanes
        if 0 <= index < len(lanes):
            key = lanes[index].key
            lane_id = key or None
            current = {scene.document.entries[i].lane_id for i in self.entry_ids if i in scene.document.entries}
            if current != {lane_id}:
                self.view.move_requested.emit(list(self.entry_ids), key)

    def cancel(self) -> None:
        self.view.timeline_scene.drag_preview = None
        self.view.timeline_scene.update()
        self.view.viewport().unsetCursor()
