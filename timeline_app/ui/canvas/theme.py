"""Colours and fonts of the canvas, derived from the application palette (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from timeline_app.export.painting import PaintTheme, QtMetrics
from timeline_app.export.style import lane_colour


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t
    )


class CanvasTheme(PaintTheme):
    """Everything the canvas paints with: the painter's theme, made from the application palette."""

    @classmethod
    def from_palette(cls, palette: QPalette | None = None, base_font: QFont | None = None) -> CanvasTheme:
        """A theme matching ``palette`` (the application's by default)."""
        palette = palette or QGuiApplication.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        highlight = palette.color(QPalette.ColorRole.Highlight)
        font = QFont(base_font or QGuiApplication.font())

        def sized(points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
            made = QFont(font)
            made.setPointSizeF(points)
            made.setWeight(weight)
            return made

        return cls(
            dark=dark,
            background=base,
            lane_alt=_mix(base, text, 0.035 if not dark else 0.06),
            grid=_mix(base, text, 0.08 if not dark else 0.12),
            grid_major=_mix(base, text, 0.18 if not dark else 0.24),
            text=text,
            muted=_mix(base, text, 0.64),  # 4.5:1 on the lanes, cards and headers (tests/ui/test_accessibility.py)
            card=_mix(base, QColor("#ffffff") if not dark else text, 0.0 if not dark else 0.07),
            card_border=_mix(base, text, 0.2),
            selection=highlight,
            focus=highlight.lighter(130) if dark else highlight.darker(115),
            header_background=_mix(base, text, 0.05 if not dark else 0.08),
            title_font=sized(9.5, QFont.Weight.DemiBold),
            detail_font=sized(8.0),
            axis_font=sized(8.5),
            heading_font=sized(9.0, QFont.Weight.DemiBold),
            lane_font=sized(9.5, QFont.Weight.DemiBold),
        )

    def lane_colour(self, slot: int, colour: str | None) -> QColor:
        """A lane's own colour or the default of its slot (lighter on dark backgrounds)."""
        chosen = QColor(lane_colour(slot, colour))
        return chosen.lighter(135) if self.dark and not colour else chosen


def text_measure(theme: CanvasTheme) -> QtMetrics:
    """Text widths in the canvas fonts, cached (injected into the pure layout)."""
    return theme.measure()
