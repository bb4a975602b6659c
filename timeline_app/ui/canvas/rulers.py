"""The time axis above the view and the lane headers to its left, following the view's scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from timeline_app.layout import LaneBand, axis_for
from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.canvas.view import TimelineView

AXIS_HEIGHT = 46
HEADER_WIDTH = 172
TOGGLE_SIZE = 16


class AxisRuler(QWidget):
    """Two rows: headings (years above months...) and ticks, for the visible range."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        scene = self.view.timeline_scene
        theme = scene.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), theme.header_background)
        visible = self.view.visible_scene_rect()
        scale = scene.scale
        axis = axis_for(scale.days(visible.left()), scale.days(visible.right()), scale.px_per_day, scene.measure.axis,
                        scene.language)
        scene.painter.axis(painter, axis, scale, -visible.left(), self.width(), 0.0, AXIS_HEIGHT)


DRAG_THRESHOLD = 6.0


class LaneHeaders(QWidget):
    """Lane names with their colour, event count and a collapse toggle; drag to reorder, right-click for more."""

    collapse_toggled = Signal(int)  # lane key
    lane_menu_requested = Signal(int, object)  # lane key, global QPoint
    rename_requested = Signal(int)
    lane_move_requested = Signal(int, int)  # lane key, new index among the timeline's lanes

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)
        self._pressed: tuple[int, float] | None = None  # lane key and press y
        self.drop_target: LaneBand | None = None

    def lane_at(self, y: float) -> LaneBand | None:
        """The lane whose header is at ``y`` (widget pixels)."""
        if y < AXIS_HEIGHT:
            return None
        scene_y = y - AXIS_HEIGHT + self.view.scene_y_offset()
        lane = self.view.timeline_scene.layout.lane_at(scene_y)
        if lane is None or not lane.y <= scene_y <= lane.y + lane.height:
            return None
        return lane

    def paintEvent(self, event: QPaintEvent) -> None:
        scene = self.view.timeline_scene
        theme = scene.theme
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), theme.header_background)
        top = self.view.scene_y_offset()
        painter.setClipRect(QRectF(0, AXIS_HEIGHT, self.width(), self.height() - AXIS_HEIGHT))
        for lane in scene.layout.lanes:
            y = lane.y - top + AXIS_HEIGHT
            if y > self.height() or y + lane.height < AXIS_HEIGHT:
                continue
            colour = theme.lane_colour(lane.slot, lane.colour)
            painter.fillRect(QRectF(0, y, 4, lane.height - 1), colour)
            painter.fillRect(QRectF(0, y + lane.height - 1, self.width(), 1), theme.grid)
            painter.setPen(theme.muted)
            arrow = "▸" if lane.collapsed else "▾"
            painter.drawText(QRectF(8, y + 6, TOGGLE_SIZE, 18), Qt.AlignmentFlag.AlignCenter, arrow)
            painter.setFont(theme.lane_font)
            painter.setPen(theme.text)
            metrics = painter.fontMetrics()
            name = metrics.elidedText(lane.name, Qt.TextElideMode.ElideRight, self.width() - 40)
            painter.drawText(QPointF(28, y + 20), name)
            if not lane.collapsed:
                painter.setFont(theme.detail_font)
                painter.setPen(theme.muted)
                painter.drawText(QPointF(28, y + 36), tr("{n} events").format(n=lane.count) if lane.count != 1
                                 else tr("1 event"))
        target, pressed = self.drop_target, self._pressed
        if target is not None and pressed is not None:
            moving = next((lane for lane in scene.layout.lanes if lane.key == pressed[0]), None)
            below = moving is not None and target.index > moving.index
            y = target.y - top + AXIS_HEIGHT + (target.height - 2 if below else 0)
            painter.fillRect(QRectF(0, y, self.width(), 2), theme.text)
        painter.setClipping(False)
        painter.fillRect(QRectF(self.width() - 1, 0, 1, self.height()), theme.grid_major)
        painter.fillRect(QRectF(0, AXIS_HEIGHT - 1, self.width(), 1), theme.grid_major)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        lane = self.lane_at(event.position().y())
        if lane is None:
            return
        if event.button() == Qt.MouseButton.RightButton:
            self.lane_menu_requested.emit(lane.key, event.globalPosition().toPoint())
        elif event.button() == Qt.MouseButton.LeftButton and event.position().x() < 8 + TOGGLE_SIZE + 4:
            self.collapse_toggled.emit(lane.key)
        elif event.button() == Qt.MouseButton.LeftButton and lane.key and self.view.editable:
            self._pressed = (lane.key, event.position().y())  # a drag reorders the lanes

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Dragging a lane header up or down shows where the lane will go."""
        if self._pressed is None or abs(event.position().y() - self._pressed[1]) < DRAG_THRESHOLD:
            return
        y = max(event.position().y(), AXIS_HEIGHT)
        lane = self.view.timeline_scene.layout.lane_at(y - AXIS_HEIGHT + self.view.scene_y_offset())
        if lane is not None and not lane.key:  # the lane for entries without one stays first
            lane = next((band for band in self.view.timeline_scene.layout.lanes if band.key), None)
        if lane is not self.drop_target:
            self.drop_target = lane
            self.setCursor(Qt.CursorShape.SizeVerCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Dropping a dragged lane header asks to move the lane there."""
        pressed, target = self._pressed, self.drop_target
        self._pressed = None
        self.drop_target = None
        self.unsetCursor()
        self.update()
        if pressed is None or target is None or target.key == pressed[0]:
            return
        keys = [lane.key for lane in self.view.timeline_scene.layout.lanes if lane.key]
        if target.key in keys:
            self.lane_move_requested.emit(pressed[0], keys.index(target.key))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        lane = self.lane_at(event.position().y())
        if lane is not None and lane.key:
            self.rename_requested.emit(lane.key)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.view.pan_by(0, -event.angleDelta().y() / 2)
        event.accept()
