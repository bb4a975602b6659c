"""The timeline view: zoom (wheel, pinch, + and -), pan, fit, keyboard navigation, gestures.

Zoom changes the layout (text never stretches); the view keeps the moment under the cursor
in place. The axis and the lane headers sit in the view's margins and follow its scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from timeline_app.ui.canvas.accessible import install_accessible_factory
from timeline_app.ui.canvas.interactions import (
    DragEntryInteraction,
    Interaction,
    PanInteraction,
    RubberBandInteraction,
)
from timeline_app.ui.canvas.keyboard import KeyboardNavigation, show_tooltip
from timeline_app.ui.canvas.rulers import AXIS_HEIGHT, HEADER_WIDTH, AxisRuler, LaneHeaders
from timeline_app.ui.canvas.scene import TimelineScene, zoom_of
from timeline_app.ui.i18n import tr

CARD_ROOM = 240  # keep the last cards in view when fitting
WHEEL_NOTCH = 120


class TimelineView(QGraphicsView):
    """Shows a :class:`TimelineScene`; turns input into zoom, pan, selection and edit requests."""

    edit_requested = Signal(int)
    remove_requested = Signal(list)
    move_requested = Signal(list, int)  # entry ids, lane key (0: no lane)
    context_menu_requested = Signal(QPoint, int, int, float)  # global pos, entry id or -1, lane key or -1, days
    zoom_changed = Signal(int)
    visible_range_changed = Signal(float, float)

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timeline_scene = scene
        self.editable = True  # False on a read-only archive: entries select but do not drag
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setViewportMargins(HEADER_WIDTH, AXIS_HEIGHT, 0, 0)
        install_accessible_factory()
        self.setAccessibleName(tr("Timeline"))
        self.axis = AxisRuler(self)
        self.axis.setAccessibleName(tr("Time axis"))
        self.headers = LaneHeaders(self)
        self.headers.setAccessibleName(tr("Lanes"))
        self.keys = KeyboardNavigation(self)
        self._interaction: Interaction | None = None
        self._pinch = 0.0
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(60)
        self._prefetch_timer.timeout.connect(lambda: _prefetch(self))
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        scene.layout_changed.connect(self._scrolled)

    # -- geometry --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.axis.setGeometry(viewport.left(), viewport.top() - AXIS_HEIGHT, viewport.width(), AXIS_HEIGHT)
        self.headers.setGeometry(viewport.left() - HEADER_WIDTH, viewport.top() - AXIS_HEIGHT, HEADER_WIDTH,
                                 viewport.height() + AXIS_HEIGHT)
        self._scrolled()

    def _scrolled(self, *_: object) -> None:
        self.axis.update()
        self.headers.update()
        start, end = self.visible_days()
        self.visible_range_changed.emit(start, end)

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene the viewport shows."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def visible_days(self) -> tuple[float, float]:
        """The first and last day the viewport shows."""
        rect = self.visible_scene_rect()
        scale = self.timeline_scene.scale
        return scale.days(rect.left()), scale.days(rect.right())

    def scene_y_offset(self) -> float:
        """The scene y at the viewport's top."""
        return self.visible_scene_rect().top()

    # -- zoom and pan ----------------------------------------------------------------

    def set_zoom_step(self, step: int, anchor: QPoint | None = None) -> None:
        """Zoom to a step keeping the moment at ``anchor`` (viewport pixels; centre by default) in place."""
        scene = self.timeline_scene
        anchor = anchor if anchor is not None else self.viewport().rect().center()
        anchor_days = scene.scale.days(self.mapToScene(anchor).x())
        scene_y = self.mapToScene(anchor).y()
        scene.set_zoom_step(step, _window_around(self, step, anchor_days, anchor.x()))
        _put_days_at(self, anchor_days, anchor.x())
        self.verticalScrollBar().setValue(round(scene_y - anchor.y()))
        self.zoom_changed.emit(scene.zoom_step)
        self._prefetch_timer.start()

    def zoom_by(self, steps: int, anchor: QPoint | None = None) -> None:
        """Zoom in (positive) or out (negative) by whole steps."""
        self.set_zoom_step(self.timeline_scene.zoom_step + steps, anchor)

    def center_on_days(self, days: float) -> None:
        """Scroll so ``days`` is in the middle."""
        _put_days_at(self, days, self.viewport().width() / 2)

    def zoom_to_range(self, start: float, end: float) -> None:
        """Show days ``[start, end]`` as large as they fit."""
        scene = self.timeline_scene
        room = max(self.viewport().width() - CARD_ROOM, 100)
        step = scene.fit_step(start, end, room)
        scene.set_zoom_step(step, _window_around(self, step, (start + end) / 2, room / 2 + 20))
        _put_days_at(self, (start + end) / 2, room / 2 + 20)
        self.zoom_changed.emit(scene.zoom_step)
        self._prefetch_timer.start()

    def fit_all(self) -> None:
        """Show the whole timeline."""
        source = self.timeline_scene.source
        self.zoom_to_range(source.start, max(source.end, source.start + 1))
        self.verticalScrollBar().setValue(0)

    def fit_selection(self) -> None:
        """Show the selected entries (or everything when nothing is selected)."""
        source = self.timeline_scene.source
        chosen = [source.events[i] for i in self.timeline_scene.selected if i in source.events]
        if not chosen:
            self.fit_all()
            return
        start = min(e.start for e in chosen)
        end = max(e.end for e in chosen)
        pad = max((end - start) * 0.15, 1.0)
        self.zoom_to_range(start - pad, end + pad * 2)

    def pan_by(self, dx: float, dy: float) -> None:
        """Scroll by pixels."""
        self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() + dx))
        self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() + dy))

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        modifiers = event.modifiers()
        if delta.x() and not delta.y():
            self.pan_by(-delta.x() / 2, 0)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.pan_by(-delta.y() / 2, 0)
        elif modifiers & Qt.KeyboardModifier.ControlModifier:
            self.pan_by(0, -delta.y() / 2)
        elif delta.y():
            steps = round(delta.y() / WHEEL_NOTCH) or (1 if delta.y() > 0 else -1)
            self.zoom_by(steps, event.position().toPoint())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self._pinch += event.value()
            steps = int(self._pinch / 0.15)
            if steps:
                self._pinch -= steps * 0.15
                self.zoom_by(steps, event.position().toPoint())
            return True
        if event.type() == QEvent.Type.ToolTip:
            show_tooltip(self, event)
            return True
        return super().viewportEvent(event)

    # -- mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        scene = self.timeline_scene
        if event.button() == Qt.MouseButton.MiddleButton:
            self._interaction = PanInteraction(self, pos.toPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        modifiers = event.modifiers()
        entry_id = _entry_at(self, pos)
        if entry_id is not None:
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                chosen = [i for i in scene.selected if i != entry_id] if entry_id in scene.selected else [*scene.selected, entry_id]
                scene.set_selection(chosen)
            elif entry_id not in scene.selected:
                scene.set_selection([entry_id])
            scene.set_focus_entry(entry_id)
            if self.editable:
                dragged = list(scene.selected) if entry_id in scene.selected else [entry_id]
                self._interaction = DragEntryInteraction(self, pos.toPoint(), dragged)
            return
        scene_pos = self.mapToScene(pos.toPoint())
        cluster = scene.layout.cluster_at(scene_pos.x(), scene_pos.y())
        if cluster is not None:
            scene.set_selection(list(cluster.entry_ids))
            return
        if modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            extend = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
            self._interaction = RubberBandInteraction(self, pos.toPoint(), extend=extend)
            return
        scene.set_selection([])
        self._interaction = PanInteraction(self, pos.toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.mouse_moved(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        interaction, self._interaction = self._interaction, None
        if interaction is not None:
            interaction.mouse_released(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        entry_id = _entry_at(self, event.position())
        if entry_id is not None:
            self.edit_requested.emit(entry_id)
            return
        scene_pos = self.mapToScene(event.position().toPoint())
        cluster = self.timeline_scene.layout.cluster_at(scene_pos.x(), scene_pos.y())
        if cluster is not None:
            scale = self.timeline_scene.scale
            start, end = scale.days(cluster.x), scale.days(max(cluster.x_end, cluster.x + 1))
            pad = max((end - start) * 0.2, 0.5)
            self.zoom_to_range(start - pad, end + pad)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.reason() == event.Reason.Keyboard:
            self.open_keyboard_menu()
            return
        scene_pos = self.mapToScene(event.pos())
        layout = self.timeline_scene.layout
        placed = layout.event_at(scene_pos.x(), scene_pos.y())
        if placed is not None and placed.entry_id not in self.timeline_scene.selected:
            self.timeline_scene.set_selection([placed.entry_id])
        lane = layout.lane_at(scene_pos.y())
        self.context_menu_requested.emit(
            event.globalPos(), placed.entry_id if placed else -1, lane.key if lane else -1,
            self.timeline_scene.scale.days(scene_pos.x()),
        )

    def open_keyboard_menu(self) -> None:
        """The Menu key (or Shift+F10): the menu of the focused entry at the entry, else the timeline's."""
        scene = self.timeline_scene
        entry_id = scene.focus_id if scene.focus_id is not None else (scene.selected[0] if scene.selected else None)
        bounds = scene.layout.bounds(entry_id) if entry_id is not None else None
        if entry_id is not None and bounds is not None:
            if entry_id not in scene.selected:
                scene.set_selection([entry_id])
            x0, y0, x1, y1 = bounds
            point = self.mapFromScene(QPointF((x0 + min(x1, x0 + 200)) / 2, y1))
            days = scene.scale.days(x0)
            lane = scene.layout.lane_at(y0)
        else:
            entry_id, point = -1, self.viewport().rect().center()
            days = sum(self.visible_days()) / 2
            lane = None
        self.context_menu_requested.emit(self.viewport().mapToGlobal(point), entry_id, lane.key if lane else -1, days)

    # -- keyboard --------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        self.keys.move_focus(1 if next else -1)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.key_pressed(event):
            super().keyPressEvent(event)

    def cancel_interaction(self) -> bool:
        """End the mouse gesture in progress (Escape); False when there is none."""
        interaction, self._interaction = self._interaction, None
        if interaction is None:
            return False
        interaction.cancel()
        return True


def _window_around(view: TimelineView, step: int, days: float, viewport_x: float) -> tuple[float, float]:
    """The days shown at ``step`` with ``days`` at ``viewport_x``, plus a viewport's width each side."""
    px_per_day = zoom_of(view.timeline_scene.clamp_step(step))
    width = view.viewport().width()
    return days - (viewport_x + width) / px_per_day, days + (2 * width - viewport_x) / px_per_day


def _put_days_at(view: TimelineView, days: float, viewport_x: float) -> None:
    """Scroll so that ``days`` is at ``viewport_x``."""
    scene_x = view.timeline_scene.scale.x(days)
    bar = view.horizontalScrollBar()
    offset = view.visible_scene_rect().left() - bar.value()
    bar.setValue(round(scene_x - viewport_x - offset))


def _prefetch(view: TimelineView) -> None:
    """Lay out a neighbouring zoom level while the view is idle (one per idle moment)."""
    scene = view.timeline_scene
    for step in (scene.zoom_step + 1, scene.zoom_step - 1):
        if scene.prefetch(step):
            view._prefetch_timer.start()
            return


def _entry_at(view: TimelineView, pos: QPointF) -> int | None:
    """The entry under a viewport position."""
    scene_pos = view.mapToScene(pos.toPoint())
    placed = view.timeline_scene.layout.event_at(scene_pos.x(), scene_pos.y())
    return placed.entry_id if placed else None
