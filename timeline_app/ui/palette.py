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
