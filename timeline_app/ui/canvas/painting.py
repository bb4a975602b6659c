"""Painting events, clusters, lanes and eras from layout results (no layout decisions here)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from timeline_app.domain.models import EditorialStatus
from timeline_app.export.image import soft_edge_gradient, with_alpha
from timeline_app.layout import Cluster, EraBand, LaneBand, LayoutEvent, PlacedEvent
from timeline_app.ui.canvas.theme import STATUS_COLOURS, CanvasTheme

CARD_RADIUS = 5.0
MARKER_Y = 14.0
SPAN_Y = 38.0
CARD_HEIGHT = 32.0
MIN_BAND = 14.0  # a date's own span is drawn when it is at least this wide
CARD_PAD = 8.0
DRAFTED_COLOUR = "#c77700"  # entries a draft proposed and no editor has touched yet


class EventPainter:
    """Paints markers, spans, whiskers, cards and cluster badges in one theme."""

    def __init__(self, theme: CanvasTheme) -> None:
        self.theme = theme
        self._title_metrics = QFontMetricsF(theme.title_font)
        self._detail_metrics = QFontMetricsF(theme.detail_font)
        self._elided: dict[tuple[str, int], str] = {}

    def _elide(self, text: str, width: float, metrics: QFontMetricsF, kind: int) -> str:
        key = (text, int(width) * 2 + kind)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) > 50_000:
                self._elided.clear()
            elided = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return elided

    def paint_span(self, painter: QPainter, placed: PlacedEvent, colour: QColor, approximate: bool) -> None:
        """The span under the marker: a bar for ranges, a thin band for coarse dates, soft edges when approximate."""
        mid = placed.y + SPAN_Y
        width = placed.x_end - placed.x
        if width >= MIN_BAND or placed.fuzz_left or placed.whisker_left or placed.whisker_right:
            painter.setPen(QPen(with_alpha(colour, 0.5), 1.0))
            painter.drawLine(QPointF(placed.x, placed.y + MARKER_Y), QPointF(placed.x, mid))
        painter.setPen(Qt.PenStyle.NoPen)
        if placed.fuzz_left or placed.fuzz_right:
            left = placed.x - placed.fuzz_left
            right = placed.x_end + placed.fuzz_right
            core = 0.42 if placed.is_range else 0.28
            gradient = soft_edge_gradient(colour, left, right, placed.fuzz_left, placed.fuzz_right, core)
            height = 8.0 if placed.is_range else 6.0
            painter.setBrush(QBrush(gradient))
            painter.drawRect(QRectF(left, mid - height / 2, right - left, height))
        elif placed.is_range:
            painter.setBrush(with_alpha(colour, 0.85))
            painter.drawRoundedRect(QRectF(placed.x, mid - 4, width, 8), 4, 4)
        elif width >= MIN_BAND:
            painter.setBrush(with_alpha(colour, 0.25))
            painter.drawRoundedRect(QRectF(placed.x, mid - 2.5, width, 5), 2.5, 2.5)
        if placed.whisker_left or placed.whisker_right:
            self._whiskers(painter, placed, colour, mid)

    def _whiskers(self, painter: QPainter, placed: PlacedEvent, colour: QColor, mid: float) -> None:
        pen = QPen(with_alpha(colour, 0.8), 1.4, Qt.PenStyle.DashLine)
        pen.setDashPattern([3, 2])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if placed.whisker_left:
            end = placed.x - placed.whisker_left
            painter.drawLine(QPointF(placed.x, mid), QPointF(end, mid))
            painter.setPen(QPen(with_alpha(colour, 0.8), 1.4))
            painter.drawPolyline(QPolygonF([QPointF(end + 5, mid - 4), QPointF(end, mid), QPointF(end + 5, mid + 4)]))
        if placed.whisker_right:
            start = placed.x_end
            end = start + placed.whisker_right
            painter.setPen(pen)
            painter.drawLine(QPointF(start, mid), QPointF(end, mid))
            painter.setPen(QPen(with_alpha(colour, 0.8), 1.4))
            painter.drawPolyline(QPolygonF([QPointF(end - 5, mid - 4), QPointF(end, mid), QPointF(end - 5, mid + 4)]))

    def paint_marker(self, painter: QPainter, placed: PlacedEvent, colour: QColor, approximate: bool, radius: float) -> None:
        """The dot at the event's date: filled when exact, hollow when approximate."""
        centre = QPointF(placed.x, placed.y + MARKER_Y)
        if approximate:
            painter.setPen(QPen(colour, 2.0))
            painter.setBrush(self.theme.background)
        else:
            painter.setPen(QPen(self.theme.background, 1.5))
            painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)

    def paint_card(
        self,
        painter: QPainter,
        placed: PlacedEvent,
        colour: QColor,
        status: EditorialStatus | None,
        selected: bool,
        drafted: bool = False,
    ) -> None:
        """The card behind the texts: border, accent bar and status mark (texts come after, in bulk).

        A drafted card (proposed by a draft, untouched since) has a dashed amber border and tint.
        """
        theme = self.theme
        rect = QRectF(placed.card_x, placed.y + 1.0, placed.card_width, CARD_HEIGHT)
        if selected:
            painter.setPen(QPen(theme.selection, 1.6))
            painter.setBrush(with_alpha(theme.selection, 0.16))
        elif drafted:
            pen = QPen(QColor(DRAFTED_COLOUR), 1.4, Qt.PenStyle.DashLine)
            pen.setDashPattern([4, 3])
            painter.setPen(pen)
            painter.setBrush(with_alpha(QColor(DRAFTED_COLOUR), 0.10))
        else:
            painter.setPen(QPen(theme.card_border, 1.0))
            painter.setBrush(theme.card)
        painter.drawRoundedRect(rect, CARD_RADIUS, CARD_RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect.left() + 0.5, rect.top() + 5, 2.5, rect.height() - 10))
        status_colour = STATUS_COLOURS.get(status.value) if status else None
        if status_colour:
            painter.setBrush(QColor(status_colour))
            painter.drawEllipse(QPointF(rect.right() - CARD_PAD, rect.top() + 9.5), 3.5, 3.5)

    def paint_texts(self, painter: QPainter, cards: list[tuple[PlacedEvent, LayoutEvent]]) -> None:
        """Date lines, then titles, of many cards (one font switch each)."""
        theme = self.theme
        painter.setFont(theme.detail_font)
        painter.setPen(theme.muted)
        for placed, event in cards:
            inner = placed.card_width - 2 * CARD_PAD - 10
            if inner > 12:
                detail = self._elide(event.date_text, inner, self._detail_metrics, 1)
                painter.drawText(QPointF(placed.card_x + CARD_PAD, placed.y + 13.0), detail)
        painter.setFont(theme.title_font)
        painter.setPen(theme.text)
        for placed, event in cards:
            inner = placed.card_width - 2 * CARD_PAD
            if inner > 12:
                title = self._elide(event.title, inner, self._title_metrics, 0)
                painter.drawText(QPointF(placed.card_x + CARD_PAD, placed.y + 27.5), title)

    def paint_focus(self, painter: QPainter, placed: PlacedEvent) -> None:
        """A visible keyboard-focus ring around marker and card."""
        pen = QPen(self.theme.focus, 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        right = placed.card_x + placed.card_width if placed.card_width else placed.x + 8
        painter.drawRoundedRect(QRectF(placed.x - 9, placed.y - 1, right - placed.x + 12, placed.height - 0.0), 7, 7)

    def paint_cluster(self, painter: QPainter, cluster: Cluster, colour: QColor, selected: bool) -> None:
        """A count badge with a bracket over the time its entries cover."""
        mid = cluster.y + cluster.height / 2
        if cluster.x_end - cluster.x > 2:
            painter.setPen(QPen(with_alpha(colour, 0.55), 2.0))
            painter.drawLine(QPointF(cluster.x, mid), QPointF(cluster.x_end, mid))
        if cluster.count == 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(with_alpha(colour, 0.75))
            painter.drawEllipse(QPointF(cluster.x, mid), 3.5, 3.5)
            return
        rect = QRectF(cluster.x - 2, mid - 8.5, cluster.badge_width, 17)
        painter.setPen(QPen(self.theme.selection, 1.6) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 8.5, 8.5)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.theme.detail_font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(cluster.count))


def paint_lanes(painter: QPainter, theme: CanvasTheme, lanes: tuple[LaneBand, ...], rect: QRectF) -> None:
    """Alternate lane shading and separators."""
    painter.setPen(Qt.PenStyle.NoPen)
    for lane in lanes:
        if lane.y > rect.bottom() or lane.y + lane.height < rect.top():
            continue
        if lane.index % 2:
            painter.fillRect(QRectF(rect.left(), lane.y, rect.width(), lane.height), theme.lane_alt)
        painter.fillRect(QRectF(rect.left(), lane.y + lane.height - 1, rect.width(), 1), theme.grid)


def paint_eras(painter: QPainter, theme: CanvasTheme, eras: tuple[EraBand, ...], rect: QRectF, height: float) -> None:
    """Eras as tinted bands behind the lanes, with their names at the top."""
    painter.setFont(theme.heading_font)
    for index, era in enumerate(eras):
        if era.x_end < rect.left() or era.x > rect.right():
            continue
        colour = QColor(era.colour) if era.colour else QColor(("#c9a227", "#5b8db8", "#9b6fb0", "#4f9a78")[index % 4])
        band = QRectF(era.x, rect.top(), max(era.x_end - era.x, 1), rect.height())
        painter.fillRect(band, with_alpha(colour, 0.13 if theme.dark else 0.10))
        painter.fillRect(QRectF(era.x, rect.top(), 1.5, rect.height()), with_alpha(colour, 0.45))
        painter.setPen(with_alpha(colour, 0.95).darker(130) if not theme.dark else colour.lighter(140))
        label_x = max(era.x + 6, rect.left() + 6)
        if label_x + 40 < era.x_end:
            painter.drawText(QRectF(label_x, 3, era.x_end - label_x - 4, 16),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, era.name)


def drag_ghost(painter: QPainter, theme: CanvasTheme, lane: LaneBand, x: float, count: int) -> None:
    """Where a dragged event would land: the target lane outlined and a marker under the cursor."""
    painter.setPen(QPen(theme.selection, 2.0, Qt.PenStyle.DashLine))
    painter.setBrush(with_alpha(theme.selection, 0.08))
    painter.drawRect(QRectF(x - 4000, lane.y + 1, 8000, lane.height - 2))
    path = QPainterPath()
    path.addEllipse(QPointF(x, lane.y + lane.height / 2), 7, 7)
    painter.fillPath(path, theme.selection)
    if count > 1:
        painter.setPen(theme.text)
        painter.drawText(QPointF(x + 10, lane.y + lane.height / 2 + 4), f"×{count}")
