"""An overview strip: where the events are over the whole timeline, and the part in view."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from timeline_app.ui.canvas.scene import TimelineScene

STRIP_HEIGHT = 40
PAD = 8


class OverviewStrip(QWidget):
    """Event density across the whole timeline with the visible range as a window; click or drag to go there."""

    navigation_requested = Signal(float)  # days to centre on

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.visible = (0.0, 0.0)
        self._bins: list[int] = []
        self._bins_key: tuple[int, int] = (0, 0)
        self.setMinimumHeight(STRIP_HEIGHT)
        self.setMaximumHeight(STRIP_HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        scene.layout_changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(600, STRIP_HEIGHT)

    def set_visible_range(self, start: float, end: float) -> None:
        """Show ``[start, end]`` (days) as the window."""
        self.visible = (start, end)
        self.update()

    def _range(self) -> tuple[float, float]:
        source = self.scene.source
        span = max(source.end - source.start, 1.0)
        return source.start - span * 0.02, source.end + span * 0.02

    def _x(self, days: float) -> float:
        start, end = self._range()
        return PAD + (days - start) / (end - start) * (self.width() - 2 * PAD)

    def _days(self, x: float) -> float:
        start, end = self._range()
        return start + (x - PAD) / max(self.width() - 2 * PAD, 1) * (end - start)

    def _density(self) -> list[int]:
        columns = max(self.width() - 2 * PAD, 1) // 2
        key = (id(self.scene.source), columns)
        if key != self._bins_key:
            start, end = self._range()
            bins = [0] * columns
            factor = columns / (end - start)
            for event in self.scene.source.events.values():
                index = int((event.start - start) * factor)
                if 0 <= index < columns:
                    bins[index] += 1
            self._bins, self._bins_key = bins, key
        return self._bins

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self.scene.theme
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.header_background)
        painter.fillRect(QRectF(0, 0, self.width(), 1), theme.grid_major)
        for era in self.scene.source.eras:
            painter.fillRect(QRectF(self._x(era.start), 4, self._x(era.end) - self._x(era.start), self.height() - 8),
                             QColor(201, 162, 39, 40))
        bins = self._density()
        peak = max(bins, default=0)
        if peak:
            colour = QColor(theme.lane_colour(0, None))
            colour.setAlphaF(0.7)
            usable = self.height() - 12
            for index, count in enumerate(bins):
                if count:
                    height = max(2.0, usable * (count / peak) ** 0.5)
                    painter.fillRect(QRectF(PAD + index * 2, self.height() - 6 - height, 1.6, height), colour)
        start, end = self.visible
        if end > start:
            x0, x1 = self._x(start), self._x(end)
            window = QRectF(x0, 3, max(x1 - x0, 4), self.height() - 6)
            highlight = QColor(theme.selection)
            highlight.setAlphaF(0.18)
            painter.fillRect(window, highlight)
            painter.setPen(theme.selection)
            painter.drawRect(window)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.navigation_requested.emit(self._days(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.navigation_requested.emit(self._days(event.position().x()))
