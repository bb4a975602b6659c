"""The event review queue: a dock-ready widget, its lazy table model, delegate, dialog and undo commands."""

from timeline_app.ui.review.edit_dialog import EventEditDialog
from timeline_app.ui.review.model import EventTableModel
from timeline_app.ui.review.widget import ReviewQueueWidget

__all__ = ["EventEditDialog", "EventTableModel", "ReviewQueueWidget"]
