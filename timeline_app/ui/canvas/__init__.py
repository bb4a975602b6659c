"""The timeline canvas: a QGraphicsScene mirroring a timeline, drawn from the pure layout.

Embed :class:`TimelinePanel` (toolbar + canvas + overview) in a window.
"""

from timeline_app.ui.canvas.document import TimelineDocument
from timeline_app.ui.canvas.panel import TimelinePanel
from timeline_app.ui.canvas.scene import TimelineScene
from timeline_app.ui.canvas.theme import CanvasTheme
from timeline_app.ui.canvas.view import TimelineView

__all__ = ["CanvasTheme", "TimelineDocument", "TimelinePanel", "TimelineScene", "TimelineView"]
