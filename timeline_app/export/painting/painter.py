""":class:`TimelinePainter` draws what the pure layout placed, in the style table of
:mod:`timeline_app.export.style`: filled markers for exact dates, hollow ones, soft span edges
and dashed card borders for approximate dates, dashed whiskers for open-ended ones, cards with
a lane-coloured accent, count badges for clusters, eras as tinted bands, lanes, grid and axis.
It takes a rectangle in the target's coordinates and paints every item that intersects it;
a target may shift each lane down (``offsets``: the export's lane headings), and the painter
asks the layout for each lane in the layout's own coordinates. No layout decisions here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from timeline_app.export import style as s
from timeline_app.export.painting.raster import RasterCache
from timeline_app.export.painting.theme import PaintTheme, soft_edge_gradient, with_alpha
from timeline_app.layout import (
    Axis,
    Cluster,
    EraBand,
    LaneBand,
    LayoutEvent,
    LayoutStyle,
    PlacedEvent,
    TimelineLayout,
)
from timeline_app.layout.scale import TimeScale

CARD_SLICE = 12  # a blitted card's ends are this wide (its rounded corners, accent bar and status mark)


def _no_status(_entry_id: int) -> str | None:
    return None


def _not_drafted(_entry_id: int) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class EventMarks:
    """What the canvas adds to the plain picture: editorial statuses, the selection, the keyboard focus."""

    status_of: Callable[[int], str | None] = _no_status
    selected: frozenset[int] = frozenset()
    focus: int | None = None
    drafted: Callable[[int], bool] = _not_drafted
    """Entries a draft proposed and no editor has touched since: their cards get a dashed amber border."""
    noted: Callable[[int], bool] = _not_drafted
    """Entries with a note (public or internal): their cards get a folded corner."""


@dataclass(slots=True)
class _Ink:
    """Pens and brushes of one colour, made once."""

    colour: QColor
    stem: QPen
    range_brush: QBrush
    band_brush: QBrush
    whisker: QPen
    whisker_tip: QPen
    marker_ring: QPen
    cluster_line: QPen
    cluster_dot: QBrush


class TimelinePainter:
    """Paints a laid-out timeline in one theme."""

    def __init__(self, theme: PaintTheme, style: LayoutStyle | None = None, *, raster: bool = False) -> None:
        """``raster``: the target is a screen or an image, so small marks may be blitted from
        pre-rendered sprites and texts drawn from cached layouts (vector targets get paths)."""
        self.theme = theme
        self.style = style or LayoutStyle()
        self.raster = raster
        self._cache = RasterCache(theme.title_font, theme.detail_font)
        self._widths: dict[str, float] = {}
        self._title_metrics = QFontMetricsF(theme.title_font)
        self._detail_metrics = QFontMetricsF(theme.detail_font)
        self._heading_metrics = QFontMetricsF(theme.heading_font)
        self._elided: dict[tuple[str, int, int], str] = {}
        self._inks: dict[int, _Ink] = {}
        self._background_pen = QPen(theme.background, 1.5)
        self._card_pen = QPen(theme.card_border, 1.0)
        self._card_pen_dashed = QPen(theme.card_border, 1.0, Qt.PenStyle.DashLine)
        self._card_pen_dashed.setDashPattern([4, 2])
        self._selected_pen = QPen(theme.selection, 1.6)
        self._selected_fill = QBrush(with_alpha(theme.selection, s.SELECTED_FILL_ALPHA))
        self._card_fill = QBrush(theme.card)
        self._drafted_pen = QPen(QColor(s.DRAFTED_COLOUR), 1.4, Qt.PenStyle.DashLine)
        self._drafted_pen.setDashPattern([4, 3])
        self._drafted_fill = QBrush(with_alpha(s.DRAFTED_COLOUR, s.DRAFTED_FILL_ALPHA))

    # -- helpers ---------------------------------------------------------------------

    def ink(self, colour: QColor) -> _Ink:
        """The pens and brushes of ``colour`` (cached)."""
        key = colour.rgba()
        ink = self._inks.get(key)
        if ink is None:
            whisker = QPen(with_alpha(colour, s.WHISKER_ALPHA), 1.4, Qt.PenStyle.DashLine)
            whisker.setDashPattern([3, 2])
            ink = self._inks[key] = _Ink(
                colour=QColor(colour),
                stem=QPen(with_alpha(colour, s.STEM_ALPHA), 1.0),
                range_brush=QBrush(with_alpha(colour, s.RANGE_ALPHA)),
                band_brush=QBrush(with_alpha(colour, s.BAND_ALPHA)),
                whisker=whisker,
                whisker_tip=QPen(with_alpha(colour, s.WHISKER_ALPHA), 1.4),
                marker_ring=QPen(colour, 2.0),
                cluster_line=QPen(with_alpha(colour, s.CLUSTER_LINE_ALPHA), 2.0),
                cluster_dot=QBrush(with_alpha(colour, s.CLUSTER_DOT_ALPHA)),
            )
        return ink

    def elide(self, text: str, width: float, kind: int = 0) -> str:
        """``text`` shortened with "…" to ``width`` in the title (0), detail (1) or heading (2) font."""
        key = (text, int(width), kind)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) > 50_000:
                self._elided.clear()
            metrics = (self._title_metrics, self._detail_metrics, self._heading_metrics)[kind]
            elided = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return elided

    # -- background: lanes, grid, eras, axis -----------------------------------------------

    def lanes(self, painter: QPainter, bands: Sequence[LaneBand], x0: float, x1: float, y0: float, y1: float,
              offsets: Sequence[float] | None = None, heading: float = 0.0) -> None:
        """Alternate lane shading and separators (a lane ``heading`` row tall above each when offset)."""
        theme = self.theme
        for band in bands:
            shift = offsets[band.index] if offsets else 0.0
            top, bottom = band.y + shift - heading, band.y + shift + band.height
            if top > y1 or bottom < y0:
                continue
            if band.index % 2:
                painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), theme.lane_alt)
            painter.fillRect(QRectF(x0, bottom - 1, x1 - x0, 1), theme.grid)

    def grid(self, painter: QPainter, axis: Axis, scale: TimeScale, x0: float, x1: float, y0: float, y1: float) -> None:
        """Vertical lines at the axis ticks (light) and headings (stronger)."""
        for ticks, colour in ((axis.ticks, self.theme.grid), (axis.headings, self.theme.grid_major)):
            for tick in ticks:
                x = scale.x(tick.days)
                if x0 - 1 <= x <= x1 + 1:
                    painter.fillRect(QRectF(x, y0, 1.0, y1 - y0), colour)

    def eras(self, painter: QPainter, eras: Sequence[EraBand], x0: float, x1: float, y0: float, y1: float,
             label_top: float) -> None:
        """Eras as tinted bands over ``[y0, y1]``, their names at ``label_top`` (kept in view at the left)."""
        theme = self.theme
        painter.setFont(theme.heading_font)
        for index, era in enumerate(eras):
            if era.x_end < x0 or era.x > x1:
                continue
            colour = QColor(s.era_colour(index, era.colour))
            painter.fillRect(QRectF(era.x, y0, max(era.x_end - era.x, 1), y1 - y0),
                             with_alpha(colour, s.ERA_ALPHA_DARK if theme.dark else s.ERA_ALPHA))
            painter.fillRect(QRectF(era.x, y0, 1.5, y1 - y0), with_alpha(colour, s.ERA_EDGE_ALPHA))
            painter.setPen(colour.lighter(140) if theme.dark else colour.darker(135))
            label_x = max(era.x + 6, x0 + 6)
            room = era.x_end - label_x - 4
            if room > 36:
                painter.drawText(QPointF(label_x, label_top + 14), self.elide(era.name, room, 2))

    def axis(self, painter: QPainter, axis: Axis, scale: TimeScale, shift: float, width: float, top: float,
             height: float) -> None:
        """The axis band: headings (years above months...) in its top row, tick labels in its bottom row.

        ``shift`` is added to every x (a ruler widget's scroll offset); a heading whose start is
        scrolled off is kept at the left until the next one pushes it out.
        """
        theme = self.theme
        bottom = top + height
        painter.setFont(theme.heading_font)
        painter.setPen(theme.text)
        headings = list(axis.headings)
        for index, tick in enumerate(headings):
            x = scale.x(tick.days) + shift
            following = scale.x(headings[index + 1].days) + shift if index + 1 < len(headings) else width + 4000
            if following < 0 or x > width:
                continue
            painter.fillRect(QRectF(x, top, 1, height), theme.grid_major)
            label_width = self._heading_metrics.horizontalAdvance(tick.label)
            label_x = max(x + 6, 6.0)
            if label_x + label_width > following - 6:  # the pinned heading meets the next: slide it out
                label_x = following - 6 - label_width
            painter.drawText(QPointF(label_x, top + 17), tick.label)
        painter.setFont(theme.axis_font)
        painter.setPen(theme.muted)
        for tick in axis.ticks:
            x = scale.x(tick.days) + shift
            if -40 <= x <= width:
                painter.fillRect(QRectF(x, bottom - 18, 1, 18), theme.grid_major)
                painter.drawText(QPointF(x + 4, bottom - 7), tick.label)
        painter.fillRect(QRectF(0, bottom - 1, width, 1), theme.grid_major)

    # -- events ------------------------------------------------------------------------

    def events(
        self,
        painter: QPainter,
        layout: TimelineLayout,
        rect: QRectF,
        colours: Sequence[QColor],
        *,
        offsets: Sequence[float] | None = None,
        marks: EventMarks | None = None,
    ) -> list[PlacedEvent]:
        """Paint every event and cluster of ``layout`` that intersects ``rect``; returns the events painted.

        ``colours`` are the lanes' colours (an entry's own colour wins); ``offsets`` move each
        lane down in the target (``rect`` is in the target's coordinates, every item is found in
        the layout's own); ``marks`` add statuses, selection and focus.
        """
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        device = painter.device()
        self._cache.ratio = device.devicePixelRatioF() if device is not None else 1.0
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        events = layout.source.events
        shown: list[tuple[PlacedEvent, LayoutEvent, _Ink]] = []
        clusters: list[tuple[Cluster, float]] = []
        for index in range(len(layout.lanes)):
            shift = offsets[index] if offsets else 0.0
            for placed in layout.visible(x0, y0 - shift, x1, y1 - shift, lane=index):
                event = events[placed.entry_id]
                if shift:
                    placed.y += shift
                colour = QColor(event.colour) if event.colour else colours[placed.lane]
                shown.append((placed, event, self.ink(colour)))
            clusters += [(c, shift) for c in layout.visible_clusters(x0, y0 - shift, x1, y1 - shift, lane=index)]
        for placed, _event, ink in shown:
            self._span(painter, placed, ink)
        marks = marks or EventMarks()
        radius = self.style.marker_radius
        cards = []
        for placed, event, ink in shown:
            self._marker(painter, placed, ink, event.approximate, radius)
            if placed.card_width:
                status = marks.status_of(placed.entry_id)
                self._card(painter, placed, ink, event.approximate, status, placed.entry_id in marks.selected,
                           marks.drafted(placed.entry_id), marks.noted(placed.entry_id))
                cards.append((placed, event, status is not None))
        self._texts(painter, cards)
        badges: list[tuple[QRectF, int]] = []
        for cluster, shift in clusters:
            badge = self._cluster(painter, cluster, shift, self.ink(colours[cluster.lane]),
                                  not marks.selected.isdisjoint(cluster.entry_ids))
            if badge is not None:
                badges.append((badge, cluster.count))
        self._counts(painter, badges)
        if marks.focus is not None:
            focused = next((p for p, _e, _i in shown if p.entry_id == marks.focus), None)
            if focused is not None:
                self.focus(painter, focused)
        return [placed for placed, _event, _ink in shown]

    def _span(self, painter: QPainter, placed: PlacedEvent, ink: _Ink) -> None:
        """The span under the marker: a bar for ranges, a thin band for coarse dates, soft edges when approximate."""
        mid = placed.y + self.style.span_y
        width = placed.x_end - placed.x
        fuzzy = placed.fuzz_left or placed.fuzz_right
        whiskers = placed.whisker_left or placed.whisker_right
        if width >= s.MIN_BAND or fuzzy or whiskers:
            painter.setPen(ink.stem)
            painter.drawLine(QPointF(placed.x, placed.y + self.style.marker_y), QPointF(placed.x, mid))
        if fuzzy:
            left, right = placed.x - placed.fuzz_left, placed.x_end + placed.fuzz_right
            core = s.SOFT_CORE_RANGE if placed.is_range else s.SOFT_CORE_POINT
            height = 8.0 if placed.is_range else 6.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(soft_edge_gradient(ink.colour, left, right, placed.fuzz_left, placed.fuzz_right,
                                                       core)))
            painter.drawRect(QRectF(left, mid - height / 2, right - left, height))
        elif placed.is_range:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink.range_brush)
            painter.drawRoundedRect(QRectF(placed.x, mid - 4, width, 8), 4, 4)
        elif width >= s.MIN_BAND:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink.band_brush)
            painter.drawRoundedRect(QRectF(placed.x, mid - 2.5, width, 5), 2.5, 2.5)
        if whiskers:
            self._whiskers(painter, placed, ink, mid)

    def _whiskers(self, painter: QPainter, placed: PlacedEvent, ink: _Ink, mid: float) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for start, end in ((placed.x, placed.x - placed.whisker_left), (placed.x_end, placed.x_end + placed.whisker_right)):
            if start == end:
                continue
            painter.setPen(ink.whisker)
            painter.drawLine(QPointF(start, mid), QPointF(end, mid))
            tip = 5 if end < start else -5
            painter.setPen(ink.whisker_tip)
            painter.drawPolyline(QPolygonF([QPointF(end + tip, mid - 4), QPointF(end, mid), QPointF(end + tip, mid + 4)]))

    def _marker(self, painter: QPainter, placed: PlacedEvent, ink: _Ink, approximate: bool, radius: float) -> None:
        """The dot at the event's date: filled when exact, hollow when approximate."""
        if self.raster:
            half = radius + 2.0
            sprite = self._cache.sprite(("marker", ink.colour.rgba(), approximate, radius), 2 * half, 2 * half, painter,
                                  lambda p: self._draw_marker(p, ink, approximate, radius, half, half))
            painter.drawPixmap(QPointF(placed.x - half, placed.y + self.style.marker_y - half), sprite)
            return
        self._draw_marker(painter, ink, approximate, radius, placed.x, placed.y + self.style.marker_y)

    def _draw_marker(self, painter: QPainter, ink: _Ink, approximate: bool, radius: float, x: float, y: float) -> None:
        if approximate:
            painter.setPen(ink.marker_ring)
            painter.setBrush(self.theme.background)
        else:
            painter.setPen(self._background_pen)
            painter.setBrush(ink.colour)
        painter.drawEllipse(QPointF(x, y), radius, radius)

    def _card(self, painter: QPainter, placed: PlacedEvent, ink: _Ink, approximate: bool, status: str | None,
              selected: bool, drafted: bool = False, noted: bool = False) -> None:
        """The card behind the texts: border (dashed when approximate, amber when drafted), accent bar, status
        mark, folded corner for a note."""
        if self.raster and not (selected or approximate or drafted) and placed.card_width >= 2 * CARD_SLICE:
            self._blit_card(painter, placed, ink, status, noted)
            return
        self._draw_card(painter, QRectF(placed.card_x, placed.y + 1.0, placed.card_width, s.CARD_HEIGHT), ink,
                        approximate, status, selected, drafted, noted)

    def _blit_card(self, painter: QPainter, placed: PlacedEvent, ink: _Ink, status: str | None, noted: bool) -> None:
        """A plain card from a sprite of a narrow one: its left and right ends, its middle column stretched."""
        span = 2 * CARD_SLICE + 1
        sprite = self._cache.sprite(("card", ink.colour.rgba(), status, noted), span + 2, s.CARD_HEIGHT + 2, painter,
                              lambda p: self._draw_card(p, QRectF(1, 1, span, s.CARD_HEIGHT), ink, False, status, False,
                                                        False, noted))
        x, y, width = round(placed.card_x) - 1.0, round(placed.y + 1.0) - 1.0, round(placed.card_width)
        height = s.CARD_HEIGHT + 2
        end = CARD_SLICE + 1
        painter.drawPixmap(QRectF(x, y, end, height), sprite, QRectF(0, 0, end, height))
        painter.drawPixmap(QRectF(x + end, y, width - 2 * CARD_SLICE, height), sprite, QRectF(end, 0, 1, height))
        painter.drawPixmap(QRectF(x + width + 2 - end, y, end, height), sprite, QRectF(span + 2 - end, 0, end, height))

    def _draw_card(self, painter: QPainter, rect: QRectF, ink: _Ink, approximate: bool, status: str | None,
                   selected: bool, drafted: bool = False, noted: bool = False) -> None:
        if selected:
            painter.setPen(self._selected_pen)
            painter.setBrush(self._selected_fill)
        elif drafted:
            painter.setPen(self._drafted_pen)
            painter.setBrush(self._drafted_fill)
        else:
            painter.setPen(self._card_pen_dashed if approximate else self._card_pen)
            painter.setBrush(self._card_fill)
        painter.drawRoundedRect(rect, s.CARD_RADIUS, s.CARD_RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.colour)
        painter.drawRect(QRectF(rect.left() + 0.5, rect.top() + 5, 2.5, rect.height() - 10))
        status_colour = s.STATUS_COLOURS.get(status) if status else None
        if status_colour:
            painter.setBrush(QColor(status_colour))
            painter.drawEllipse(QPointF(rect.right() - s.CARD_PAD, rect.top() + 9.5), 3.5, 3.5)
        if noted:  # a folded corner, top right, inside the card's padding
            fold = s.NOTE_FOLD
            painter.setBrush(self.theme.muted)
            painter.drawPolygon(QPolygonF([QPointF(rect.right() - fold, rect.top()), QPointF(rect.right(), rect.top()),
                                           QPointF(rect.right(), rect.top() + fold)]))

    def _texts(self, painter: QPainter, cards: Iterable[tuple[PlacedEvent, LayoutEvent, bool]]) -> None:
        """Date lines, then titles, of many cards (one font switch each)."""
        cards = list(cards)
        theme = self.theme
        painter.setFont(theme.detail_font)
        painter.setPen(theme.muted)
        for placed, event, has_status in cards:
            inner = placed.card_width - 2 * s.CARD_PAD - (s.STATUS_MARK if has_status else 0.0)
            if inner > 12:
                self._text(painter, placed.card_x + s.CARD_PAD, placed.y + s.DETAIL_BASELINE,
                           self.elide(event.date_text, inner, 1), 1)
        painter.setFont(theme.title_font)
        painter.setPen(theme.text)
        for placed, event, _has_status in cards:
            inner = placed.card_width - 2 * s.CARD_PAD
            if inner > 12:
                self._text(painter, placed.card_x + s.CARD_PAD, placed.y + s.TITLE_BASELINE,
                           self.elide(event.title, inner, 0), 0)

    def _cluster(self, painter: QPainter, cluster: Cluster, shift: float, ink: _Ink, selected: bool) -> QRectF | None:
        """A count badge with a bracket over the time its entries cover; returns where its count goes."""
        mid = cluster.y + shift + cluster.height / 2
        if cluster.x_end - cluster.x > 2:
            painter.setPen(ink.cluster_line)
            painter.drawLine(QPointF(cluster.x, mid), QPointF(cluster.x_end, mid))
        if cluster.count == 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink.cluster_dot)
            painter.drawEllipse(QPointF(cluster.x, mid), 3.5, 3.5)
            return None
        rect = QRectF(cluster.x - 2, mid - 8.5, cluster.badge_width, 17)
        if self.raster:
            width = rect.width()
            sprite = self._cache.sprite(("badge", ink.colour.rgba(), round(width), selected), width + 4, 21, painter,
                                  lambda p: self._draw_badge(p, QRectF(2, 2, width, 17), ink, selected))
            painter.drawPixmap(QPointF(rect.left() - 2, rect.top() - 2), sprite)
        else:
            self._draw_badge(painter, rect, ink, selected)
        return rect

    def _draw_badge(self, painter: QPainter, rect: QRectF, ink: _Ink, selected: bool) -> None:
        painter.setPen(self._selected_pen if selected else Qt.PenStyle.NoPen)
        painter.setBrush(ink.colour)
        painter.drawRoundedRect(rect, 8.5, 8.5)

    def _counts(self, painter: QPainter, badges: Sequence[tuple[QRectF, int]]) -> None:
        """The counts in the badges (one font switch)."""
        if not badges:
            return
        painter.setPen(QColor(s.CLUSTER_TEXT))
        painter.setFont(self.theme.detail_font)
        if not self.raster:
            for rect, count in badges:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
            return
        metrics = self._detail_metrics
        baseline_shift = (metrics.ascent() - metrics.descent()) / 2
        for rect, count in badges:
            text = str(count)
            width = self._widths.get(text)
            if width is None:
                width = self._widths[text] = metrics.horizontalAdvance(text)
            centre = rect.center()
            self._text(painter, centre.x() - width / 2, centre.y() + baseline_shift, text, 1)

    def _text(self, painter: QPainter, x: float, baseline: float, text: str, kind: int) -> None:
        """``text`` at a baseline in the title (0) or detail (1) font already set on ``painter``."""
        if self.raster:
            self._cache.text(painter, x, baseline, text, kind)
        else:
            painter.drawText(QPointF(x, baseline), text)

    def marker(self, painter: QPainter, x: float, y: float, colour: QColor, *, approximate: bool = False) -> None:
        """One event marker on its own (a legend's), centred at ``(x, y)``."""
        self._draw_marker(painter, self.ink(colour), approximate, self.style.marker_radius, x, y)

    def swatch(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """A lane's colour as a small rounded square (legends, lane headings)."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = rect.width() / 4
        painter.drawRoundedRect(rect, radius, radius)

    def focus(self, painter: QPainter, placed: PlacedEvent) -> None:
        """A visible keyboard-focus ring around marker and card."""
        painter.setPen(QPen(self.theme.focus, 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        right = placed.card_x + placed.card_width if placed.card_width else placed.x + 8
        painter.drawRoundedRect(QRectF(placed.x - 9, placed.y - 1, right - placed.x + 12, placed.height), 7, 7)

    def drag_ghost(self, painter: QPainter, lane: LaneBand, x: float, count: int) -> None:
        """Where a dragged event would land: the target lane outlined and a marker under the cursor."""
        theme = self.theme
        painter.setPen(QPen(theme.selection, 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(with_alpha(theme.selection, 0.08))
        painter.drawRect(QRectF(x - 4000, lane.y + 1, 8000, lane.height - 2))
        path = QPainterPath()
        path.addEllipse(QPointF(x, lane.y + lane.height / 2), 7, 7)
        painter.fillPath(path, theme.selection)
        if count > 1:
            painter.setPen(theme.text)
            painter.drawText(QPointF(x + 10, lane.y + lane.height / 2 + 4), f"×{count}")


def card_rect(placed: PlacedEvent) -> tuple[float, float, float, float]:
    """The box ``(x0, y0, x1, y1)`` a card covers (tests check it lies where it should)."""
    return placed.card_x, placed.y + 1.0, placed.card_x + placed.card_width, placed.y + 1.0 + s.CARD_HEIGHT
