"""A dark palette like the platforms' dark modes (screenshots and the dark-palette tests).

The app itself follows the system palette; this one lets us render and test the dark look on
machines whose platform has none (offscreen, CI).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#232427",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2b2c30",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3b6fd8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Mid: "#5f6368",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.ToolTipBase: "#2b2c30",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
}


def dark_palette() -> QPalette:
    """A dark QPalette (window, base, text, highlight...)."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
)
"""Text on background pairs of a palette that must read well (WCAG AA, 4.5:1)."""
READABLE = 4.5


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of ``colour`` (0 black to 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    first, second = sorted((luminance(a), luminance(b)), reverse=True)
    return (first + 0.05) / (second + 0.05)


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with every text colour moved away from its background until the pair reads at 4.5:1.

    The highlight (a coloured background) is darkened or lightened instead of its text, so
    selected rows keep white text; other pairs move the text. Pairs that read well stay as they are.
    """
    fixed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text_role, background_role in _PAIRS:
            text, background = fixed.color(group, text_role), fixed.color(group, background_role)
            moving_background = background_role == QPalette.ColorRole.Highlight
            for _step in range(40):
                if contrast(text, background) >= READABLE:
                    break
                if moving_background:
                    background = background.darker(106) if luminance(text) > 0.5 else background.lighter(106)
                else:
                    text = text.darker(115) if luminance(background) > 0.5 else text.lighter(115)
                    if text.lightness() in (0, 255):
                        text = QColor("#000000") if luminance(background) > 0.5 else QColor("#ffffff")
            fixed.setColor(group, text_role, text)
            fixed.setColor(group, background_role, background)
    return fixed
