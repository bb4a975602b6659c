"""PNG, SVG and PDF of a published timeline, painted offscreen with QtGui (no widgets).

This is the only module outside ``ui/`` that imports QtGui. It paints the same layout results
as the canvas (through :mod:`timeline_app.export.frame`) in the canvas's visual language:
filled markers for exact dates, hollow ones and soft span edges for approximate dates, dashed
whiskers for open-ended ones, cards with a lane-coloured accent, count badges for clusters.
Around it: title, subtitle, a lane legend and a footer listing the sources.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QLinearGradient,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPolygonF,
)

from timeline_app.export.frame import AXIS_HEIGHT, LANE_HEADING, Frame, frame_for
from timeline_app.export.model import PublishedTimeline, source_label
from timeline_app.export.style import Palette, era_colour, palette, words
from timeline_app.layout import LayoutEvent, PlacedEvent

MARGIN = 32.0
CARD_HEIGHT = 32.0
FOOTER_LINE = 17.0


@dataclass(frozen=True, slots=True)
class ImageOptions:
    """Image width (logical pixels; ``None`` picks one from the events), pixel ratio, theme and PDF paper."""

    width: int | None = None
    scale: float = 1.0
    theme: str = "light"
    page: str = "a4"


def ensure_gui() -> QGuiApplication | None:
    """A QGuiApplication for fonts (offscreen when there is no display); ``None`` when one exists.

    The caller keeps the returned object alive while painting.
    """
    if QGuiApplication.instance() is not None:
        return None
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication([])


def auto_width(published: PublishedTimeline) -> int:
    """An image width that gives ``published``'s events room: 1400 px, wider with more events."""
    return int(min(max(1400, 1400 + (len(published.entries) - 40) * 14), 4800))


def _font(size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(round(size), 1))
    font.setWeight(weight)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class QtMetrics:
    """Text widths in Qt fonts, cached: the layout's injected measure (images and the canvas)."""

    def __init__(self, title: QFont, detail: QFont, axis: QFont, heading: QFont | None = None) -> None:
        self._title = QFontMetricsF(title)
        self._detail = QFontMetricsF(detail)
        self._axis = QFontMetricsF(axis)
        self._heading = QFontMetricsF(heading or axis)
        self._cache: dict[tuple[int, str], float] = {}

    @classmethod
    def of(cls, fonts: Fonts) -> QtMetrics:
        """The measure of the image fonts."""
        return cls(fonts.title, fonts.detail, fonts.axis)

    def _width(self, kind: int, metrics: QFontMetricsF, text: str) -> float:
        key = (kind, text)
        width = self._cache.get(key)
        if width is None:
            width = self._cache[key] = metrics.horizontalAdvance(text)
        return width

    def title(self, text: str) -> float:
        """Width of a card title."""
        return self._width(0, self._title, text)

    def detail(self, text: str) -> float:
        """Width of a card's date line."""
        return self._width(1, self._detail, text)

    def axis(self, text: str) -> float:
        """Width of an axis label."""
        return self._width(2, self._axis, text)

    def heading(self, text: str) -> float:
        """Width of an axis heading."""
        return self._width(3, self._heading, text)

    def badge(self, count: int) -> float:
        """Width of a cluster badge."""
        return self._width(1, self._detail, str(count)) + 16.0


class Fonts:
    """The fonts of an image export."""

    def __init__(self) -> None:
        self.title = _font(13, QFont.Weight.DemiBold)
        self.detail = _font(11)
        self.axis = _font(11.5)
        self.heading = _font(12, QFont.Weight.DemiBold)
        self.lane = _font(12.5, QFont.Weight.Bold)
        self.headline = _font(28, QFont.Weight.Bold)
        self.subtitle = _font(16)
        self.small = _font(12)
        self.kicker = _font(12, QFont.Weight.DemiBold)


def with_alpha(colour: QColor | str, alpha: float) -> QColor:
    """``colour`` with opacity ``alpha`` (0-1)."""
    result = QColor(colour)
    result.setAlphaF(alpha)
    return result


def soft_edge_gradient(colour: QColor, left: float, right: float, fuzz_left: float, fuzz_right: float,
                       core: float) -> QLinearGradient:
    """A horizontal fill that fades out over an approximate date's uncertain edges."""
    gradient = QLinearGradient(left, 0, right, 0)
    total = max(right - left, 1.0)
    gradient.setColorAt(0.0, with_alpha(colour, 0.0))
    gradient.setColorAt(max(min(fuzz_left / total, 0.5), 0.0), with_alpha(colour, core))
    gradient.setColorAt(min(max(1 - fuzz_right / total, 0.5), 1.0), with_alpha(colour, core))
    gradient.setColorAt(1.0, with_alpha(colour, 0.0))
    return gradient


class TimelinePicture:
    """A published timeline laid out for one image: header, timeline, sources footer."""

    def __init__(self, published: PublishedTimeline, width: float, theme: str = "light") -> None:
        self.published = published
        self.colours: Palette = palette(theme)
        self.fonts = Fonts()
        self.words = words(published.language)
        self.width = float(width)
        self.frame: Frame = frame_for(published, QtMetrics.of(self.fonts), self.width - 2 * MARGIN)
        self._elided: dict[tuple[str, int, int], str] = {}
        self.header_height = self._header_height()
        self.timeline_top = self.header_height + AXIS_HEIGHT
        self.footer_top = self.timeline_top + self.frame.height + 24
        self.footer_lines = self._footer_lines()
        columns = self._footer_columns()
        rows = math.ceil(len(self.footer_lines) / columns) if self.footer_lines else 0
        self.height = math.ceil(self.footer_top + (30 + rows * FOOTER_LINE if rows else 0) + 40)

    # -- geometry ----------------------------------------------------------------

    def _subtitle_rect(self) -> QRectF:
        metrics = QFontMetricsF(self.fonts.subtitle)
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, min(self.width - 2 * MARGIN, 900), 1000), flags,
                                    self.published.subtitle)

    def _header_height(self) -> float:
        height = MARGIN + 18 + 38
        if self.published.subtitle:
            height += self._subtitle_rect().height() + 6
        return height + 34

    def _footer_lines(self) -> list[str]:
        return [f"{s.number}. {source_label(s, self.published.language)}" + (f" — {s.url}" if s.url else "")
                for s in self.published.sources]

    def _footer_columns(self) -> int:
        return max(1, min(3, int((self.width - 2 * MARGIN) // 560)))

    def page_breaks(self) -> list[float]:
        """Heights where a page may end without cutting a card (lane rows, footer lines)."""
        ys = [self.header_height, self.timeline_top]
        layout = self.frame.layout
        for band in layout.lanes:
            top = self.timeline_top + self.frame.y(band.index, band.y)
            ys.append(top - LANE_HEADING)
            row = layout.style.collapsed_row_height if band.collapsed else layout.style.row_height
            ys += [top + layout.style.lane_padding + r * row for r in range(1, band.rows + 1)]
            ys.append(top + band.height)
        ys.append(self.footer_top)
        ys += [self.footer_top + 30 + r * FOOTER_LINE for r in range(len(self.footer_lines) + 1)]
        ys.append(self.height)
        return sorted(set(ys))

    # -- painting ------------------------------------------------------------------

    def paint(self, painter: QPainter, y0: float = 0.0, y1: float | None = None) -> None:
        """Paint the rows between ``y0`` and ``y1`` (all by default) at logical coordinates."""
        y1 = self.height if y1 is None else y1
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, y0, self.width, y1 - y0), QColor(self.colours.background))
        if y0 < self.header_height:
            self._paint_header(painter)
        if y1 > self.header_height and y0 < self.footer_top:
            painter.save()
            painter.translate(MARGIN, self.timeline_top)
            self._paint_timeline(painter, y0 - self.timeline_top, y1 - self.timeline_top)
            painter.restore()
        if y1 > self.footer_top:
            self._paint_footer(painter)

    def _paint_header(self, painter: QPainter) -> None:
        c, f, p = self.colours, self.fonts, self.published
        y = MARGIN
        painter.setPen(QColor(c.muted))
        painter.setFont(f.kicker)
        kicker = " · ".join(x for x in (self.words["timeline"].upper(), self.words["n_events"].format(n=len(p.entries))))
        painter.drawText(QPointF(MARGIN, y + 12), kicker)
        painter.setPen(QColor(c.text))
        painter.setFont(f.headline)
        painter.drawText(QPointF(MARGIN, y + 18 + 28), self._elide(p.title, self.width - 2 * MARGIN, f.headline))
        y += 18 + 38
        if p.subtitle:
            rect = self._subtitle_rect()
            painter.setFont(f.subtitle)
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(MARGIN, y, rect.width() + 2, rect.height()), int(Qt.TextFlag.TextWordWrap), p.subtitle)
            y += rect.height() + 6
        self._paint_legend(painter, y + 12)

    def _paint_legend(self, painter: QPainter, y: float) -> None:
        c, f = self.colours, self.fonts
        painter.setFont(f.small)
        metrics = QFontMetricsF(f.small)
        x = MARGIN
        for lane in self.published.lanes:
            if not lane.name:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(lane.colour))
            painter.drawRoundedRect(QRectF(x, y - 5, 12, 12), 3, 3)
            painter.setPen(QColor(c.text))
            painter.drawText(QPointF(x + 18, y + 5), lane.name)
            x += 18 + metrics.horizontalAdvance(lane.name) + 20
        if self.published.has_approximate:
            painter.setPen(QPen(QColor(c.muted), 2.0))
            painter.setBrush(QColor(c.background))
            painter.drawEllipse(QPointF(x + 6, y + 1), 5, 5)
            painter.setPen(QColor(c.text))
            painter.drawText(QPointF(x + 18, y + 5), f"c. = {self.words['approximate']}")

    def _paint_timeline(self, painter: QPainter, y0: float, y1: float) -> None:
        frame, c = self.frame, self.colours
        layout = frame.layout
        width = self.width - 2 * MARGIN
        bottom = frame.height
        for band in layout.lanes:
            top = frame.lane_y(band.index)
            if band.index % 2:
                painter.fillRect(QRectF(-MARGIN, top, self.width, band.height + LANE_HEADING), QColor(c.lane_alt))
            painter.fillRect(QRectF(-MARGIN, top + band.height + LANE_HEADING - 1, self.width, 1), QColor(c.grid))
        self._paint_eras(painter, bottom)
        self._paint_axis(painter, width, bottom)
        self._paint_lane_names(painter)
        events = layout.source.events
        cards = []
        for placed in layout.visible(-1e9, y0 - 80, 1e9, y1 + 80):
            event = events[placed.entry_id]
            entry_colour = QColor(event.colour or self.published.lanes[placed.lane].colour)
            placed.y = frame.y(placed.lane, placed.y)
            self._paint_span(painter, placed, entry_colour, event.approximate)
            self._paint_marker(painter, placed, entry_colour, event.approximate)
            if placed.card_width > 0:
                self._paint_card(painter, placed, entry_colour, event.approximate)
                cards.append((placed, event))
        self._paint_texts(painter, cards)
        for cluster in layout.visible_clusters(-1e9, y0 - 80, 1e9, y1 + 80):
            self._paint_cluster(painter, cluster.x, cluster.x_end, frame.y(cluster.lane, cluster.y), cluster.height,
                                cluster.badge_width, cluster.count, QColor(self.published.lanes[cluster.lane].colour))

    def _paint_axis(self, painter: QPainter, width: float, bottom: float) -> None:
        c, f, scale = self.colours, self.fonts, self.frame.layout.scale
        painter.fillRect(QRectF(-MARGIN, -AXIS_HEIGHT, self.width, AXIS_HEIGHT), QColor(c.background))
        painter.fillRect(QRectF(-MARGIN, -1, self.width, 1), QColor(c.grid_major))
        painter.setFont(f.axis)
        for tick in self.frame.axis.ticks:
            x = scale.x(tick.days)
            if -1 <= x <= width + 1:
                painter.fillRect(QRectF(x, -20, 1, bottom + 20), with_alpha(c.grid, 0.9))
                painter.setPen(QColor(c.muted))
                painter.drawText(QPointF(x + 4, -7), tick.label)
        painter.setFont(f.heading)
        for heading in self.frame.axis.headings:
            x = scale.x(heading.days)
            if -1 <= x <= width + 1:
                painter.fillRect(QRectF(x, -AXIS_HEIGHT, 1, bottom + AXIS_HEIGHT), QColor(c.grid_major))
                painter.setPen(QColor(c.text))
                painter.drawText(QPointF(x + 4, -AXIS_HEIGHT + 16), heading.label)

    def _paint_eras(self, painter: QPainter, bottom: float) -> None:
        painter.setFont(self.fonts.heading)
        for index, era in enumerate(self.frame.layout.eras):
            colour = QColor(era_colour(index, era.colour))
            painter.fillRect(QRectF(era.x, 0, max(era.x_end - era.x, 1), bottom), with_alpha(colour, 0.13 if self.colours.dark else 0.10))
            painter.fillRect(QRectF(era.x, 0, 1.5, bottom), with_alpha(colour, 0.5))
            painter.setPen(colour.lighter(140) if self.colours.dark else colour.darker(135))
            if era.x_end - era.x > 40:
                painter.drawText(QRectF(era.x + 6, 2, era.x_end - era.x - 10, 18),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 self._elide(era.name, era.x_end - era.x - 10, self.fonts.heading))

    def _paint_lane_names(self, painter: QPainter) -> None:
        painter.setFont(self.fonts.lane)
        for band, lane in zip(self.frame.layout.lanes, self.published.lanes, strict=True):
            if not lane.name:
                continue
            top = self.frame.lane_y(band.index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(lane.colour))
            painter.drawRoundedRect(QRectF(0, top + 6, 10, 10), 2.5, 2.5)
            painter.setPen(QColor(self.colours.text))
            painter.drawText(QPointF(16, top + 15.5), f"{lane.name}  ·  {band.count}")

    def _paint_span(self, painter: QPainter, placed: PlacedEvent, colour: QColor, approximate: bool) -> None:
        mid = placed.y + 38.0
        width = placed.x_end - placed.x
        if width >= 14 or placed.fuzz_left or placed.whisker_left or placed.whisker_right:
            painter.setPen(QPen(with_alpha(colour, 0.5), 1.0))
            painter.drawLine(QPointF(placed.x, placed.y + 14), QPointF(placed.x, mid))
        painter.setPen(Qt.PenStyle.NoPen)
        if placed.fuzz_left or placed.fuzz_right:
            left, right = placed.x - placed.fuzz_left, placed.x_end + placed.fuzz_right
            core = 0.42 if placed.is_range else 0.3
            gradient = soft_edge_gradient(colour, left, right, placed.fuzz_left, placed.fuzz_right, core)
            height = 8.0 if placed.is_range else 6.0
            painter.setBrush(QBrush(gradient))
            painter.drawRect(QRectF(left, mid - height / 2, right - left, height))
        elif placed.is_range:
            painter.setBrush(with_alpha(colour, 0.85))
            painter.drawRoundedRect(QRectF(placed.x, mid - 4, width, 8), 4, 4)
        elif width >= 14:
            painter.setBrush(with_alpha(colour, 0.25))
            painter.drawRoundedRect(QRectF(placed.x, mid - 2.5, width, 5), 2.5, 2.5)
        for start, end in ((placed.x, placed.x - placed.whisker_left), (placed.x_end, placed.x_end + placed.whisker_right)):
            if start == end:
                continue
            pen = QPen(with_alpha(colour, 0.8), 1.4, Qt.PenStyle.DashLine)
            pen.setDashPattern([3, 2])
            painter.setPen(pen)
            painter.drawLine(QPointF(start, mid), QPointF(end, mid))
            tip = 5 if end < start else -5
            painter.setPen(QPen(with_alpha(colour, 0.8), 1.4))
            painter.drawPolyline(QPolygonF([QPointF(end + tip, mid - 4), QPointF(end, mid), QPointF(end + tip, mid + 4)]))
            painter.setPen(Qt.PenStyle.NoPen)

    def _paint_marker(self, painter: QPainter, placed: PlacedEvent, colour: QColor, approximate: bool) -> None:
        centre = QPointF(placed.x, placed.y + 14)
        if approximate:
            painter.setPen(QPen(colour, 2.0))
            painter.setBrush(QColor(self.colours.background))
        else:
            painter.setPen(QPen(QColor(self.colours.background), 1.5))
            painter.setBrush(colour)
        painter.drawEllipse(centre, 5.0, 5.0)

    def _paint_card(self, painter: QPainter, placed: PlacedEvent, colour: QColor, approximate: bool) -> None:
        rect = QRectF(placed.card_x, placed.y + 1.0, placed.card_width, CARD_HEIGHT)
        pen = QPen(QColor(self.colours.card_border), 1.0)
        if approximate:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setDashPattern([4, 2])
        painter.setPen(pen)
        painter.setBrush(QColor(self.colours.card))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect.left() + 0.5, rect.top() + 5, 2.5, rect.height() - 10))

    def _elide(self, text: str, width: float, font: QFont) -> str:
        key = (text, int(width), id(font))
        found = self._elided.get(key)
        if found is None:
            found = self._elided[key] = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        return found

    def _paint_texts(self, painter: QPainter, cards: list[tuple[PlacedEvent, LayoutEvent]]) -> None:
        f = self.fonts
        for font, colour, kind in ((f.detail, self.colours.muted, 1), (f.title, self.colours.text, 0)):
            painter.setFont(font)
            painter.setPen(QColor(colour))
            for placed, event in cards:
                inner = placed.card_width - 16
                if inner > 12:
                    text = event.date_text if kind else event.title
                    painter.drawText(QPointF(placed.card_x + 9, placed.y + (13.0 if kind else 28.0)),
                                     self._elide(text, inner, font))

    def _paint_cluster(self, painter: QPainter, x: float, x_end: float, y: float, height: float, badge: float,
                       count: int, colour: QColor) -> None:
        mid = y + height / 2
        if x_end - x > 2:
            painter.setPen(QPen(with_alpha(colour, 0.55), 2.0))
            painter.drawLine(QPointF(x, mid), QPointF(x_end, mid))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if count == 1:
            painter.drawEllipse(QPointF(x, mid), 3.5, 3.5)
            return
        rect = QRectF(x - 2, mid - 8.5, badge, 17)
        painter.drawRoundedRect(rect, 8.5, 8.5)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.fonts.detail)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(count))

    def _paint_footer(self, painter: QPainter) -> None:
        c, f = self.colours, self.fonts
        y = self.footer_top
        painter.fillRect(QRectF(MARGIN, y, self.width - 2 * MARGIN, 1), QColor(c.grid_major))
        if not self.footer_lines:
            return
        painter.setFont(f.heading)
        painter.setPen(QColor(c.text))
        painter.drawText(QPointF(MARGIN, y + 20), self.words["sources"])
        columns = self._footer_columns()
        rows = math.ceil(len(self.footer_lines) / columns)
        column_width = (self.width - 2 * MARGIN) / columns
        painter.setFont(f.small)
        painter.setPen(QColor(c.muted))
        for index, line in enumerate(self.footer_lines):
            column, row = divmod(index, rows)
            x = MARGIN + column * column_width
            painter.drawText(QPointF(x, y + 30 + (row + 1) * FOOTER_LINE - 4), self._elide(line, column_width - 16, f.small))


def render_png(picture: TimelinePicture, scale: float = 1.0) -> QImage:
    """The picture as an image ``scale`` times its logical size (sharp at any scale: vectors, not resampling)."""
    size = QSize(math.ceil(picture.width * scale), math.ceil(picture.height * scale))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(picture.colours.background))
    painter = QPainter(image)
    try:
        picture.paint(painter)
    finally:
        painter.end()
    return image


def write_svg(picture: TimelinePicture, path: Path) -> None:
    """The picture as SVG (text stays text)."""
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(math.ceil(picture.width), math.ceil(picture.height)))
    generator.setViewBox(QRectF(0, 0, picture.width, picture.height))
    generator.setTitle(picture.published.title)
    generator.setDescription(picture.published.subtitle)
    painter = QPainter(generator)
    try:
        picture.paint(painter)
    finally:
        painter.end()


def write_pdf(picture: TimelinePicture, path: Path, page: str = "a4") -> None:
    """The picture on landscape A4/A3 pages: scaled to the page width, split between lane rows."""
    writer = QPdfWriter(str(path))
    writer.setCreator("timeline_app")
    writer.setTitle(picture.published.title)
    size = QPageSize(QPageSize.PageSizeId.A3 if page == "a3" else QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(144)
    page_w, page_h = float(writer.width()), float(writer.height())
    factor = page_w / picture.width
    page_logical = page_h / factor
    breaks = picture.page_breaks()
    painter = QPainter(writer)
    try:
        top = 0.0
        first = True
        while top < picture.height - 1:
            fits = [y for y in breaks if top < y <= top + page_logical]
            bottom = max(fits) if fits and max(fits) > top + page_logical * 0.4 else min(top + page_logical, picture.height)
            if not first:
                writer.newPage()
            first = False
            painter.save()
            painter.scale(factor, factor)
            painter.translate(0, -top)
            painter.setClipRect(QRectF(0, top, picture.width, bottom - top))
            picture.paint(painter, top, bottom)
            painter.restore()
            top = bottom
    finally:
        painter.end()


def write_image(published: PublishedTimeline, path: Path, fmt: str, options: ImageOptions | None = None) -> None:
    """Write ``published`` as ``fmt`` ("png", "svg" or "pdf") to ``path``."""
    options = options or ImageOptions()
    app = ensure_gui()
    try:
        width = options.width or auto_width(published)
        if fmt == "pdf" and options.width is None:
            width = min(width, 2400)
        picture = TimelinePicture(published, width, options.theme)
        if fmt == "png":
            writer = QImageWriter(str(path), QByteArray(b"png"))
            if not writer.write(render_png(picture, options.scale)):
                raise OSError(f"cannot write PNG to {path}: {writer.errorString()}")
        elif fmt == "svg":
            write_svg(picture, path)
        elif fmt == "pdf":
            write_pdf(picture, path, options.page)
        else:
            raise ValueError(f"not an image format: {fmt!r}")
    finally:
        del app
