"""PNG, SVG and PDF of a published timeline, painted offscreen with QtGui (no widgets).

The timeline itself is drawn by the one painter the canvas uses too
(:class:`timeline_app.export.painting.TimelinePainter`), from the same layout results
(through :mod:`timeline_app.export.frame`) and the same style table. Around it this module
adds what only a publication has: title, subtitle, a lane legend, lane headings and a footer
listing the sources, and the pager that cuts a tall picture into PDF pages.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from timeline_app.export.frame import AXIS_HEIGHT, LANE_HEADING, Frame, frame_for
from timeline_app.export.model import PublishedTimeline, source_label
from timeline_app.export.painting import PaintTheme, TimelinePainter
from timeline_app.export.style import Palette, palette, words
from timeline_app.layout import PlacedEvent

__all__ = ["ImageOptions", "PdfPage", "TimelinePicture", "page_slices", "render_png", "write_image", "write_pdf",
           "write_svg"]

MARGIN = 32.0
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

    def roles(self) -> dict[str, QFont]:
        """The fonts the timeline painter takes, by role."""
        return {"title": self.title, "detail": self.detail, "axis": self.axis, "heading": self.heading,
                "lane": self.lane}


class TimelinePicture:
    """A published timeline laid out for one image: header, timeline, sources footer."""

    def __init__(self, published: PublishedTimeline, width: float, theme: str = "light") -> None:
        self.published = published
        self.colours: Palette = palette(theme)
        self.fonts = Fonts()
        self.theme = PaintTheme.of_palette(self.colours, self.fonts.roles())
        self.words = words(published.language)
        self.width = float(width)
        self.frame: Frame = frame_for(published, self.theme.measure(), self.width - 2 * MARGIN, bleed=MARGIN)
        self.painter = TimelinePainter(self.theme, self.frame.layout.style)
        self.lane_colours = [QColor(lane.colour) for lane in published.lanes]
        self.painted: list[PlacedEvent] = []
        """The events the last :meth:`paint` drew, in picture coordinates (the pager's tests read it)."""
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
        self.painted = []
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
            self.painter.swatch(painter, QRectF(x, y - 5, 12, 12), QColor(lane.colour))
            painter.setPen(QColor(c.text))
            painter.drawText(QPointF(x + 18, y + 5), lane.name)
            x += 18 + metrics.horizontalAdvance(lane.name) + 20
        if self.published.has_approximate:
            self.painter.marker(painter, x + 6, y + 1, QColor(c.muted), approximate=True)
            painter.setPen(QColor(c.text))
            painter.drawText(QPointF(x + 18, y + 5), f"c. = {self.words['approximate']}")

    def _paint_timeline(self, painter: QPainter, y0: float, y1: float) -> None:
        """The timeline between frame heights ``y0`` and ``y1``: every item that intersects them, whole."""
        frame, layout, paint = self.frame, self.frame.layout, self.painter
        width = self.width - 2 * MARGIN
        bottom = frame.height
        paint.lanes(painter, layout.lanes, -MARGIN, width + MARGIN, y0, y1, offsets=frame.offsets, heading=LANE_HEADING)
        paint.eras(painter, layout.eras, 0.0, width, 0.0, bottom, label_top=0.0)
        paint.grid(painter, frame.axis, layout.scale, 0.0, width, 0.0, bottom)
        if y0 < 0:
            painter.fillRect(QRectF(-MARGIN, -AXIS_HEIGHT, self.width, AXIS_HEIGHT), self.theme.background)
            paint.axis(painter, frame.axis, layout.scale, 0.0, width, -AXIS_HEIGHT, AXIS_HEIGHT)
        self._paint_lane_names(painter)
        rect = QRectF(-MARGIN, y0, self.width, y1 - y0)
        painted = paint.events(painter, layout, rect, self.lane_colours, offsets=frame.offsets)
        for placed in painted:
            placed.y += self.timeline_top
            placed.x += MARGIN
            placed.x_end += MARGIN
            placed.card_x += MARGIN
        self.painted += painted

    def _paint_lane_names(self, painter: QPainter) -> None:
        painter.setFont(self.fonts.lane)
        for band, lane in zip(self.frame.layout.lanes, self.published.lanes, strict=True):
            if not lane.name:
                continue
            top = self.frame.lane_y(band.index)
            self.painter.swatch(painter, QRectF(0, top + 6, 10, 10), QColor(lane.colour))
            painter.setPen(QColor(self.colours.text))
            painter.drawText(QPointF(16, top + 15.5), f"{lane.name}  ·  {band.count}")

    def _elide(self, text: str, width: float, font: QFont) -> str:
        key = (text, int(width), id(font))
        found = self._elided.get(key)
        if found is None:
            found = self._elided[key] = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        return found

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


def page_slices(picture: TimelinePicture, page_height: float) -> list[tuple[float, float]]:
    """Where each page of ``page_height`` logical pixels starts and ends, cut between lane rows where possible."""
    breaks = picture.page_breaks()
    slices: list[tuple[float, float]] = []
    top = 0.0
    while top < picture.height - 1:
        fits = [y for y in breaks if top < y <= top + page_height]
        bottom = max(fits) if fits and max(fits) > top + page_height * 0.4 else min(top + page_height, picture.height)
        slices.append((top, bottom))
        top = bottom
    return slices


@dataclass(frozen=True, slots=True)
class PdfPage:
    """One page of a PDF export: the heights of the picture it shows and the events painted on it."""

    top: float
    bottom: float
    painted: tuple[PlacedEvent, ...]


def write_pdf(picture: TimelinePicture, path: Path, page: str = "a4") -> list[PdfPage]:
    """The picture on landscape A4/A3 pages: scaled to the page width, split between lane rows.

    Each page paints every item that intersects it (clipped at the page's edges).
    """
    writer = QPdfWriter(str(path))
    writer.setCreator("timeline_app")
    writer.setTitle(picture.published.title)
    size = QPageSize(QPageSize.PageSizeId.A3 if page == "a3" else QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(144)
    factor = float(writer.width()) / picture.width
    pages: list[PdfPage] = []
    painter = QPainter(writer)
    try:
        for number, (top, bottom) in enumerate(page_slices(picture, float(writer.height()) / factor)):
            if number:
                writer.newPage()
            painter.save()
            painter.scale(factor, factor)
            painter.translate(0, -top)
            painter.setClipRect(QRectF(0, top, picture.width, bottom - top))
            picture.paint(painter, top, bottom)
            painter.restore()
            pages.append(PdfPage(top, bottom, tuple(picture.painted)))
    finally:
        painter.end()
    return pages


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
