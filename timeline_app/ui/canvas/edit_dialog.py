"""A small dialog for an entry's annotations, and the lane list model it picks lanes from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from timeline_app.domain.models import EditorialStatus, Event, Lane, TimelineEntry
from timeline_app.services.timelines import parse_tags
from timeline_app.ui.i18n import tr


def status_labels() -> dict[EditorialStatus, str]:
    """The editorial statuses as menus and the dialog name them."""
    return {
        EditorialStatus.DRAFT: tr("Draft"),
        EditorialStatus.NEEDS_CHECK: tr("Needs check"),
        EditorialStatus.VERIFIED: tr("Verified"),
    }


def colour_choices() -> tuple[tuple[str, str | None], ...]:
    """The colours an entry or lane can take (None: the lane's own)."""
    return ((tr("Lane colour"), None), (tr("Blue"), "#2f6fb5"), (tr("Orange"), "#d0731d"), (tr("Green"), "#2e8b57"),
            (tr("Red"), "#b8403b"), (tr("Purple"), "#7b5ab6"), (tr("Grey"), "#6b7280"))
LANE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class LaneListModel(QAbstractListModel):
    """The lanes of a timeline, with a first row for "no lane"."""

    def __init__(self, lanes: list[Lane], parent: QWidget | None = None, *, no_lane: str | None = None) -> None:
        super().__init__(parent)
        self._lanes = list(lanes)
        self._no_lane = no_lane or tr("(no lane)")

    def set_lanes(self, lanes: list[Lane]) -> None:
        """Show other lanes."""
        self.beginResetModel()
        self._lanes = list(lanes)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._lanes) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        lane = self._lanes[index.row() - 1] if index.row() else None
        if role == Qt.ItemDataRole.DisplayRole:
            return lane.name if lane else self._no_lane
        if role == LANE_ID_ROLE:
            return lane.id if lane else None
        if role == Qt.ItemDataRole.DecorationRole and lane and lane.colour:
            return QColor(lane.colour)
        return None

    def row_of(self, lane_id: int | None) -> int:
        """The row showing ``lane_id`` (0 for none)."""
        for row, lane in enumerate(self._lanes, start=1):
            if lane.id == lane_id:
                return row
        return 0


class EntryEditDialog(QDialog):
    """Edit an entry's title override, lane, colour, importance, status, tags and notes."""

    def __init__(self, entry: TimelineEntry, event: Event, lanes: list[Lane], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit timeline entry"))
        self.entry = entry
        form = QFormLayout(self)
        self.title = QLineEdit(entry.title_override or "")
        self.title.setPlaceholderText(event.title)
        self.lane_model = LaneListModel(lanes, self)
        self.lane = QComboBox()
        self.lane.setModel(self.lane_model)
        self.lane.setCurrentIndex(self.lane_model.row_of(entry.lane_id))
        self.colour = QComboBox()
        for label, value in colour_choices():
            self.colour.addItem(label, value)
        self.colour.setCurrentIndex(max(self.colour.findData(entry.colour), 0))
        self.importance = QSpinBox()
        self.importance.setRange(0, 5)
        self.importance.setValue(entry.importance)
        self.status = QComboBox()
        for status, label in status_labels().items():
            self.status.addItem(label, status.value)
        self.status.setCurrentIndex(self.status.findData(entry.editorial_status.value))
        self.tags = QLineEdit(", ".join(entry.tags))
        self.tags.setPlaceholderText(", ".join(event.tags) or tr("comma-separated, e.g. budget, court"))
        self.tags.setToolTip(tr("Tags of this entry, separated by commas (empty: the event's tags are used)"))
        self.public_note = QPlainTextEdit(entry.public_note)
        self.internal_note = QPlainTextEdit(entry.internal_note)
        for widget in (self.public_note, self.internal_note):
            widget.setMaximumHeight(70)
        form.addRow(tr("&Title"), self.title)
        form.addRow(tr("&Lane"), self.lane)
        form.addRow(tr("&Colour"), self.colour)
        form.addRow(tr("&Importance"), self.importance)
        form.addRow(tr("&Status"), self.status)
        form.addRow(tr("Ta&gs"), self.tags)
        form.addRow(tr("&Public note"), self.public_note)
        form.addRow(tr("I&nternal note (never published)"), self.internal_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changed_fields(self) -> dict[str, object]:
        """The fields the editor changed, ready for ``update_entry``."""
        values: dict[str, object] = {
            "title_override": self.title.text().strip() or None,
            "lane_id": self.lane.currentData(LANE_ID_ROLE),
            "colour": self.colour.currentData(),
            "importance": self.importance.value(),
            "editorial_status": EditorialStatus(self.status.currentData()),
            "public_note": self.public_note.toPlainText(),
            "internal_note": self.internal_note.toPlainText(),
            "tags": parse_tags(self.tags.text()),
        }
        return {name: value for name, value in values.items() if getattr(self.entry, name) != value}
