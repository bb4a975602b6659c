"""The one painter of timelines, for the canvas items and the PNG/SVG/PDF export (QtGui, no widgets).

:mod:`.painter` draws the marks of a laid-out timeline, :mod:`.theme` holds the colours and
fonts it draws in (and the text measure the layout is given), :mod:`.raster` the sprites and
text layouts it keeps for screens. Everything else that draws a timeline calls it.
"""

from timeline_app.export.painting.painter import EventMarks, TimelinePainter, card_rect
from timeline_app.export.painting.theme import PaintTheme, QtMetrics, soft_edge_gradient, with_alpha

__all__ = ["EventMarks", "PaintTheme", "QtMetrics", "TimelinePainter", "card_rect", "soft_edge_gradient",
           "with_alpha"]
