"""The colours and fonts a timeline is painted in, and the text measure the layout is given (QtGui)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient

from timeline_app.export import style as s
from timeline_app.layout import CardMetrics

_LATIN_END = "\u0180"  # Basic Latin, Latin-1 and Latin Extended-A: what dates are written in here


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


class QtMetrics:
    """Text widths in Qt fonts, cached: the layout's injected measure (images and the canvas)."""

    def __init__(self, title: QFont, detail: QFont, axis: QFont, heading: QFont | None = None) -> None:
        self._title = QFontMetricsF(title)
        self._detail = QFontMetricsF(detail)
        self._axis = QFontMetricsF(axis)
        self._heading = QFontMetricsF(heading or axis)
        self._cache: dict[tuple[int, str], float] = {}
        self._detail_widest: float | None = None

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

    def detail_bound(self, text: str) -> float:
        """A quick upper bound of a date line's width (its length times the widest Latin letter), or ``inf``."""
        if not text or max(text) >= _LATIN_END:
            return math.inf
        if self._detail_widest is None:
            self._detail_widest = max(self._detail.horizontalAdvance(chr(code)) for code in range(32, ord(_LATIN_END)))
        return len(text) * self._detail_widest

    def card_metrics(self, max_width: float) -> CardMetrics:
        """How the layout measures cards in these fonts (a date line only where it decides the width)."""
        return CardMetrics(self.title, self.detail, max_width=max_width, detail_bound=self.detail_bound)


@dataclass
class PaintTheme:
    """The colours and fonts a timeline is painted in (the canvas's from the palette, the export's from the style)."""

    dark: bool
    background: QColor
    lane_alt: QColor
    grid: QColor
    grid_major: QColor
    text: QColor
    muted: QColor
    card: QColor
    card_border: QColor
    selection: QColor
    focus: QColor
    header_background: QColor
    title_font: QFont
    detail_font: QFont
    axis_font: QFont
    heading_font: QFont
    lane_font: QFont

    @classmethod
    def of_palette(cls, palette: s.Palette, fonts: Mapping[str, QFont]) -> PaintTheme:
        """The theme of an export palette with fonts by role (title, detail, axis, heading, lane)."""
        return cls(
            dark=palette.dark, background=QColor(palette.background), lane_alt=QColor(palette.lane_alt),
            grid=QColor(palette.grid), grid_major=QColor(palette.grid_major), text=QColor(palette.text),
            muted=QColor(palette.muted), card=QColor(palette.card), card_border=QColor(palette.card_border),
            selection=QColor(palette.accent), focus=QColor(palette.accent), header_background=QColor(palette.background),
            title_font=fonts["title"], detail_font=fonts["detail"], axis_font=fonts["axis"],
            heading_font=fonts["heading"], lane_font=fonts["lane"],
        )

    def measure(self) -> QtMetrics:
        """Text widths in this theme's fonts (injected into the layout)."""
        return QtMetrics(self.title_font, self.detail_font, self.axis_font, self.heading_font)
