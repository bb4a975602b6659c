"""Colours and fonts of the canvas, derived from the application palette (light or dark)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from timeline_app.export.image import QtMetrics

LANE_COLOURS = ("#2f6fb5", "#d0731d", "#2e8b57", "#b8403b", "#7b5ab6", "#1f8a8a", "#a8579a", "#6b7f2a")
STATUS_COLOURS = {"needs_check": "#e0a100", "verified": "#2e8b57"}


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t
    )


@dataclass
class CanvasTheme:
    """Everything the canvas paints with."""

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
    def from_palette(cls, palette: QPalette | None = None, base_font: QFont | None = None) -> CanvasTheme:
        """A theme matching ``palette`` (the application's by default)."""
        palette = palette or QGuiApplication.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        highlight = palette.color(QPalette.ColorRole.Highlight)
        font = QFont(base_font or QGuiApplication.font())
        title = QFont(font)
        title.setPointSizeF(9.5)
        title.setWeight(QFont.Weight.DemiBold)
        detail = QFont(font)
        detail.setPointSizeF(8.0)
        axis = QFont(font)
        axis.setPointSizeF(8.5)
        heading = QFont(font)
        heading.setPointSizeF(9.0)
        heading.setWeight(QFont.Weight.DemiBold)
        lane = QFont(font)
        lane.setPointSizeF(9.5)
        lane.setWeight(QFont.Weight.DemiBold)
        return cls(
            dark=dark,
            background=base,
            lane_alt=_mix(base, text, 0.035 if not dark else 0.06),
            grid=_mix(base, text, 0.08 if not dark else 0.12),
            grid_major=_mix(base, text, 0.18 if not dark else 0.24),
            text=text,
            muted=_mix(base, text, 0.55),
            card=_mix(base, QColor("#ffffff") if not dark else text, 0.0 if not dark else 0.07),
            card_border=_mix(base, text, 0.2),
            selection=highlight,
            focus=highlight.lighter(130) if dark else highlight.darker(115),
            header_background=_mix(base, text, 0.05 if not dark else 0.08),
            title_font=title,
            detail_font=detail,
            axis_font=axis,
            heading_font=heading,
            lane_font=lane,
        )

    def lane_colour(self, index: int, colour: str | None) -> QColor:
        """A lane's own colour or one of the default set by position."""
        chosen = QColor(colour) if colour else QColor(LANE_COLOURS[index % len(LANE_COLOURS)])
        return chosen.lighter(135) if self.dark and not colour else chosen


def text_measure(theme: CanvasTheme) -> QtMetrics:
    """Text widths in the canvas fonts, cached (injected into the pure layout)."""
    return QtMetrics(theme.title_font, theme.detail_font, theme.axis_font, theme.heading_font)
