"""A published timeline laid out for a page: the canvas's layout plus axis and lane headings (pure).

Image and HTML exports both draw a :class:`Frame`: positions come from
:func:`timeline_app.layout.layout_timeline` (what the canvas uses); the frame only adds a
heading row above each lane (its name) and the axis, and knows how big the drawing is.
Text measurement is injected: real fonts for images, :class:`ApproxMetrics` for HTML.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Protocol

from timeline_app.export.model import PublishedTimeline
from timeline_app.layout import (
    Axis,
    CardMetrics,
    LayoutInput,
    LayoutStyle,
    TimelineLayout,
    TimeScale,
    axis_for,
    fit_scale,
    layout_timeline,
    to_days,
)
from timeline_app.layout.packing import BadgeWidth

FIT_TRIES = 6
MIN_DATES_WIDTH = 120.0  # never squeeze the dates into fewer pixels than this to make room for cards
LANE_HEADING = 22.0
AXIS_HEIGHT = 44.0
CARD_MAX_WIDTH = 320.0
EXPORT_STYLE = LayoutStyle(max_rows=12)


class TextMetrics(Protocol):
    """Text widths in the export's fonts."""

    def title(self, text: str) -> float:
        """Width of a card title."""
        ...

    def detail(self, text: str) -> float:
        """Width of a card's date line."""
        ...

    def axis(self, text: str) -> float:
        """Width of an axis label."""
        ...

    def badge(self, count: int) -> float:
        """Width of a cluster badge."""
        ...


_NARROW = frozenset("iljtfrI.,:;'!|()[] ’")
_WIDE = frozenset("mwMW@%&—")


def _approx_width(text: str, size: float, bold: bool) -> float:
    total = 0.0
    for ch in text:
        if ch in _NARROW:
            total += 0.3
        elif ch in _WIDE:
            total += 0.86
        elif ch.isupper():
            total += 0.68
        elif ch.isdigit():
            total += 0.56
        else:
            total += 0.58
    return total * size * (1.06 if bold else 1.0)


class ApproxMetrics:
    """Widths estimated from character classes of a sans-serif font (for HTML, where the browser draws)."""

    def __init__(self, title_px: float = 13.0, detail_px: float = 11.0, axis_px: float = 11.5) -> None:
        self.title_px, self.detail_px, self.axis_px = title_px, detail_px, axis_px

    def title(self, text: str) -> float:
        """Width of a card title (semibold)."""
        return _approx_width(text, self.title_px, True)

    def detail(self, text: str) -> float:
        """Width of a card's date line."""
        return _approx_width(text, self.detail_px, False)

    def axis(self, text: str) -> float:
        """Width of an axis label."""
        return _approx_width(text, self.axis_px, False)

    def badge(self, count: int) -> float:
        """Width of a cluster badge."""
        return _approx_width(str(count), self.detail_px, False) + 16.0


@dataclass(slots=True)
class Frame:
    """A laid-out timeline: ``y`` of lanes from 0 (below the axis), with per-lane heading offsets."""

    layout: TimelineLayout
    axis: Axis
    offsets: tuple[float, ...]
    width: float
    height: float
    start: float
    end: float

    def lane_y(self, index: int) -> float:
        """The top of lane ``index``'s heading row."""
        band = self.layout.lanes[index]
        return band.y + self.offsets[index] - LANE_HEADING

    def y(self, lane_index: int, y: float) -> float:
        """A layout ``y`` in lane ``lane_index`` as a frame ``y``."""
        return y + self.offsets[lane_index]


def span_days(published: PublishedTimeline) -> tuple[float, float]:
    """The first and last day the timeline shows (eras included)."""
    starts = [to_days(e.span.start) for e in published.entries if e.span.start is not None]
    ends = [to_days(e.span.end) for e in published.entries if e.span.end is not None]
    starts += [to_days(era.start) for era in published.eras]
    ends += [to_days(era.end) for era in published.eras]
    if not starts:
        today = to_days(_dt.date(2000, 1, 1))
        return today, today + 365
    return min(starts), max(ends)


def fitted_layout(
    source: LayoutInput, start: float, end: float, width: float, badge_width: BadgeWidth, style: LayoutStyle,
    *, bleed: float = 0.0,
) -> TimelineLayout:
    """``source`` laid out with ``[start, end]`` as wide as ``width`` allows with every card inside it.

    The first try leaves room on the right for the last card, as the canvas does when it fits a
    timeline; while a card (or, beyond ``bleed``, another mark) still sticks out on either side,
    the dates are squeezed by that much and laid out again.
    """
    left, right = 0.0, max(width - CARD_MAX_WIDTH * 0.6, 200.0)
    layout = None
    for _ in range(FIT_TRIES):
        fitted = fit_scale(start, end, right - left, margin=0.02)
        scale = TimeScale(fitted.origin - left / fitted.px_per_day, fitted.px_per_day)
        layout = layout_timeline(source, scale, badge_width, style)
        marks_left, marks_right, cards_left, cards_right = layout.extent()
        over_left = max(-cards_left, -bleed - marks_left, 0.0)
        over_right = max(cards_right - width, marks_right - width - bleed, 0.0)
        if (over_left <= 0.5 and over_right <= 0.5) or right - left - over_left - over_right < MIN_DATES_WIDTH:
            break
        left, right = left + over_left, right - over_right
    assert layout is not None
    return layout


def frame_for(
    published: PublishedTimeline,
    metrics: TextMetrics,
    width: float,
    *,
    style: LayoutStyle = EXPORT_STYLE,
    scale: TimeScale | None = None,
    bleed: float = 0.0,
) -> Frame:
    """Lay ``published`` out so its whole period fits ``width`` pixels (or at ``scale``).

    Fitted, every card lies inside ``[0, width]`` and every other mark (soft edges, whiskers,
    badges) inside the ``bleed`` pixels beyond (see :func:`fitted_layout`).
    """
    card_metrics = CardMetrics(metrics.title, metrics.detail, max_width=CARD_MAX_WIDTH)
    source = published.layout_input(card_metrics)
    start, end = span_days(published)
    if scale is not None:
        layout = layout_timeline(source, scale, metrics.badge, style)
    else:
        layout = fitted_layout(source, start, end, width, metrics.badge, style, bleed=bleed)
        scale = layout.scale
    offsets: list[float] = []
    for index, _lane in enumerate(layout.lanes):
        offsets.append(LANE_HEADING * (index + 1))
    height = layout.height + LANE_HEADING * len(layout.lanes)
    visible_start, visible_end = scale.days(0), scale.days(width)
    axis = axis_for(visible_start, visible_end, scale.px_per_day, metrics.axis, published.language)
    return Frame(layout, axis, tuple(offsets), width, height, visible_start, visible_end)
